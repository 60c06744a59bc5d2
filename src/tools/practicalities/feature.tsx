/** Practicalities: qualifications, hours, terms, supervision, sparring and the function description. */
import { defineTool, toolStateIn } from '../../tool-kit/define-tool';
import {
  normalisePracticalities,
  PRACTICALITIES_PRIVATE,
  PRACTICALITIES_TOOL,
  practicalitiesData,
  practicalitiesOwners,
  practicalitiesProgress,
  writtenAnswers,
} from './model';

export const feature = defineTool({
  ...practicalitiesData,
  count: (state, { kind }) => practicalitiesProgress(state, kind),
  loadScreen: async () => (await import('./PracticalitiesScreen')).PracticalitiesScreen,
  owners: practicalitiesOwners,
  privateParts: (snapshot) => {
    const state = toolStateIn(snapshot, { id: PRACTICALITIES_TOOL, normalise: normalisePracticalities });
    return (['voice', 'disclosure'] as const)
      .filter((record) => writtenAnswers(state[record]) > 0)
      .map((record) => PRACTICALITIES_PRIVATE[record]);
  },
  loadReport: async () => (await import('./report')).practicalitiesReport,
});
