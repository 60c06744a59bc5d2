/** Motivation: the three questions on why the workplace wants a peer worker (Socialstyrelsen 2016). */
import { defineTool } from '../../tool-kit/define-tool';
import { motivationData, motivationOwners, motivationProgress } from './model';

export const feature = defineTool({
  ...motivationData,
  count: (state, { kind }) => motivationProgress(state, kind),
  loadScreen: async () => (await import('./MotivationScreen')).MotivationScreen,
  owners: motivationOwners,
  loadReport: async () => (await import('./report')).motivationReport,
});
