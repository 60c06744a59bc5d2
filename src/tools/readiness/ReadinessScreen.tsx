import { todayIso } from '../../tool-kit/normalise';
import './readiness.css';
import type { ComponentChildren } from 'preact';
import { useMemo } from 'preact/hooks';
import { readinessText } from '../../../content/readiness';
import { useLang } from '../../i18n';
import { useLocation, useRoute } from '../../router/router';
import { useRounds } from '../../storage/rounds';
import { ToolPage } from '../../tool-kit/ToolPage';
import type { ToolScreenProps } from '../../tool-kit/types';
import { useTool } from '../../tool-kit/use-tool-state';
import { useAfterPaint } from '../../ui/use-after-paint';
import { startReadinessRound } from './actions';
import { CompareRounds } from './CompareRounds';
import {
  newRoundData,
  READINESS_TOOL,
  type ReadinessEntry,
  type ReadinessRound,
  readinessData,
  readinessEntries,
  readinessRounds,
} from './model';
import { ReadinessItems } from './ReadinessItems';
import { ReadinessResult } from './ReadinessResult';
import { RoundControls } from './RoundControls';

/** The readiness check: pick or start a round, answer the statements, read the result, compare. */
export function ReadinessScreen({ caseRecord }: ToolScreenProps) {
  const { t, kind } = useLang();
  const readinessDoc = useTool(caseRecord.id, readinessData);
  const records = useRounds(caseRecord.id, READINESS_TOOL);
  // The round shown is in the URL (?round=…), so a reload, back and a shared link keep it.
  const { query } = useRoute();
  const { path, route } = useLocation();
  const selectedId = query.round ?? null;
  const setSelectedId = (id: string | null) => route(id ? `${path}?round=${encodeURIComponent(id)}` : path);
  const intro = <p class="lead">{t(readinessText.intro)}</p>;
  const about = <p>{t(readinessText.inspiredNote)}</p>;
  const page = (body: ComponentChildren, loading = false) => (
    <ToolPage tool={READINESS_TOOL} caseRecord={caseRecord} intro={intro} about={about} loading={loading}>
      {body}
    </ToolPage>
  );
  // The same entries (and so the same props) from tap to tap: each statement renders only when its
  // own answer changes.
  const entries = useMemo(
    () => (readinessDoc === undefined ? [] : readinessEntries(readinessDoc, kind)),
    [readinessDoc, kind],
  );
  if (readinessDoc === undefined || records === undefined) return page(null, true);

  const ids = entries.map((e) => e.id);
  const rounds = readinessRounds(records, ids);
  const round = rounds.find((r) => r.id === selectedId) ?? rounds.at(-1);
  const startRound = async () => {
    // Saved without a name: "Runde N" / "Round N" is shown in the reader's language (labels.roundName).
    setSelectedId(await startReadinessRound(caseRecord.id, newRoundData('', todayIso())));
  };

  if (!round) {
    return page(
      <div class="card readiness-start">
        <p>{t(readinessText.startIntro)}</p>
        <button type="button" class="btn btn-primary" onClick={() => void startRound()}>
          {t(readinessText.start)}
        </button>
      </div>,
    );
  }
  return page(
    <>
      <RoundControls
        rounds={rounds}
        round={round}
        onSelect={setSelectedId}
        onTakeAgain={() => void startRound()}
        onDeleted={() => setSelectedId(null)}
      />
      {/* A fresh list per round: radios moving between groups would uncheck each other. */}
      <ReadinessItems key={round.id} caseId={caseRecord.id} round={round} entries={entries} />
      <ReadinessSummary key={round.id} round={round} rounds={rounds} entries={entries} />
    </>,
  );
}

/**
 * The result and the comparison read every answer, so they follow a tap one paint later: the
 * tapped statement paints in the next frame, they in the one after (ui/use-after-paint.ts).
 */
function ReadinessSummary(props: {
  round: ReadinessRound;
  rounds: readonly ReadinessRound[];
  entries: readonly ReadinessEntry[];
}) {
  const round = useAfterPaint(props.round);
  const rounds = useAfterPaint(props.rounds);
  return (
    <>
      <ReadinessResult answers={round.answers} entries={props.entries} />
      {rounds.length > 1 && <CompareRounds rounds={rounds} entries={props.entries} />}
    </>
  );
}
