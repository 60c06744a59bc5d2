/** The Role Star's section of the PDF and print report: every round's stars, numbers, differences and notes. */
import { roleStarText, TALK_GAP } from '../../../content/role-star';
import { toolMeta } from '../../../content/tools';
import type { CaseKind, Lang } from '../../../content/types';
import { RadarChart } from '../../chart/RadarChart';
import { makeLangApi } from '../../i18n';
import { type CaseSnapshot, caseKindOf } from '../../storage/cases';
import { NOTHING_SHARED, type SharedParts } from '../../tool-kit/ownership';
import type { ReportBlock, ReportSection } from '../../tool-kit/report';
import {
  canDrawStar,
  compareChartInput,
  roundChartInput,
  roundName,
  valueLabel,
  valueWithNumber,
} from './chart-input';
import {
  compareRounds,
  generalTasksWarning,
  isSoloRound,
  normaliseRounds,
  type Rating,
  ROLE_STAR_TOOL,
  type RoundEntry,
  roundLabel,
  roundOwner,
  roundRaters,
} from './model';
import { roundPeopleNames, seriesLabels } from './people';
import { differencesAmong } from './raters';

/** "3 · Vigtig del" for a number, "Sprunget over" / "Ikke besvaret" otherwise. */
function cell(value: Rating | undefined, lang: Lang): string {
  return typeof value === 'number' ? valueWithNumber(value, lang) : valueLabel(value, lang);
}

function roundBlocks(
  round: RoundEntry,
  snapshot: CaseSnapshot,
  lang: Lang,
  rounds: readonly RoundEntry[],
): ReportBlock[] {
  const kind = caseKindOf(snapshot.case);
  const { t, formatDate } = makeLangApi(lang, undefined, kind);
  const { data } = round;
  const name = roundName(data, lang);
  const blocks: ReportBlock[] = [
    { kind: 'heading', text: t(roleStarText.reportRound)(name, data.date ? formatDate(data.date) : '') },
  ];
  const raters = roundRaters(data);
  const solo = isSoloRound(data);
  if (!(raters.every((p) => data.finished[p]) && (solo || data.revealed))) {
    blocks.push({ kind: 'paragraph', text: t(roleStarText.reportNotRevealed) });
    return blocks;
  }
  const labels = seriesLabels(roundPeopleNames(snapshot.case, lang, data.colleagueName, kind));
  if (solo) blocks.push({ kind: 'paragraph', text: t(roleStarText.reportOwn) });
  const input = roundChartInput(data, lang, labels, { people: true, agreed: !solo }, kind);
  if (canDrawStar(input)) {
    const title = t(roleStarText.chartTitle)(name);
    blocks.push({
      kind: 'chart',
      title,
      chart: (
        <RadarChart
          input={input}
          title={title}
          description={t(
            solo
              ? roleStarText.ownChartDescription
              : raters.length === 3
                ? roleStarText.chartDescriptionThree
                : roleStarText.chartDescription,
          )}
          idPrefix={`rs-report-${round.id}`}
        />
      ),
    });
  }
  const list = differencesAmong(data, TALK_GAP);
  const previous = rounds.find((r) => r.id === (data.previous ?? data.startedFrom));
  const previousColumn = previous && !solo ? [t(roleStarText.reportPrevious)] : [];
  blocks.push({
    kind: 'table',
    caption: t(solo ? roleStarText.ownTableCaption : roleStarText.tableCaption)(name),
    columns: [
      t(roleStarText.axisHeader),
      ...(solo ? [] : [t(roleStarText.agreed)]),
      ...raters.map((p) => labels[p]),
      ...previousColumn,
    ],
    rows: data.dimensionIds.map((id) => [
      roundLabel(data, id, lang, kind),
      ...(solo ? [] : [cell(data.agreed[id], lang)]),
      ...raters.map((p) => cell(data.ratings[p][id], lang)),
      ...(previous && !solo ? [cell(previous.data.agreed[id], lang)] : []),
    ]),
  });
  const talk = solo ? [] : list.filter((d) => d.talk);
  if (talk.length > 0) {
    blocks.push({ kind: 'heading', text: t(roleStarText.differencesHeading) });
    blocks.push({
      kind: 'list',
      items: talk.map(
        (d) =>
          `${roundLabel(data, d.id, lang, kind)}: ${raters
            .map((p) => t(roleStarText.ratingLine)(labels[p], valueLabel(d.values[p], lang)))
            .join('; ')} (${t(roleStarText.gap)(d.gap ?? 0)})`,
      ),
    });
  }
  const notes = data.dimensionIds.filter((id) => data.notes[id]?.trim());
  if (notes.length > 0) {
    blocks.push({ kind: 'heading', text: t(roleStarText.reportNotes) });
    blocks.push({
      kind: 'list',
      items: notes.map((id) => `${roundLabel(data, id, lang, kind)}: ${data.notes[id]?.trim()}`),
    });
  }
  if (generalTasksWarning(data.agreed))
    blocks.push({ kind: 'paragraph', text: t(roleStarText.generalTasksWarning) });
  return blocks;
}

/**
 * The two latest revealed rounds' agreed stars on one radar, their numbers and what changed (as the
 * Compare screen shows them); nothing when fewer than two rounds are revealed.
 */
function comparisonBlocks(rounds: readonly RoundEntry[], lang: Lang, kind: CaseKind): ReportBlock[] {
  const { t, formatDate } = makeLangApi(lang, undefined, kind);
  const revealed = rounds.filter(
    (r) => !isSoloRound(r.data) && r.data.revealed && r.data.finished.manager && r.data.finished.peer,
  );
  const a = revealed.at(-2);
  const b = revealed.at(-1);
  if (!a || !b) return [];
  const title = (r: RoundEntry) =>
    r.data.date ? `${roundName(r.data, lang)} (${formatDate(r.data.date)})` : roundName(r.data, lang);
  const input = compareChartInput(
    { name: title(a), data: a.data },
    { name: title(b), data: b.data },
    lang,
    kind,
  );
  const chartTitle = t(roleStarText.compareChartTitle)(title(a), title(b));
  const blocks: ReportBlock[] = [{ kind: 'heading', text: t(roleStarText.compareHeading) }];
  if (canDrawStar(input)) {
    blocks.push({
      kind: 'chart',
      title: chartTitle,
      chart: (
        <RadarChart
          input={input}
          title={chartTitle}
          description={t(roleStarText.compareChartDescription)}
          idPrefix="rs-report-compare"
        />
      ),
    });
  }
  const cellOf = (v: number | null | undefined) =>
    typeof v === 'number' ? valueWithNumber(v, lang) : valueLabel(v, lang);
  blocks.push({
    kind: 'table',
    caption: t(roleStarText.compareTableCaption),
    columns: [t(roleStarText.axisHeader), title(a), title(b)],
    rows: input.axes.map((axis) => [
      axis.label,
      cellOf(a.data.agreed[axis.id]),
      cellOf(b.data.agreed[axis.id]),
    ]),
  });
  const changes = compareRounds(a.data, b.data);
  const label = (id: string) =>
    roundLabel(b.data.dimensionIds.includes(id) ? b.data : a.data, id, lang, kind);
  const describe = (c: (typeof changes)[number]) => {
    switch (c.status) {
      case 'changed':
        return `${c.delta !== null && c.delta > 0 ? `+${c.delta}` : c.delta}: ${t(roleStarText.change)(valueLabel(c.a, lang), valueLabel(c.b, lang))}`;
      case 'added':
        return t(roleStarText.added)(roundName(b.data, lang));
      case 'removed':
        return t(roleStarText.removedFromRound)(roundName(b.data, lang));
      default:
        return t(roleStarText.unknownChange);
    }
  };
  const moved = changes.filter((c) => c.status !== 'same');
  const same = changes.filter((c) => c.status === 'same');
  blocks.push({ kind: 'heading', text: t(roleStarText.changesHeading) });
  if (moved.length === 0) blocks.push({ kind: 'paragraph', text: t(roleStarText.noChanges) });
  else blocks.push({ kind: 'list', items: moved.map((c) => `${label(c.id)} (${describe(c)})`) });
  if (same.length > 0) {
    blocks.push({
      kind: 'paragraph',
      text: `${t(roleStarText.unchangedHeading)} ${same.map((c) => `${label(c.id)} (${valueLabel(c.b, lang)})`).join(' · ')}`,
    });
  }
  return blocks;
}

/** Every round, newest first; `null` before the first round is started. */
export function roleStarReport(
  snapshot: CaseSnapshot,
  lang: Lang,
  shared: SharedParts = NOTHING_SHARED,
  onlyShared = false,
): ReportSection | null {
  const kind = caseKindOf(snapshot.case);
  const { t } = makeLangApi(lang, undefined, kind);
  // The peer worker's own stars only with their consent for this file (issue 18); with
  // `onlyShared`, those stars alone.
  const rounds = normaliseRounds(snapshot.rounds).filter((round) =>
    roundOwner(round.data) === 'peer' ? shared.has('role-star.solo') : !onlyShared,
  );
  if (rounds.length === 0) return null;
  const blocks: ReportBlock[] = [{ kind: 'paragraph', text: t(roleStarText.reportInspired) }];
  blocks.push(...comparisonBlocks(rounds, lang, kind));
  for (const round of [...rounds].reverse()) blocks.push(...roundBlocks(round, snapshot, lang, rounds));
  return { tool: ROLE_STAR_TOOL, title: t(toolMeta(ROLE_STAR_TOOL).title), blocks };
}
