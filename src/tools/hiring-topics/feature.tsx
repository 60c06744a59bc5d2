/** Hiring topics: which topics matter most to settle when employing a peer worker (St George's 2015). */
import { defineTool } from '../../tool-kit/define-tool';
import { hiringTopicsData, hiringTopicsOwners, hiringTopicsProgress } from './model';

export const feature = defineTool({
  ...hiringTopicsData,
  count: (state, { kind }) => hiringTopicsProgress(state, kind),
  loadScreen: async () => (await import('./HiringTopicsScreen')).HiringTopicsScreen,
  owners: hiringTopicsOwners,
  loadReport: async () => (await import('./report')).hiringTopicsReport,
});
