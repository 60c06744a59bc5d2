/** Readiness check (temperaturmåling): ten statements on how ready the workplace is, in rounds. */
import { defineTool } from '../../tool-kit/define-tool';
import { readinessData, readinessEntries, readinessOwners, readinessRounds, scoreRound } from './model';

export const feature = defineTool({
  ...readinessData,
  // Answered: in the latest round, over the statements this case asks (its kind and its own ones).
  count: (doc, { kind, rounds }) => {
    const ids = readinessEntries(doc, kind).map((entry) => entry.id);
    const latest = readinessRounds(rounds, ids).at(-1);
    return { answered: latest ? scoreRound(latest.answers, ids).answered : 0, total: ids.length };
  },
  loadScreen: async () => (await import('./ReadinessScreen')).ReadinessScreen,
  owners: readinessOwners,
  loadReport: async () => (await import('./report')).readinessReport,
});
