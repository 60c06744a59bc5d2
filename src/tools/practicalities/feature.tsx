/** Practicalities: qualifications, hours, terms, supervision, sparring and the function description. */
import { caseKindOf } from '../../storage/cases';
import type { ToolFeature } from '../../tool-kit/types';
import {
  normalisePracticalities,
  PRACTICALITIES_PRIVATE,
  PRACTICALITIES_TOOL,
  practicalitiesOwners,
  practicalitiesProgress,
  writtenAnswers,
} from './model';

export const feature: ToolFeature = {
  id: PRACTICALITIES_TOOL,
  progress: (snapshot) => {
    const doc = snapshot.toolDocs.find((d) => d.tool === PRACTICALITIES_TOOL);
    return {
      ...practicalitiesProgress(normalisePracticalities(doc?.data), caseKindOf(snapshot.case)),
      updatedAt: doc?.updatedAt ?? null,
    };
  },
  loadScreen: async () => (await import('./PracticalitiesScreen')).PracticalitiesScreen,
  owners: practicalitiesOwners,
  privateParts: (snapshot) => {
    const state = normalisePracticalities(
      snapshot.toolDocs.find((d) => d.tool === PRACTICALITIES_TOOL)?.data,
    );
    return (['voice', 'disclosure'] as const)
      .filter((record) => writtenAnswers(state[record]) > 0)
      .map((record) => PRACTICALITIES_PRIVATE[record]);
  },
  loadReport: async () => (await import('./report')).practicalitiesReport,
};
