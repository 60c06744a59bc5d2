/** Mapping peer roles: where peer roles exist or could be introduced, and where to start. */
import { caseKindOf } from '../../storage/cases';
import type { ToolFeature } from '../../tool-kit/types';
import { mappingOwners, mappingProgress, normaliseMapping, ROLE_MAPPING_TOOL } from './model';

export const feature: ToolFeature = {
  id: ROLE_MAPPING_TOOL,
  progress: (snapshot) => {
    const doc = snapshot.toolDocs.find((d) => d.tool === ROLE_MAPPING_TOOL);
    return {
      ...mappingProgress(normaliseMapping(doc?.data), caseKindOf(snapshot.case)),
      updatedAt: doc?.updatedAt ?? null,
    };
  },
  loadScreen: async () => (await import('./RoleMappingScreen')).RoleMappingScreen,
  owners: mappingOwners,
  loadReport: async () => (await import('./report')).roleMappingReport,
};
