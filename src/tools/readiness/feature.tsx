/** Readiness check (temperaturmåling): ten statements on how ready the workplace is, in rounds. */
import { caseKindOf } from '../../storage/cases';
import type { ToolFeature } from '../../tool-kit/types';
import {
  normaliseReadinessDoc,
  READINESS_TOOL,
  readinessEntries,
  readinessOwners,
  readinessRounds,
  scoreRound,
} from './model';

export const feature: ToolFeature = {
  id: READINESS_TOOL,
  progress: (snapshot) => {
    const doc = snapshot.toolDocs.find((d) => d.tool === READINESS_TOOL);
    const ids = readinessEntries(normaliseReadinessDoc(doc?.data), caseKindOf(snapshot.case)).map(
      (e) => e.id,
    );
    const rounds = readinessRounds(snapshot.rounds, ids);
    const latest = rounds.at(-1);
    const times = [doc?.updatedAt, ...rounds.map((r) => r.updatedAt)].filter((t) => t !== undefined);
    return {
      answered: latest ? scoreRound(latest.answers, ids).answered : 0,
      total: ids.length,
      updatedAt: times.length > 0 ? Math.max(...times) : null,
    };
  },
  loadScreen: async () => (await import('./ReadinessScreen')).ReadinessScreen,
  owners: readinessOwners,
  loadReport: async () => (await import('./report')).readinessReport,
};
