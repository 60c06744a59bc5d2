/**
 * Job start: a checklist for the peer worker's first months (inspired by Rasmussen & Johansen 2015);
 * in a volunteer case, the start as a volunteer, counted over that kind's items.
 */
import { caseKindOf } from '../../storage/cases';
import type { ToolFeature } from '../../tool-kit/types';
import { JOB_START_TOOL, jobStartOwners, jobStartProgress, normaliseJobStart } from './model';

export const feature: ToolFeature = {
  id: JOB_START_TOOL,
  progress: (snapshot) => {
    const doc = snapshot.toolDocs.find((d) => d.tool === JOB_START_TOOL);
    const state = normaliseJobStart(doc?.data);
    return { ...jobStartProgress(state, caseKindOf(snapshot.case)), updatedAt: doc?.updatedAt ?? null };
  },
  loadScreen: async () => (await import('./JobStartScreen')).JobStartScreen,
  owners: jobStartOwners,
  loadReport: async () => (await import('./report')).jobStartReport,
};
