import { useId } from 'preact/hooks';
import { caseKindUi } from '../../../content/case-kinds';
import { CASE_KINDS } from '../../../content/types';
import { useLang } from '../../i18n';
import { caseKindOf, updateCaseField } from '../../storage/cases';
import type { CaseRecord } from '../../storage/db';

/**
 * "Hvad er forløbet?" (issue 22): an employment or a volunteer peer in an association. Asked first
 * when a case is made, changeable later; every tool's texts follow it, and no answer is lost when it
 * changes (items of the other kind are kept, only not shown).
 */
export function CaseKindChoice({ record }: { record: CaseRecord }) {
  const { t } = useLang();
  const id = useId();
  const current = caseKindOf(record);
  return (
    <fieldset class="import-mode case-kind-choice">
      <legend class="field-label">{t(caseKindUi.legend)}</legend>
      {CASE_KINDS.map((kind) => (
        <label key={kind} class="import-mode-option">
          <input
            type="radio"
            name={`${id}-kind`}
            value={kind}
            checked={current === kind}
            aria-describedby={`${id}-${kind}-hint`}
            onChange={() => void updateCaseField(record.id, 'kind', kind)}
          />
          <span>
            <strong>{t(caseKindUi.kind[kind])}</strong>
            <span id={`${id}-${kind}-hint`} class="muted audience-hint">
              {t(caseKindUi.hint[kind])}
            </span>
          </span>
        </label>
      ))}
    </fieldset>
  );
}
