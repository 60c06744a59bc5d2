// Seeded test data for the backup tests: cases with tool documents and rounds, including Danish
// letters, script payloads, RTL and emoji text (they must round-trip verbatim).
import type { CaseRecord, RoundRecord, ToolDocRecord } from '../../src/storage/db';
import { db } from '../../src/storage/db';

export const TRICKY_TEXTS = [
  'Vi ønsker en åben dialog om ærlighed – og søvn',
  '<img src=x onerror=alert(1)>',
  '<script>alert("x")</script>',
  'مرحبا بالعالم',
  'Glad 😀 og 👍🏽',
  'Linje 1\nLinje 2\t"citat"',
];

/** Fills the database with `count` cases (1 + 3 tool docs + 2 rounds each); returns the case ids. */
export async function seedCases(count = 3): Promise<string[]> {
  const ids: string[] = [];
  await db.transaction('rw', db.cases, db.toolDocs, db.rounds, async () => {
    for (let i = 0; i < count; i++) {
      const id = `case-${i}`;
      ids.push(id);
      const text = TRICKY_TEXTS[i % TRICKY_TEXTS.length] ?? '';
      const record: CaseRecord = {
        id,
        organisation: `Bostedet Åbrinken ${i}`,
        unit: 'Team Øst',
        roleTitle: 'Peer-medarbejder',
        managerName: 'Søren Ørsted',
        peerName: 'Åse Æbelø',
        startDate: '2026-12-01',
        note: text,
        createdAt: 1_790_000_000_000 + i,
        updatedAt: 1_790_000_100_000 + i,
      };
      const docs: ToolDocRecord[] = (['motivation', 'job-start', 'readiness'] as const).map((tool, k) => ({
        caseId: id,
        tool,
        updatedAt: 1_790_000_050_000 + k,
        data: {
          answers: { why: text, how: `svar ${k} æøå`, empty: '' },
          order: ['why', 'how'],
          checked: { a: true, b: false },
          score: 3.5,
          nested: { deeper: { list: [1, 'to', null, { x: text }] } },
        },
      }));
      const rounds: RoundRecord[] = [0, 1].map((r) => ({
        id: `round-${i}-${r}`,
        caseId: id,
        tool: 'role-star',
        createdAt: 1_790_000_060_000 + r,
        updatedAt: 1_790_000_070_000 + r,
        data: { ratings: { manager: { t1: 3, t2: 5 }, peer: { t1: 4 } }, note: text },
      }));
      await db.cases.add(record);
      await db.toolDocs.bulkAdd(docs);
      await db.rounds.bulkAdd(rounds);
    }
  });
  return ids;
}

/** Everything in the case tables, sorted so two dumps can be compared with deep equality. */
export async function dumpDatabase() {
  const [cases, toolDocs, rounds] = await Promise.all([
    db.cases.toArray(),
    db.toolDocs.toArray(),
    db.rounds.toArray(),
  ]);
  const byKey =
    <T>(key: (item: T) => string) =>
    (a: T, b: T) =>
      key(a).localeCompare(key(b));
  return {
    cases: cases.sort(byKey((c) => c.id)),
    toolDocs: toolDocs.sort(byKey((d) => `${d.caseId}/${d.tool}`)),
    rounds: rounds.sort(byKey((r) => r.id)),
  };
}

/** Empties the case tables and meta. */
export async function clearDatabase(): Promise<void> {
  await Promise.all([db.cases.clear(), db.toolDocs.clear(), db.rounds.clear(), db.meta.clear()]);
}
