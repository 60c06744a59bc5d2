/** The readiness check's section of the PDF and print report: the latest round, and how it moved. */
import { adviceById } from '../../../content/advice';
import { readinessText } from '../../../content/readiness';
import { toolMeta } from '../../../content/tools';
import type { Lang } from '../../../content/types';
import { makeLangApi } from '../../i18n';
import { type CaseSnapshot, caseKindOf } from '../../storage/cases';
import type { ReportBlock, ReportSection } from '../../tool-kit/report';
import { answerText, changeText, entryShort, entryText, roundTitle, tickLabels } from './labels';
import {
  compareRounds,
  normaliseReadinessDoc,
  READINESS_TOOL,
  readinessEntries,
  readinessRounds,
  scoreRound,
  weakestItems,
} from './model';
import { ReadinessBarChart } from './ReadinessBarChart';

/** The latest round's total, reading, weakest statements, chart and table; `null` before any answer. */
export function readinessReport(snapshot: CaseSnapshot, lang: Lang): ReportSection | null {
  const kind = caseKindOf(snapshot.case);
  const { t, formatDate } = makeLangApi(lang, undefined, kind);
  const doc = snapshot.toolDocs.find((d) => d.tool === READINESS_TOOL);
  const entries = readinessEntries(normaliseReadinessDoc(doc?.data), kind);
  const ids = entries.map((e) => e.id);
  const rounds = readinessRounds(snapshot.rounds, ids);
  const latest = rounds.at(-1);
  if (!latest) return null;
  const score = scoreRound(latest.answers, ids);
  if (score.answered === 0) return null;

  const byId = new Map(entries.map((e) => [e.id, e]));
  const rows = entries.map((e) => ({
    id: e.id,
    label: entryShort(t, e, entries),
    value: latest.answers[e.id],
  }));
  const blocks: ReportBlock[] = [{ kind: 'heading', text: roundTitle(t, formatDate, latest, rounds) }];
  if (score.scaled !== null && score.band) {
    blocks.push({
      kind: 'paragraph',
      text: `${t(readinessText.totalLabel)}: ${t(readinessText.total)(score.scaled)}. ${t(score.band.title)}.`,
    });
    blocks.push({ kind: 'paragraph', text: t(score.band.reading) });
  }
  const notes: string[] = [];
  if (score.missing > 0) notes.push(t(readinessText.provisional)(score.missing));
  if (score.unknown > 0) notes.push(t(readinessText.scaledUnknown)(score.unknown));
  const ownCount = entries.filter((e) => e.kind === 'own').length;
  if (ownCount > 0) notes.push(t(readinessText.scaledOwn)(ownCount));
  if (notes.length > 0) blocks.push({ kind: 'paragraph', text: notes.join(' ') });

  const weakest = weakestItems(latest.answers, ids).flatMap((id) => byId.get(id) ?? []);
  if (weakest.length > 0) {
    blocks.push({ kind: 'heading', text: t(readinessText.workOnHeading) });
    blocks.push({
      kind: 'list',
      items: weakest.map((entry) => {
        const advice = entry.kind === 'content' && 'advice' in entry.item ? entry.item.advice : undefined;
        const line = `${entryText(t, entry, entries)} (${answerText(t, latest.answers[entry.id])})`;
        return advice ? `${line} – ${t(adviceById(advice).title)}` : line;
      }),
    });
  }
  blocks.push({
    kind: 'chart',
    title: t(readinessText.chartTitle),
    chart: (
      <ReadinessBarChart
        rows={rows}
        title={t(readinessText.chartTitle)}
        description={t(readinessText.chartDescription)}
        tickLabels={tickLabels(t)}
        unknownLabel={answerText(t, 'unknown')}
        missingLabel="–"
        idPrefix="readiness-report-chart"
      />
    ),
  });
  blocks.push({
    kind: 'table',
    caption: t(readinessText.tableCaption),
    columns: [t(readinessText.colItem), t(readinessText.colAnswer), t(readinessText.note)],
    rows: rows.map((row) => [row.label, answerText(t, row.value), latest.notes[row.id]?.trim() ?? '']),
  });

  const first = rounds[0];
  if (rounds.length > 1 && first) {
    const from = roundTitle(t, formatDate, first, rounds);
    const to = roundTitle(t, formatDate, latest, rounds);
    const changes = compareRounds(first.answers, latest.answers, ids);
    const totals = [scoreRound(first.answers, ids).scaled, score.scaled];
    blocks.push({
      kind: 'table',
      caption: t(readinessText.compareCaption)(from, to),
      columns: [t(readinessText.colItem), from, to, t(readinessText.colChange)],
      rows: [
        ...changes.map((c) => [
          rows.find((r) => r.id === c.id)?.label ?? c.id,
          answerText(t, c.from),
          answerText(t, c.to),
          changeText(t, c.change),
        ]),
        [
          t(readinessText.compareTotal),
          String(totals[0] ?? '–'),
          String(totals[1] ?? '–'),
          totals[0] != null && totals[1] != null ? changeText(t, totals[1] - totals[0]) : '–',
        ],
      ],
    });
  }
  blocks.push({ kind: 'paragraph', text: t(readinessText.reportOwnNote) });
  return { tool: READINESS_TOOL, title: t(toolMeta(READINESS_TOOL).title), blocks };
}
