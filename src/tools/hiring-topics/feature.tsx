/** Hiring topics: which topics matter most to settle when employing a peer worker (St George's 2015). */
import { caseKindOf } from '../../storage/cases';
import type { ToolFeature } from '../../tool-kit/types';
import { HIRING_TOPICS_TOOL, hiringTopicsOwners, hiringTopicsProgress, normaliseHiringTopics } from './model';

export const feature: ToolFeature = {
  id: HIRING_TOPICS_TOOL,
  progress: (snapshot) => {
    const doc = snapshot.toolDocs.find((d) => d.tool === HIRING_TOPICS_TOOL);
    return {
      ...hiringTopicsProgress(normaliseHiringTopics(doc?.data), caseKindOf(snapshot.case)),
      updatedAt: doc?.updatedAt ?? null,
    };
  },
  loadScreen: async () => (await import('./HiringTopicsScreen')).HiringTopicsScreen,
  owners: hiringTopicsOwners,
  loadReport: async () => (await import('./report')).hiringTopicsReport,
};
