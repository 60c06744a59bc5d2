/**
 * Job start: a checklist for the peer worker's first months (inspired by Rasmussen & Johansen 2015);
 * in a volunteer case, the start as a volunteer, counted over that kind's items.
 */
import { defineTool } from '../../tool-kit/define-tool';
import { jobStartData, jobStartOwners, jobStartProgress } from './model';

export const feature = defineTool({
  ...jobStartData,
  count: (state, { kind }) => jobStartProgress(state, kind),
  loadScreen: async () => (await import('./JobStartScreen')).JobStartScreen,
  owners: jobStartOwners,
  loadReport: async () => (await import('./report')).jobStartReport,
});
