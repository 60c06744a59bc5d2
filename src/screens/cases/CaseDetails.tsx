import { useMemo } from 'preact/hooks';
import { caseFormUi } from '../../../content/ui-case-form';
import { useLang } from '../../i18n';
import { type CaseFields, updateCaseField } from '../../storage/cases';
import type { CaseRecord } from '../../storage/db';
import { CASE_TEXT_LIMITS } from '../../storage/limits';
import { TextField } from '../../ui/TextField';
import { CaseKindChoice } from './CaseKindChoice';

const fields: readonly { key: Exclude<keyof CaseFields, 'kind'>; type?: 'date'; multiline?: boolean }[] = [
  { key: 'organisation' },
  { key: 'unit' },
  { key: 'roleTitle' },
  { key: 'managerName' },
  { key: 'peerName' },
  { key: 'startDate', type: 'date' },
  { key: 'note', multiline: true },
];

/** The case's own facts, each saved as it is typed, each within its limit (src/storage/limits.ts). */
export function CaseDetails({ record, autoFocus }: { record: CaseRecord; autoFocus?: boolean }) {
  const { t } = useLang();
  // One save per field for the life of the case: a keystroke in the note renders the note's field,
  // not the other six (TextField is memoised).
  const saves = useMemo(
    () =>
      Object.fromEntries(
        fields.map(({ key }) => [key, (value: string) => updateCaseField(record.id, key, value)]),
      ) as Record<(typeof fields)[number]['key'], (value: string) => Promise<boolean>>,
    [record.id],
  );
  return (
    <div class="case-details">
      <CaseKindChoice record={record} />
      {fields.map(({ key, type, multiline }, index) => (
        <TextField
          key={key}
          name={key}
          label={t(caseFormUi[key])}
          hint={key === 'peerName' ? t(caseFormUi.peerNameHint) : undefined}
          value={record[key]}
          type={type}
          multiline={multiline}
          maxLength={key === 'startDate' ? undefined : CASE_TEXT_LIMITS[key]}
          autoFocus={autoFocus && index === 0}
          save={saves[key]}
        />
      ))}
    </div>
  );
}
