import {
  type MappingPriority,
  type MappingStatus,
  mappingPriorities,
  mappingStatuses,
  mappingText,
} from '../../../content/role-mapping';
import type { Text } from '../../../content/types';
import { useLang } from '../../i18n';
import { OwnItemText, RemoveOwnItemButton } from '../../tool-kit/own-items/OwnItemControls';
import { SegmentedControl } from '../../ui/SegmentedControl';
import { TextField } from '../../ui/TextField';
import { setRowField } from './actions';
import { settingName } from './labels';
import { type MappingEntry, type MappingRow, ROLE_MAPPING_TOOL } from './model';

/** One setting: whether a peer role exists or could come here, and (if so) what it would be. */
export function SettingCard(props: {
  caseId: string;
  entry: MappingEntry;
  entries: readonly MappingEntry[];
  row: MappingRow;
  autoFocus: boolean;
  addButtonId: string;
}) {
  const { t } = useLang();
  const { entry, row, caseId } = props;
  const name = settingName(t, entry, props.entries);
  const headingId = `mapping-${entry.id}-heading`;
  const save = (field: keyof MappingRow) => (value: unknown) => setRowField(caseId, entry.id, field, value);
  const active = row.status === 'exists' || row.status === 'possible';
  return (
    <section
      class={`card mapping-card${entry.kind === 'own' ? ' own-item' : ''}`}
      aria-labelledby={headingId}
    >
      <h3 id={headingId} class={entry.kind === 'own' ? 'visually-hidden' : undefined}>
        {name}
      </h3>
      {entry.kind === 'content' ? (
        <p class="muted mapping-examples">{t(entry.setting.examples)}</p>
      ) : (
        <OwnItemText
          caseId={caseId}
          tool={ROLE_MAPPING_TOOL}
          id={entry.id}
          label={t(mappingText.ownLabel)}
          value={entry.ownText}
          autoFocus={props.autoFocus}
        />
      )}
      <SegmentedControl<MappingStatus>
        legend={t(mappingText.statusLegend)(name)}
        legendHidden
        segments={mappingStatuses.map((s) => ({ value: s.value, label: t(s.label as Text) }))}
        value={row.status}
        onChange={(value) => void save('status')(value)}
      />
      {active && (
        <>
          <SegmentedControl<MappingPriority>
            legend={t(mappingText.priorityLegend)}
            segments={mappingPriorities.map((p) => ({ value: p.value, label: t(p.label as Text) }))}
            value={row.priority}
            onChange={(value) => void save('priority')(value)}
          />
          <div class="mapping-fields">
            <TextField
              label={t(mappingText.roleLabel)}
              hint={t(mappingText.roleHint)}
              value={row.role}
              save={save('role')}
            />
            <TextField
              label={t(mappingText.initiativesLabel)}
              hint={t(mappingText.initiativesHint)}
              value={row.initiatives}
              save={save('initiatives')}
            />
          </div>
        </>
      )}
      {row.status !== undefined && (
        <TextField label={t(mappingText.noteLabel)} value={row.note} save={save('note')} />
      )}
      {entry.kind === 'own' && (
        <RemoveOwnItemButton
          caseId={caseId}
          tool={ROLE_MAPPING_TOOL}
          id={entry.id}
          sections={['rows']}
          label={t(mappingText.removeOwn)}
          itemName={name}
          removed={t(mappingText.ownRemoved)}
          undo={t(mappingText.undo)}
          focusAfterId={props.addButtonId}
        />
      )}
    </section>
  );
}
