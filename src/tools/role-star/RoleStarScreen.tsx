import './role-star.css';
import type { ComponentChildren } from 'preact';
import { roleStarText } from '../../../content/role-star';
import { useLang } from '../../i18n';
import { useRoute } from '../../router/router';
import { useRounds } from '../../storage/rounds';
import { ToolPage } from '../../tool-kit/ToolPage';
import type { ToolScreenProps } from '../../tool-kit/types';
import { useTool } from '../../tool-kit/use-tool-state';
import { CompareScreen } from './CompareScreen';
import { DimensionEditor } from './DimensionEditor';
import { normaliseRounds, ROLE_STAR_TOOL, roleStarData } from './model';
import { RoundList } from './RoundList';
import { RoundScreen } from './RoundScreen';

/** The Role Star: the list of rounds, or one round, the task editor or the comparison (by query). */
export function RoleStarScreen({ caseRecord }: ToolScreenProps) {
  const { t } = useLang();
  const { query } = useRoute();
  const config = useTool(caseRecord.id, roleStarData);
  const records = useRounds(caseRecord.id, ROLE_STAR_TOOL);
  const inRound = Boolean(query.round);
  // In a round the screen is for rating and talking; the introduction stays on the list of rounds.
  const intro = inRound ? (
    <p class="muted">{t(roleStarText.roundIntro)}</p>
  ) : (
    <p class="lead">{t(roleStarText.intro)}</p>
  );
  const about = <p>{t(roleStarText.inspiredNote)}</p>;
  const page = (body: ComponentChildren, loading = false) => (
    <ToolPage tool={ROLE_STAR_TOOL} caseRecord={caseRecord} intro={intro} about={about} loading={loading}>
      {body}
    </ToolPage>
  );
  if (config === undefined || records === undefined) return page(null, true);

  const rounds = normaliseRounds(records);
  const base = `/cases/${caseRecord.id}/role-star`;
  if (query.view === 'dimensions')
    return page(<DimensionEditor caseId={caseRecord.id} config={config} base={base} />);
  if (query.view === 'compare') {
    return page(<CompareScreen rounds={rounds} base={base} a={query.a} b={query.b} />);
  }
  const round = rounds.find((r) => r.id === query.round);
  if (round)
    return page(
      <RoundScreen caseRecord={caseRecord} config={config} round={round} rounds={rounds} base={base} />,
    );
  return page(<RoundList caseRecord={caseRecord} config={config} rounds={rounds} base={base} />);
}
