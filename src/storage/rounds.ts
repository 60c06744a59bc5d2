/**
 * Rounds: tools that are taken again over time (a Role Star round per meeting, a readiness check
 * now and after a year) store one record per round. Like tool documents, typing writes single
 * fields by key path, and every write marks the case as edited.
 */
import { touchCase } from './cases';
import { db, type RoundRecord } from './db';
import { newId } from './ids';
import { useLiveQuery } from './live';
import { type FieldPath, setAtPath } from './tool-docs';
import { runWrite, writeLatest } from './writes';

/** A case's rounds of one tool, oldest first, kept up to date. */
export function useRounds(caseId: string, tool: string): RoundRecord[] | undefined {
  return useLiveQuery(
    () => db.rounds.where('[caseId+tool]').equals([caseId, tool]).sortBy('createdAt'),
    [caseId, tool],
  );
}

/** One round, kept up to date; `null` when it does not exist. */
export function useRound(roundId: string): RoundRecord | null | undefined {
  return useLiveQuery(async () => (await db.rounds.get(roundId)) ?? null, [roundId]);
}

/** Starts a new round with the given data; returns its id. */
export function createRound(caseId: string, tool: string, data: Record<string, unknown>): Promise<string> {
  return runWrite(() =>
    db.transaction('rw', db.rounds, db.cases, async () => {
      const now = Date.now();
      const id = newId();
      await db.rounds.add({ id, caseId, tool, createdAt: now, updatedAt: now, data });
      await touchCase(caseId);
      return id;
    }),
  );
}

/** Saves one field of a round's data (`undefined` removes it). */
export function setRoundField(roundId: string, path: FieldPath, value: unknown): Promise<boolean> {
  if (path.length === 0 || path.some((part) => part === '' || part.includes('.'))) {
    throw new Error(`Invalid field path: ${path.join('/')}`);
  }
  return writeLatest(
    `round:${roundId}:${path.join('.')}`,
    () =>
      db.transaction('rw', db.rounds, db.cases, async () => {
        const round = await db.rounds.get(roundId);
        if (!round) return;
        await db.rounds.update(roundId, { [`data.${path.join('.')}`]: value, updatedAt: Date.now() });
        await touchCase(round.caseId);
      }),
    { kind: 'round', roundId, path: [...path], value },
  );
}

/** Changes a round's data as a whole, atomically. */
export function updateRoundData(
  roundId: string,
  change: (data: Record<string, unknown>) => Record<string, unknown>,
): Promise<void> {
  return runWrite(() =>
    db.transaction('rw', db.rounds, db.cases, async () => {
      const round = await db.rounds.get(roundId);
      if (!round) return;
      const data = change(structuredClone(round.data));
      await db.rounds.update(roundId, { data, updatedAt: Date.now() });
      await touchCase(round.caseId);
    }),
  );
}

/** Deletes a round; returns it so the UI can offer undo. */
export function deleteRound(roundId: string): Promise<RoundRecord | undefined> {
  return runWrite(() =>
    db.transaction('rw', db.rounds, db.cases, async () => {
      const round = await db.rounds.get(roundId);
      if (!round) return undefined;
      await db.rounds.delete(roundId);
      await touchCase(round.caseId);
      return round;
    }),
  );
}

/** Puts a deleted round back. */
export function restoreRound(round: RoundRecord): Promise<void> {
  return runWrite(async () => {
    await db.rounds.put(round);
  });
}

export { setAtPath };
