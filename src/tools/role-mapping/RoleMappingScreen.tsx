import './role-mapping.css';
import { useState } from 'preact/hooks';
import { mappingText } from '../../../content/role-mapping';
import { useLang } from '../../i18n';
import { AddOwnItemButton } from '../../tool-kit/own-items/OwnItemControls';
import { ToolPage } from '../../tool-kit/ToolPage';
import type { ToolScreenProps } from '../../tool-kit/types';
import { useTool } from '../../tool-kit/use-tool-state';
import { mappingEntries, mappingProgress, ROLE_MAPPING_TOOL, roleMappingData, rowFor } from './model';
import { SettingCard } from './SettingCard';
import { StartList } from './StartList';

const ADD_ID = 'role-mapping-add-own';

/** The mapping grid as one card per setting, the workplace's own settings, and where to start. */
export function RoleMappingScreen({ caseRecord }: ToolScreenProps) {
  const { t, kind } = useLang();
  const state = useTool(caseRecord.id, roleMappingData);
  const [justAdded, setJustAdded] = useState<string | null>(null);
  const intro = <p class="lead">{t(mappingText.intro)}</p>;
  const about = <p>{t(mappingText.inspiredNote)}</p>;
  if (state === undefined) {
    return <ToolPage tool={ROLE_MAPPING_TOOL} caseRecord={caseRecord} intro={intro} about={about} loading />;
  }
  const entries = mappingEntries(state, kind);
  const progress = mappingProgress(state, kind);
  const list = (shown: typeof entries) =>
    shown.length === 0 ? null : (
      <ol class="mapping-list">
        {shown.map((entry) => (
          <li key={entry.id}>
            <SettingCard
              caseId={caseRecord.id}
              entry={entry}
              entries={entries}
              row={rowFor(state, entry.id)}
              autoFocus={justAdded === entry.id}
              addButtonId={ADD_ID}
            />
          </li>
        ))}
      </ol>
    );
  return (
    <ToolPage tool={ROLE_MAPPING_TOOL} caseRecord={caseRecord} intro={intro} about={about}>
      <div class="mapping-head">
        <h2>{t(mappingText.settingsHeading)}</h2>
        <p class="muted" aria-live="polite">
          {t(mappingText.progress)(progress.answered, progress.total)}
        </p>
      </div>
      {list(entries.filter((e) => e.kind === 'content'))}
      <section class="mapping-own" aria-labelledby="mapping-own-heading">
        <h3 id="mapping-own-heading">{t(mappingText.ownHeading)}</h3>
        <p class="muted">{t(mappingText.ownIntro)}</p>
        {list(entries.filter((e) => e.kind === 'own'))}
        <AddOwnItemButton
          caseId={caseRecord.id}
          tool={ROLE_MAPPING_TOOL}
          id={ADD_ID}
          label={t(mappingText.addOwn)}
          onAdded={setJustAdded}
        />
      </section>
      <StartList state={state} entries={entries} />
    </ToolPage>
  );
}
