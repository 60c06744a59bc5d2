// Property-based round trips (fast-check, fixed seed, ≥ 1,000 runs each): a backup Peerstart writes,
// it reads back identical; any file it is given is refused with a message or read without breaking
// the preview or the Role Star and Practicalities models.

import fc from 'fast-check';
import { renderToString } from 'preact-render-to-string';
import { clearDatabase, dumpDatabase } from '../../../tests/helpers/database';
import { arbBackup, RUNS, SEED } from '../../backup/backup-arbitraries';
import { readBackupText, sameJson, writeBackupText } from '../../backup/backup-file';
import { exportCases } from '../../backup/backup-io';
import { backupErrorMessage } from '../../backup/backup-messages';
import type { BackupFile } from '../../backup/backup-types';
import { LangProvider } from '../../i18n';
import { importCases } from '../../storage/case-bundles';
import { db } from '../../storage/db';
import { normalisePracticalities } from '../../tools/practicalities/model';
import {
  compareRounds,
  configDimensions,
  normaliseConfig,
  normaliseRounds,
  roleStarProgress,
  roundLabel,
} from '../../tools/role-star/model';
import { differencesAmong } from '../../tools/role-star/raters';
import { ImportPreview } from './ImportPreview';

const options = { seed: SEED, numRuns: RUNS };

test('any backup within the limits is written, read back and identical', () => {
  fc.assert(
    fc.property(arbBackup(), (backup) => {
      const written = writeBackupText(backup);
      if (!written.ok) throw new Error(`refused to write: ${JSON.stringify(written.error)}`);
      const read = readBackupText(written.text);
      if (!read.ok) throw new Error(`refused to read: ${JSON.stringify(read.error)}`);
      expect(sameJson(read.backup, backup)).toBe(true);
    }),
    options,
  );
}, 120_000);

/** The stored records of a file, in the order dumpDatabase sorts them. */
function recordsOf(backup: BackupFile) {
  const byKey =
    <T,>(key: (item: T) => string) =>
    (a: T, b: T) =>
      key(a).localeCompare(key(b));
  return {
    cases: backup.cases.map((entry) => entry.case).sort(byKey((c) => c.id)),
    toolDocs: backup.cases.flatMap((entry) => entry.toolDocs).sort(byKey((d) => `${d.caseId}/${d.tool}`)),
    rounds: backup.cases.flatMap((entry) => entry.rounds).sort(byKey((r) => r.id)),
  };
}

test('any cases stored on the device survive export → file → import on a fresh device identical', async () => {
  await fc.assert(
    fc.asyncProperty(arbBackup(2), async (backup) => {
      await clearDatabase();
      const stored = recordsOf(backup);
      await db.transaction('rw', db.cases, db.toolDocs, db.rounds, async () => {
        await db.cases.bulkAdd(stored.cases);
        await db.toolDocs.bulkAdd(stored.toolDocs);
        await db.rounds.bulkAdd(stored.rounds);
      });
      const written = writeBackupText(await exportCases());
      if (!written.ok) throw new Error(`refused to write: ${JSON.stringify(written.error)}`);
      await clearDatabase();
      const read = readBackupText(written.text);
      if (!read.ok) throw new Error(`refused to read: ${JSON.stringify(read.error)}`);
      await importCases(read.backup, 'keep-both', '(importeret)');
      expect(await dumpDatabase()).toEqual(stored);
    }),
    options,
  );
}, 120_000);

/** Values that broke screens or the validator once, mixed into arbitrary JSON. */
const nasty = fc.oneof(
  fc.jsonValue({ maxDepth: 2 }),
  fc.constantFrom(
    'toString',
    'constructor',
    '__proto__',
    'valueOf',
    'hasOwnProperty',
    '20266-03-01',
    '2026-02-30',
    '2026-11-29T10:00:00+01',
    'x'.repeat(100_050),
    -0,
    Number.POSITIVE_INFINITY,
    { toString: 1 },
    ['toString', 'valueOf'],
  ),
);

/** Replaces the value at the `pick`-th place of a JSON tree (or a key, with `asKey`). */
function mutate(root: unknown, pick: number, value: unknown, asKey: boolean): unknown {
  const places: { parent: Record<string, unknown>; key: string }[] = [];
  const walk = (node: unknown) => {
    if (typeof node !== 'object' || node === null) return;
    for (const key of Object.keys(node)) {
      places.push({ parent: node as Record<string, unknown>, key });
      walk((node as Record<string, unknown>)[key]);
    }
  };
  walk(root);
  const place = places[pick % Math.max(1, places.length)];
  if (!place) return value;
  if (asKey && typeof value === 'string' && !Array.isArray(place.parent)) {
    const inner = place.parent[place.key];
    delete place.parent[place.key];
    place.parent[value] = inner;
  } else {
    place.parent[place.key] = value;
  }
  return root;
}

/** Everything a screen derives from an accepted file; throws if anything would break a screen. */
function renderEverything(backup: BackupFile): void {
  const html = renderToString(
    <LangProvider initial="da">
      <ImportPreview
        state={{ kind: 'preview', fileName: 'fil.json', backup, existing: new Set(), mode: 'keep-both' }}
        onMode={() => undefined}
        onConfirm={() => undefined}
        onCancel={() => undefined}
      />
    </LangProvider>,
  );
  expect(html).toContain('Importér');
  for (const entry of backup.cases) {
    const config = normaliseConfig(entry.toolDocs.find((doc) => doc.tool === 'role-star')?.data);
    for (const lang of ['da', 'en'] as const) {
      for (const d of configDimensions(config, lang)) expect(typeof d.label).toBe('string');
    }
    const rounds = normaliseRounds(entry.rounds);
    for (const round of rounds) {
      for (const id of round.data.dimensionIds)
        expect(typeof roundLabel(round.data, id, 'da')).toBe('string');
      differencesAmong(round.data, 2);
    }
    const [first, second] = rounds;
    if (first && second) compareRounds(first.data, second.data);
    roleStarProgress(config, rounds);
    const practical = normalisePracticalities(
      entry.toolDocs.find((doc) => doc.tool === 'practicalities')?.data,
    );
    for (const value of Object.values(practical))
      expect(['string', 'object'].includes(typeof value)).toBe(true);
  }
}

test('any file, however broken, is refused with a message or read without breaking a screen', () => {
  // Timestamps in the forms ISO 8601 allows, some of which Date.parse cannot read ("+01").
  const timestamp = fc
    .tuple(
      fc.date({ min: new Date('1970-01-01'), max: new Date('2999-12-31'), noInvalidDate: true }),
      fc.constantFrom('Z', '+01', '+01:00', '+0100', '-05', '.5Z', '.123456Z', ''),
      fc.boolean(),
    )
    .map(([date, zone, seconds]) => `${date.toISOString().slice(0, seconds ? 19 : 16)}${zone}`);
  const file = fc
    .tuple(arbBackup(2), fc.nat(), nasty, fc.boolean(), fc.nat({ max: 5 }), timestamp)
    .map(([backup, pick, value, asKey, kind, when]) => {
      const tree = JSON.parse(JSON.stringify(backup)) as BackupFile;
      // Targeted: the envelope's timestamp, and a round's ids (what once broke the preview and screens).
      if (kind === 3) return JSON.stringify({ ...tree, exportedAt: when });
      const round = tree.cases.flatMap((entry) => entry.rounds)[0];
      if (kind === 4 && round) {
        const id = typeof value === 'string' ? value : 'toString';
        round.data = { dimensionIds: [value], labels: { [id]: 'x' }, agreed: { [id]: 3 } };
        return JSON.stringify(tree);
      }
      const text = JSON.stringify(mutate(tree, pick, value, asKey));
      // Also cut, and prefixed with byte order marks.
      if (kind === 1) return text.slice(0, pick % (text.length + 1));
      if (kind === 2) return `\uFEFF\uFEFF${text}`;
      return text;
    });
  let accepted = 0;
  fc.assert(
    fc.property(file, (text) => {
      const read = readBackupText(text);
      if (!read.ok) {
        for (const lang of ['da', 'en'] as const)
          expect(backupErrorMessage(read.error, lang).length).toBeGreaterThan(5);
        return;
      }
      accepted++;
      renderEverything(read.backup);
    }),
    options,
  );
  // Both sides are exercised: many files are accepted (and rendered), many refused.
  expect(accepted).toBeGreaterThan(RUNS / 10);
  expect(accepted).toBeLessThan(RUNS);
}, 120_000);
