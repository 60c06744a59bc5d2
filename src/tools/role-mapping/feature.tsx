/** Mapping peer roles: where peer roles exist or could be introduced, and where to start. */
import { defineTool } from '../../tool-kit/define-tool';
import { mappingOwners, mappingProgress, roleMappingData } from './model';

export const feature = defineTool({
  ...roleMappingData,
  count: (state, { kind }) => mappingProgress(state, kind),
  loadScreen: async () => (await import('./RoleMappingScreen')).RoleMappingScreen,
  owners: mappingOwners,
  loadReport: async () => (await import('./report')).roleMappingReport,
});
