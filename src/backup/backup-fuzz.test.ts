// Fuzz: at least 1,000 mutated or truncated backup files. Each one is either refused with a translated
// message and the database unchanged, or imported completely with every stored record valid.

import * as v from 'valibot';
import { clearDatabase, dumpDatabase, seedCases } from '../../tests/helpers/database';
import { exportCases } from '../backup/backup-io';
import { type ImportMode, importCases } from '../storage/case-bundles';
import { db } from '../storage/db';
import { backupSchema, readBackupText } from './backup-file';
import { backupErrorMessage } from './backup-messages';
import type { BackupError } from './backup-types';

const RUNS = 1_200;

/** mulberry32: a small seeded PRNG, so a failure can be replayed. */
function prng(seed: number) {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

type Json = null | boolean | number | string | Json[] | { [key: string]: Json };
type Container = Json[] | { [key: string]: Json };

function containers(root: Json): { parent: Container; key: string | number }[] {
  const found: { parent: Container; key: string | number }[] = [];
  const walk = (node: Json) => {
    if (Array.isArray(node)) {
      node.forEach((item, i) => {
        found.push({ parent: node, key: i });
        walk(item);
      });
    } else if (node && typeof node === 'object') {
      for (const [k, item] of Object.entries(node)) {
        found.push({ parent: node, key: k });
        walk(item);
      }
    }
  };
  walk(root);
  return found;
}

function setAt(parent: Container, key: string | number, value: Json) {
  (parent as Record<string | number, Json>)[key] = value;
}

function mutate(base: string, random: () => number): { kind: string; text: string } {
  const pick = <T>(items: readonly T[]): T => items[Math.floor(random() * items.length)] as T;
  const at = () => Math.floor(random() * base.length);
  const doc = JSON.parse(base) as Json;
  const slot = () => pick(containers(doc));
  const kinds = [
    'truncate',
    'flip',
    'delete-char',
    'duplicate',
    'swap-type',
    'delete-key',
    'huge-string',
    'deep-nesting',
    'format-version',
    'script-payload',
    'proto-key',
    'garbage',
    'rename-key',
    'bad-id',
  ] as const;
  const kind = pick(kinds);
  switch (kind) {
    case 'truncate':
      return { kind, text: base.slice(0, at()) };
    case 'flip': {
      const i = at();
      return {
        kind,
        text:
          base.slice(0, i) +
          pick(['"', '{', '}', '[', ']', ',', ':', '\\', 'x', '9', ' ', 'ø']) +
          base.slice(i + 1),
      };
    }
    case 'delete-char': {
      const i = at();
      return { kind, text: base.slice(0, i) + base.slice(i + 1) };
    }
    case 'duplicate': {
      const i = at();
      const j = Math.min(base.length, i + 1 + Math.floor(random() * 200));
      return { kind, text: base.slice(0, j) + base.slice(i, j) + base.slice(j) };
    }
    case 'swap-type': {
      const { parent, key } = slot();
      setAt(parent, key, pick<Json>([42, -1e308, '17', 'tekst', true, null, [], {}, [1, 2], { a: 1 }]));
      return { kind, text: JSON.stringify(doc) };
    }
    case 'delete-key': {
      const { parent, key } = slot();
      if (Array.isArray(parent)) parent.splice(Number(key), 1);
      else delete parent[key];
      return { kind, text: JSON.stringify(doc) };
    }
    case 'huge-string': {
      const { parent, key } = slot();
      setAt(parent, key, 'æ'.repeat(pick([3_000, 150_000, 1_000_000])));
      return { kind, text: JSON.stringify(doc) };
    }
    case 'deep-nesting': {
      const { parent, key } = slot();
      let deep: Json = 'bund';
      for (let d = 0, n = pick([5, 30, 3_000]); d < n; d++) deep = random() < 0.5 ? [deep] : { d: deep };
      setAt(parent, key, deep);
      return { kind, text: JSON.stringify(doc) };
    }
    case 'format-version': {
      (doc as Record<string, Json>).formatVersion = pick<Json>([0, 2, 3, 99, -1, 1.5, '1', null, 1]);
      return { kind, text: JSON.stringify(doc) };
    }
    case 'script-payload': {
      const strings = containers(doc).filter(
        ({ parent, key }) => typeof (parent as Record<string | number, Json>)[key] === 'string',
      );
      const { parent, key } = pick(strings);
      setAt(
        parent,
        key,
        pick(['<img src=x onerror=alert(1)>', '<script>alert(1)</script>', 'javascript:alert(1)', '"}]}']),
      );
      return { kind, text: JSON.stringify(doc) };
    }
    case 'proto-key': {
      const text = JSON.stringify(doc);
      const key = pick(['__proto__', 'constructor', 'prototype']);
      const target = pick(['"data":{', '"case":{', '"answers":{', '{']);
      return { kind, text: text.replace(target, `${target}"${key}":{"polluted":true},`) };
    }
    case 'garbage':
      return {
        kind,
        text: pick([
          '',
          'null',
          '42',
          '"peerstart-backup"',
          '<html></html>',
          '{}',
          '[]',
          '\uFEFF{',
          'x'.repeat(1000),
        ]),
      };
    case 'rename-key': {
      const objects = containers(doc).filter(({ parent }) => !Array.isArray(parent));
      const { parent, key } = pick(objects);
      const record = parent as Record<string, Json>;
      record[`${String(key)}X`] = record[key] ?? null;
      delete record[key];
      return { kind, text: JSON.stringify(doc) };
    }
    case 'bad-id': {
      const ids = containers(doc).filter(({ key }) => key === 'id' || key === 'caseId');
      const { parent, key } = pick(ids);
      setAt(parent, key, pick(['', '../x', 'a b', 'case-0', 'round-0-0', 'x'.repeat(200), 'ok-id']));
      return { kind, text: JSON.stringify(doc) };
    }
  }
}

test(`${RUNS} mutated backup files: each is refused cleanly or imported completely`, async () => {
  await clearDatabase();
  await seedCases(3);
  const base = JSON.stringify(await exportCases());
  const before = await dumpDatabase();
  const random = prng(20261123);
  const counts = { refused: 0, imported: 0 };
  const byCode: Record<string, number> = {};
  const byKind: Record<string, number> = {};

  for (let run = 0; run < RUNS; run++) {
    const { kind, text } = mutate(base, random);
    byKind[kind] = (byKind[kind] ?? 0) + 1;
    const mode: ImportMode = random() < 0.5 ? 'keep-both' : 'replace';
    const read = readBackupText(text);
    let error: BackupError | null = read.ok ? null : read.error;
    if (read.ok) {
      try {
        await importCases(read.backup, mode, '(importeret)');
      } catch {
        error = { code: 'write-failed' };
      }
    }
    if (error) {
      counts.refused++;
      byCode[error.code] = (byCode[error.code] ?? 0) + 1;
      const da = backupErrorMessage(error, 'da');
      const en = backupErrorMessage(error, 'en');
      expect(da.length, `run ${run} (${kind})`).toBeGreaterThan(10);
      expect(en).not.toBe(da);
      expect(await dumpDatabase(), `run ${run} (${kind}) changed the database`).toEqual(before);
      continue;
    }
    counts.imported++;
    const imported = read.ok ? read.backup.cases : [];
    // Every stored record is valid: the whole database exports as a file the schema accepts.
    const after = await exportCases();
    expect(v.safeParse(backupSchema, after).success, `run ${run} (${kind})`).toBe(true);
    // Complete: every imported case is stored with all its tool documents and rounds.
    for (const entry of imported) {
      const stored = await db.cases.where('id').equals(entry.case.id).first();
      expect(stored).toBeDefined();
      if (mode === 'replace') {
        expect(stored).toEqual(entry.case);
        expect(await db.toolDocs.where('caseId').equals(entry.case.id).count()).toBe(entry.toolDocs.length);
        expect(await db.rounds.where('caseId').equals(entry.case.id).count()).toBe(entry.rounds.length);
      }
    }
    const expectedCases =
      mode === 'keep-both'
        ? before.cases.length + imported.length
        : new Set([...before.cases.map((c) => c.id), ...imported.map((e) => e.case.id)]).size;
    expect(await db.cases.count(), `run ${run} (${kind})`).toBe(expectedCases);
    expect(({} as Record<string, unknown>).polluted).toBeUndefined();
    // Back to the starting point for the next file.
    await clearDatabase();
    await db.transaction('rw', db.cases, db.toolDocs, db.rounds, async () => {
      await db.cases.bulkAdd(before.cases);
      await db.toolDocs.bulkAdd(before.toolDocs);
      await db.rounds.bulkAdd(before.rounds);
    });
  }
  console.log(
    `backup fuzz: ${RUNS} files, ${counts.refused} refused with a message (database unchanged), ${counts.imported} imported completely\n` +
      `  refusals by reason: ${JSON.stringify(byCode)}\n  mutations: ${JSON.stringify(byKind)}`,
  );
  expect(counts.refused + counts.imported).toBe(RUNS);
  expect(counts.refused).toBeGreaterThan(100);
  expect(counts.imported).toBeGreaterThan(50);
}, 120_000);
