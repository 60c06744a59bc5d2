/** The readiness check's writes: every tap and keystroke saves at once through src/storage. */

import type { ReadinessAnswer } from '../../../content/readiness';
import { createRound, setRoundField } from '../../storage/rounds';
import { removeRoundWithUndo } from '../../tool-kit/round-actions';
import { READINESS_TOOL } from './model';

/** Chooses (or, with `undefined`, clears) the answer to a statement in a round. */
export const setAnswer = (roundId: string, statementId: string, value: ReadinessAnswer | undefined) =>
  setRoundField(roundId, ['answers', statementId], value);

/** Saves the note to a statement in a round. */
export const setStatementNote = (roundId: string, statementId: string, note: string) =>
  setRoundField(roundId, ['notes', statementId], note);

/** Renames a round, or changes its date. */
export const setRoundDetail = (roundId: string, field: 'name' | 'date', value: string) =>
  setRoundField(roundId, [field], value);

/** Starts a round with the given data; resolves with its id. */
export const startReadinessRound = (caseId: string, data: Record<string, unknown>) =>
  createRound(caseId, READINESS_TOOL, data);

/** Deletes a round, with a toast that can put it back. */
export const removeReadinessRound = removeRoundWithUndo;
