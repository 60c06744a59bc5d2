import { caseKindUi } from '../../../content/case-kinds';
import { exportUi } from '../../../content/export';
import { ui } from '../../../content/ui';
import { type ImportState, previewRows } from '../../backup/import-model';
import { useLang } from '../../i18n';
import type { ImportMode } from '../../storage/case-bundles';

type Preview = Extract<ImportState, { kind: 'preview' }>;

/** What the chosen file holds, before anything is written; conflicts come with a choice. */
export function ImportPreview(props: {
  state: Preview;
  onMode: (mode: ImportMode) => void;
  onConfirm: () => void;
  onCancel: () => void;
}) {
  const { t, formatDateTime } = useLang();
  const i = exportUi.importing;
  const { backup, existing, mode, fileName } = props.state;
  const rows = previewRows(backup, existing);
  const conflicts = rows.filter((row) => row.exists).length;
  const exportedAt = Date.parse(backup.exportedAt);
  const modes: { value: ImportMode; label: string }[] = [
    { value: 'keep-both', label: t(i.keepBoth) },
    { value: 'replace', label: t(i.replace) },
  ];
  return (
    <section class="import-preview card stack" aria-labelledby="import-preview-title">
      <h4 id="import-preview-title">{t(i.previewTitle)(fileName)}</h4>
      <p class="muted">
        {t(i.madeBy)(backup.appVersion, formatDateTime(exportedAt))} {t(i.caseCount)(rows.length)}.
      </p>
      <ul class="import-cases">
        {rows.map((row) => (
          <li key={row.id}>
            <strong>
              {[row.organisation.trim(), row.roleTitle.trim()].filter(Boolean).join(' – ') ||
                t(ui.caseList.untitled)}
            </strong>
            <span class="muted">
              {t(caseKindUi.short[row.kind])} ·{' '}
              {t(i.caseLine)(row.tools, row.rounds, formatDateTime(row.updatedAt))}
            </span>
            {row.exists && <span class="status-pill import-conflict">{t(i.conflict)}</span>}
          </li>
        ))}
      </ul>
      {conflicts > 0 && (
        <fieldset class="import-mode">
          <legend>{t(i.conflictQuestion)(conflicts)}</legend>
          {modes.map((option) => (
            <label key={option.value} class="import-mode-option">
              <input
                type="radio"
                name="import-mode"
                value={option.value}
                checked={mode === option.value}
                onChange={() => props.onMode(option.value)}
              />
              <span>{option.label}</span>
            </label>
          ))}
        </fieldset>
      )}
      <div class="export-actions">
        <button type="button" class="btn btn-primary" onClick={props.onConfirm}>
          {t(i.confirm)}
        </button>
        <button type="button" class="btn" onClick={props.onCancel}>
          {t(i.cancel)}
        </button>
      </div>
    </section>
  );
}
