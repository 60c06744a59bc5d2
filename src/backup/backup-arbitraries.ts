// fast-check arbitraries for backup files: cases, tool documents and rounds whose every value lies
// within the limits of src/storage/limits.ts, with the edge values at each limit drawn often.
import fc from 'fast-check';
import { TOOL_IDS } from '../../content/types';
import type { RoundRecord, ToolDocRecord } from '../storage/db';
import {
  CASE_TEXT_LIMITS,
  type CaseTextField,
  DATA_MAX_DEPTH,
  DATE_MAX,
  DATE_MIN,
  ID_MAX,
  isPrototypeName,
  isSafeId,
  TEXT_MAX,
  TIME_MAX,
} from '../storage/limits';
import { BACKUP_FORMAT, BACKUP_FORMAT_VERSION, type BackupCase, type BackupFile } from './backup-types';

/** The fixed seed of every property (a failure prints the path to replay it). */
export const SEED = 20_261_129;
export const RUNS = 1_000;

/** Any text up to `max`, with '' and texts of exactly (or nearly) `max` code units drawn often. */
export function limitText(max: number): fc.Arbitrary<string> {
  return fc.oneof(
    { arbitrary: fc.string({ unit: 'binary', maxLength: 40 }), weight: 4 },
    { arbitrary: fc.constant(''), weight: 1 },
    { arbitrary: fc.integer({ min: Math.max(0, max - 2), max }).map((n) => 'Æ'.repeat(n)), weight: 1 },
    // Emoji (surrogate pairs) up to the last code unit.
    { arbitrary: fc.constant('😀'.repeat(Math.floor(max / 2))), weight: 1 },
    {
      arbitrary: fc.constantFrom(
        '<script>alert(1)</script>',
        'مرحبا بالعالم',
        'Linje 1\nLinje 2\t"citat"',
        '\u0000\uFEFF',
      ),
      weight: 1,
    },
  );
}

export const arbDate: fc.Arbitrary<string> = fc.oneof(
  fc.constant(''),
  fc.constantFrom(DATE_MIN, DATE_MAX, '2028-02-29', '2000-02-29'),
  fc
    .date({
      min: new Date(`${DATE_MIN}T00:00:00Z`),
      max: new Date(`${DATE_MAX}T00:00:00Z`),
      noInvalidDate: true,
    })
    .map((d) => d.toISOString().slice(0, 10)),
);

export const arbTime: fc.Arbitrary<number> = fc.oneof(
  fc.constantFrom(0, TIME_MAX, 1_790_000_000_000),
  fc.maxSafeNat().filter((n) => n <= TIME_MAX),
);

export const arbId: fc.Arbitrary<string> = fc
  .oneof(
    fc.stringMatching(/^[A-Za-z0-9_-]{1,12}$/),
    fc.constantFrom('a', 'x'.repeat(ID_MAX), 'toStrin', 'valueOf_', 'constructor-'),
  )
  .filter(isSafeId);

/** JSON keys a tool may use: anything but names of Object.prototype members. */
const arbKey = fc
  .oneof(
    fc.string({ unit: 'binary', maxLength: 12 }),
    fc.constantFrom('answers', 'custom', 'order', 'a.b', ''),
  )
  .filter((key) => !isPrototypeName(key) && key !== 'prototype');

/** A JSON number as it reads back: finite, and 0 for -0 (JSON has no -0). */
const arbNumber = fc
  .oneof(
    fc.integer(),
    fc.double({ noNaN: true, noDefaultInfinity: true }),
    fc.constantFrom(Number.MAX_VALUE, 5e-324),
  )
  .map((n) => (n === 0 ? 0 : n));

const { value: arbJson } = fc.letrec<{ value: unknown }>((tie) => ({
  value: fc.oneof(
    { depthSize: 'small', withCrossShrink: true },
    fc.constant(null),
    fc.boolean(),
    arbNumber,
    // A tool stores ids (never typed text) under id keys, and ids are never prototype names.
    limitText(TEXT_MAX).filter((text) => !isPrototypeName(text)),
    fc.array(tie('value'), { maxLength: 4 }),
    fc.dictionary(arbKey, tie('value'), { maxKeys: 4 }),
  ),
}));

/** A tool's `data`: a plain object, sometimes nested exactly as deep as allowed. */
export const arbData: fc.Arbitrary<Record<string, unknown>> = fc.oneof(
  {
    arbitrary: fc.dictionary(arbKey, arbJson, { maxKeys: 5 }) as fc.Arbitrary<Record<string, unknown>>,
    weight: 6,
  },
  {
    arbitrary: fc.constant(null).map(() => {
      let node: Record<string, unknown> = { leaf: 'x'.repeat(TEXT_MAX) };
      for (let depth = 1; depth < DATA_MAX_DEPTH; depth++) node = { d: node };
      return node;
    }),
    weight: 1,
  },
);

const caseTexts = Object.fromEntries(
  (Object.keys(CASE_TEXT_LIMITS) as CaseTextField[]).map((field) => [
    field,
    limitText(CASE_TEXT_LIMITS[field]),
  ]),
) as { [K in CaseTextField]: fc.Arbitrary<string> };

/** One case with tool documents and rounds; round ids are given so they are unique in the file. */
function arbCase(caseId: string, roundIds: readonly string[]): fc.Arbitrary<BackupCase> {
  return fc
    .record({
      texts: fc.record(caseTexts),
      startDate: arbDate,
      createdAt: arbTime,
      updatedAt: arbTime,
      tools: fc.subarray([...TOOL_IDS]),
      docs: fc.array(fc.record({ data: arbData, updatedAt: arbTime }), { minLength: 7, maxLength: 7 }),
      rounds: fc.array(
        fc.record({
          tool: fc.constantFrom(...TOOL_IDS),
          createdAt: arbTime,
          updatedAt: arbTime,
          data: arbData,
        }),
        { minLength: roundIds.length, maxLength: roundIds.length },
      ),
    })
    .map(({ texts, startDate, createdAt, updatedAt, tools, docs, rounds }) => ({
      case: { id: caseId, ...texts, startDate, createdAt, updatedAt },
      toolDocs: tools.map(
        (tool, i): ToolDocRecord => ({
          caseId,
          tool,
          data: docs[i]?.data ?? {},
          updatedAt: docs[i]?.updatedAt ?? 0,
        }),
      ),
      rounds: rounds.map((round, i): RoundRecord => ({ ...round, id: roundIds[i] ?? `r${i}`, caseId })),
    }));
}

/** A whole backup file of up to `maxCases` cases, each with up to 3 rounds. */
export function arbBackup(maxCases = 3): fc.Arbitrary<BackupFile> {
  return fc
    .uniqueArray(arbId, { minLength: 0, maxLength: maxCases * 4 })
    .chain((ids) => {
      const caseIds = ids.slice(0, maxCases);
      const spare = ids.slice(caseIds.length);
      return fc
        .tuple(...caseIds.map((id, i) => arbCase(id, spare.slice(i * 3, i * 3 + 3))))
        .map((cases) => cases as BackupCase[]);
    })
    .chain((cases) =>
      fc.record({ exportedAt: arbTime.filter((t) => t <= 253_402_300_799_999) }).map(({ exportedAt }) => ({
        format: BACKUP_FORMAT,
        formatVersion: BACKUP_FORMAT_VERSION,
        appVersion: '0.1.0',
        exportedAt: new Date(exportedAt).toISOString(),
        cases,
      })),
    );
}
