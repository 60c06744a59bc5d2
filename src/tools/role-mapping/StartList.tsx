import { mappingText } from '../../../content/role-mapping';
import { useLang } from '../../i18n';
import { priorityText, settingName, statusText } from './labels';
import { type MappingEntry, type MappingState, startList } from './model';

/** "Her kan I starte": the settings where a peer role exists or could come, highest priority first. */
export function StartList(props: { state: MappingState; entries: readonly MappingEntry[] }) {
  const { t, kind } = useLang();
  const list = startList(props.state, kind);
  return (
    <section class="card mapping-start" aria-labelledby="mapping-start-heading">
      <h2 id="mapping-start-heading">{t(mappingText.startHeading)}</h2>
      {list.length === 0 ? (
        <p class="muted">{t(mappingText.startEmpty)}</p>
      ) : (
        <>
          <p class="muted">{t(mappingText.startIntro)}</p>
          <ol class="mapping-start-list">
            {list.map(({ entry, row }) => (
              <li key={entry.id}>
                <strong>{settingName(t, entry, props.entries)}</strong>
                <span class="mapping-start-meta">
                  {statusText(t, row.status)} · {priorityText(t, row.priority)}
                </span>
                {row.role.trim() && <span class="mapping-start-role">{row.role.trim()}</span>}
              </li>
            ))}
          </ol>
        </>
      )}
    </section>
  );
}
