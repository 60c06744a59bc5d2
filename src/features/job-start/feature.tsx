/** Job start: a checklist for the peer worker's first months (inspired by Rasmussen & Johansen 2015). */
import type { ToolFeature } from '../types';
import { JOB_START_TOOL, jobStartOwners, jobStartProgress, normaliseJobStart } from './model';

export const feature: ToolFeature = {
  id: JOB_START_TOOL,
  progress: (snapshot) => {
    const doc = snapshot.toolDocs.find((d) => d.tool === JOB_START_TOOL);
    return { ...jobStartProgress(normaliseJobStart(doc?.data)), updatedAt: doc?.updatedAt ?? null };
  },
  loadScreen: async () => (await import('./JobStartScreen')).JobStartScreen,
  owners: jobStartOwners,
  loadReport: async () => (await import('./report')).jobStartReport,
};
