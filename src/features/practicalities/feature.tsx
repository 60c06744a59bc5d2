/** Practicalities: qualifications, hours, terms, supervision, sparring and the function description. */
import type { ToolFeature } from '../types';
import { normalisePracticalities, PRACTICALITIES_TOOL, practicalitiesProgress } from './model';

export const feature: ToolFeature = {
  id: PRACTICALITIES_TOOL,
  progress: (snapshot) => {
    const doc = snapshot.toolDocs.find((d) => d.tool === PRACTICALITIES_TOOL);
    return {
      ...practicalitiesProgress(normalisePracticalities(doc?.data)),
      updatedAt: doc?.updatedAt ?? null,
    };
  },
  loadScreen: async () => (await import('./PracticalitiesScreen')).PracticalitiesScreen,
  loadReport: async () => (await import('./report')).practicalitiesReport,
};
