import { roleStarText } from '../../../content/role-star';
import { useLang } from '../../i18n';
import { TextField } from '../../ui/TextField';
import { showToast } from '../../ui/toast-store';
import { moveDimension, removeCustomDimension, renameDefault, setCustomField, setHidden } from './actions';
import { type Dimension, MAX_DESCRIPTION, MAX_LABEL, type StarConfig } from './model';

/** One dimension in the editor: its name, move up/down, hide/show, rename (or edit and remove an own one). */
export function DimensionRow(props: {
  caseId: string;
  config: StarConfig;
  dimension: Dimension;
  first: boolean;
  last: boolean;
  canHide: boolean;
  canShow: boolean;
}) {
  const { t } = useLang();
  const { caseId, dimension: d } = props;
  const name = d.label.trim() || t(roleStarText.untitledDimension);
  const remove = async () => {
    const undo = await removeCustomDimension(caseId, d.id, props.config);
    showToast({ message: t(roleStarText.removed), action: { label: t(roleStarText.undo), run: undo } });
  };
  return (
    <li class={`card rs-editor-row${d.hidden ? ' rs-hidden' : ''}`}>
      <div class="rs-editor-head">
        <div class="rs-editor-name">
          <strong>{name}</strong>
          {d.hidden && <span class="rs-badge rs-badge-muted">{t(roleStarText.hiddenBadge)}</span>}
          {d.kind === 'custom' && <span class="rs-badge rs-badge-muted">{t(roleStarText.ownBadge)}</span>}
          {d.kind === 'default' && d.defaultLabel !== d.label && (
            <span class="muted rs-editor-original">{t(roleStarText.renamedFrom)(d.defaultLabel ?? '')}</span>
          )}
        </div>
        <div class="rs-editor-buttons">
          <button
            type="button"
            class="btn"
            disabled={props.first}
            aria-label={t(roleStarText.moveUp)(name)}
            onClick={() => void moveDimension(caseId, d.id, -1)}
          >
            ↑
          </button>
          <button
            type="button"
            class="btn"
            disabled={props.last}
            aria-label={t(roleStarText.moveDown)(name)}
            onClick={() => void moveDimension(caseId, d.id, 1)}
          >
            ↓
          </button>
          <button
            type="button"
            class="btn"
            disabled={d.hidden ? !props.canShow : !props.canHide}
            aria-label={t(d.hidden ? roleStarText.showNamed : roleStarText.hideNamed)(name)}
            onClick={() => void setHidden(caseId, d.id, !d.hidden)}
          >
            {t(d.hidden ? roleStarText.show : roleStarText.hide)}
          </button>
          {d.kind === 'custom' && (
            <button type="button" class="btn btn-quiet" onClick={() => void remove()}>
              {t(roleStarText.removeNamed)(name)}
            </button>
          )}
        </div>
      </div>
      {d.kind === 'default' ? (
        <details class="disclosure">
          <summary>{t(roleStarText.renameToggle)}</summary>
          <TextField
            label={t(roleStarText.renameLabel)}
            hint={t(roleStarText.renameHint)}
            value={props.config.renamed[d.id] ?? ''}
            save={(label) => renameDefault(caseId, d.id, label)}
            maxLength={MAX_LABEL}
          />
        </details>
      ) : (
        <div class="rs-editor-own">
          <TextField
            label={t(roleStarText.ownLabel)}
            value={props.config.custom[d.id]?.label ?? ''}
            save={(label) => setCustomField(caseId, d.id, 'label', label)}
            maxLength={MAX_LABEL}
          />
          <TextField
            label={t(roleStarText.ownDescription)}
            value={props.config.custom[d.id]?.description ?? ''}
            save={(text) => setCustomField(caseId, d.id, 'description', text)}
            maxLength={MAX_DESCRIPTION}
          />
        </div>
      )}
    </li>
  );
}
