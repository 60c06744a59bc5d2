/** Motivation: the three questions on why the workplace wants a peer worker (Socialstyrelsen 2016). */
import { caseKindOf } from '../../storage/cases';
import type { ToolFeature } from '../../tool-kit/types';
import { MOTIVATION_TOOL, motivationOwners, motivationProgress, normaliseMotivation } from './model';

export const feature: ToolFeature = {
  id: MOTIVATION_TOOL,
  progress: (snapshot) => {
    const doc = snapshot.toolDocs.find((d) => d.tool === MOTIVATION_TOOL);
    return {
      ...motivationProgress(normaliseMotivation(doc?.data), caseKindOf(snapshot.case)),
      updatedAt: doc?.updatedAt ?? null,
    };
  },
  loadScreen: async () => (await import('./MotivationScreen')).MotivationScreen,
  owners: motivationOwners,
  loadReport: async () => (await import('./report')).motivationReport,
};
