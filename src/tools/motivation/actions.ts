/** The motivation questions' writes: every keystroke saves at once through src/storage. */
import { setToolField } from '../../storage/tool-docs';
import { MOTIVATION_TOOL } from './model';

/** Saves the answer to a question (one of ours or the workplace's own). */
export const setMotivationAnswer = (caseId: string, questionId: string, text: string) =>
  setToolField(caseId, MOTIVATION_TOOL, ['answers', questionId], text);

/** Saves the one-sentence summary. */
export const setMotivationSummary = (caseId: string, text: string) =>
  setToolField(caseId, MOTIVATION_TOOL, ['summary'], text);
