import { useState } from 'preact/hooks';
import { MAX_DIMENSIONS, MIN_DIMENSIONS, roleStarText } from '../../../content/role-star';
import { useLang } from '../../i18n';
import { addCustomDimension } from './actions';
import { DimensionRow } from './DimensionRow';
import { configDimensions, MAX_LABEL, type StarConfig } from './model';

/** Add, rename, reorder (up/down buttons), hide and show the star's dimensions; 3–24 kept visible. */
export function DimensionEditor(props: { caseId: string; config: StarConfig; base: string }) {
  const { t, lang, kind } = useLang();
  const [label, setLabel] = useState('');
  const dims = configDimensions(props.config, lang, kind);
  const visible = dims.filter((d) => !d.hidden).length;
  const atMin = visible <= MIN_DIMENSIONS;
  const atMax = visible >= MAX_DIMENSIONS;

  const add = (event: Event) => {
    event.preventDefault();
    const text = label.trim();
    if (!text || atMax) return;
    // Cleared in the tap itself: the new task shows at once (local-first), and a name typed for
    // the next task while this one is still being saved must not be wiped when the save lands.
    setLabel('');
    // A failed save is reported by the app's save state ("Ikke gemt"), with the task still shown.
    addCustomDimension(props.caseId, text).catch(() => undefined);
  };

  return (
    <section class="rs-editor" aria-labelledby="rs-editor-heading">
      <p>
        <a class="back-link" href={props.base}>
          ← {t(roleStarText.backToRounds)}
        </a>
      </p>
      <h2 id="rs-editor-heading">{t(roleStarText.dimensionsHeading)}</h2>
      <p>{t(roleStarText.dimensionsIntro)}</p>
      <p class="muted">{t(roleStarText.appliesToNew)}</p>
      <p class="rs-progress" aria-live="polite">
        <strong>{t(roleStarText.visibleCount)(visible)}</strong>
      </p>
      {atMin && <p class="banner banner-warning">{t(roleStarText.minReached)}</p>}
      {atMax && <p class="banner banner-warning">{t(roleStarText.maxReached)}</p>}
      <ol class="rs-editor-list">
        {dims.map((d, index) => (
          <DimensionRow
            key={d.id}
            caseId={props.caseId}
            config={props.config}
            dimension={d}
            first={index === 0}
            last={index === dims.length - 1}
            canHide={!atMin}
            canShow={!atMax}
          />
        ))}
      </ol>
      <form class="card rs-add" onSubmit={add}>
        <h3>
          <label for="rs-add-label">{t(roleStarText.addHeading)}</label>
        </h3>
        <input
          id="rs-add-label"
          class="field-input"
          value={label}
          maxLength={MAX_LABEL}
          onInput={(e) => setLabel(e.currentTarget.value)}
        />
        <button type="submit" class="btn btn-primary" disabled={atMax || !label.trim()}>
          {t(roleStarText.addButton)}
        </button>
      </form>
    </section>
  );
}
