/**
 * Rounds: tools that are taken again over time (a Role Star round per meeting, a readiness check
 * now and after a year) store one record per round. Like tool documents, typing writes single
 * fields by key path, every write is shown at once (optimistic.ts), and every write marks the case
 * as edited.
 */
import { useMemo } from 'preact/hooks';
import { touchCase } from './cases';
import { db, type RoundRecord } from './db';
import { newId } from './ids';
import { useLiveQuery, usePendingChanges } from './live';
import { catchUp, currentData, forgetRecord, overlay, roundKey, setPending, settle } from './optimistic';
import { assertPath, type FieldPath, setAtPath } from './tool-docs';
import { runWrite, writeLatest } from './writes';

/** The round with this tab's pending writes laid over its data. */
function withPending(round: RoundRecord): RoundRecord {
  const data = overlay(roundKey(round.id), round.data, round.updatedAt);
  return data === round.data ? round : { ...round, data };
}

/** A case's rounds of one tool, oldest first, kept up to date. */
export function useRounds(caseId: string, tool: string): RoundRecord[] | undefined {
  const stored = useLiveQuery(
    () => db.rounds.where('[caseId+tool]').equals([caseId, tool]).sortBy('createdAt'),
    [caseId, tool],
    {
      cacheKey: `rounds:${caseId}:${tool}`,
      onResult: (rounds) => {
        for (const round of rounds) catchUp(roundKey(round.id), round, round.data);
      },
    },
  );
  const ids = useMemo(() => new Set(stored?.map((round) => roundKey(round.id))), [stored]);
  usePendingChanges((record) => ids.has(record));
  const rounds = stored?.map(withPending);
  // Same array while nothing changed, so screens that memoise on it stay cheap.
  return useMemo(() => rounds, [stored, ...(rounds ?? [])]);
}

/**
 * Every round of a case, of any tool, as committed: for a screen that shows what another tool has
 * agreed (Det praktiske drafts from the agreed Role Star). Only a change of a round reads it again:
 * a keystroke in the screen's own document is not followed by this read and a render (issue 20).
 */
export function useCommittedCaseRounds(caseId: string): RoundRecord[] | undefined {
  return useLiveQuery(() => db.rounds.where('caseId').equals(caseId).sortBy('createdAt'), [caseId], {
    cacheKey: `case-rounds:${caseId}`,
  });
}

/** One round, kept up to date; `null` when it does not exist. */
export function useRound(roundId: string): RoundRecord | null | undefined {
  const key = roundKey(roundId);
  const stored = useLiveQuery(async () => (await db.rounds.get(roundId)) ?? null, [roundId], {
    cacheKey: key,
    onResult: (round) => catchUp(key, round, round?.data),
  });
  usePendingChanges((record) => record === key);
  return stored ? withPending(stored) : stored;
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
  assertPath(path);
  const pending = setPending(roundKey(roundId), path, value);
  return writeLatest(
    `round:${roundId}:${path.join('.')}`,
    async () => {
      const now = Date.now();
      await db.transaction('rw', db.rounds, db.cases, async () => {
        const round = await db.rounds.get(roundId);
        if (!round) return;
        await db.rounds.update(roundId, { [`data.${path.join('.')}`]: value, updatedAt: now });
        await touchCase(round.caseId);
      });
      settle(pending, now);
    },
    { kind: 'round', roundId, path: [...path], value },
  );
}

/** Changes a round's data as a whole, atomically; shown at once from the data last read. */
export function updateRoundData(
  roundId: string,
  change: (data: Record<string, unknown>) => Record<string, unknown>,
): Promise<void> {
  const key = roundKey(roundId);
  const shown = currentData(key);
  const pending = shown === undefined ? null : setPending(key, [], change(structuredClone(shown)));
  return runWrite(async () => {
    const now = Date.now();
    await db.transaction('rw', db.rounds, db.cases, async () => {
      const round = await db.rounds.get(roundId);
      if (!round) return;
      const data = change(structuredClone(round.data));
      await db.rounds.update(roundId, { data, updatedAt: now });
      await touchCase(round.caseId);
    });
    if (pending) settle(pending, now);
  });
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
  ).then((round) => {
    forgetRecord(roundKey(roundId));
    return round;
  });
}

/** Puts a deleted round back. */
export function restoreRound(round: RoundRecord): Promise<void> {
  return runWrite(async () => {
    await db.rounds.put(round);
  });
}

export { setAtPath };
