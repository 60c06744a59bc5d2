// The Role Star's part of the PDF: with two revealed rounds, the report compares them (both agreed
// stars on one radar, their numbers and what changed) before the rounds themselves.

import { buildPdf } from '../../pdf/build-pdf';
import { loadFont, pdfText, structTypes } from '../../pdf/pdf-read.test-helper';
import type { CaseSnapshot } from '../../storage/cases';
import { roleStarReport } from './report';

const ids = ['one-to-one', 'groups', 'teaching', 'voice'];
const round = (id: string, createdAt: number, name: string, agreed: Record<string, number>) => ({
  id,
  caseId: 'c1',
  tool: 'role-star',
  createdAt,
  updatedAt: createdAt,
  data: {
    name,
    date: '2026-11-23',
    dimensionIds: ids,
    labels: {},
    ratings: { manager: agreed, peer: agreed },
    finished: { manager: true, peer: true },
    revealed: true,
    agreed,
    notes: {},
  },
});

const snapshot = {
  case: {
    id: 'c1',
    organisation: 'Bostedet Åbrinken',
    unit: '',
    roleTitle: '',
    managerName: 'Mette',
    peerName: 'Ali',
    startDate: '',
    note: '',
    createdAt: 1,
    updatedAt: 1,
  },
  toolDocs: [],
  rounds: [
    round('r1', 1, 'Ansættelsessamtale', { 'one-to-one': 1, groups: 2, teaching: 3, voice: 4 }),
    round('r2', 2, 'Efter tre måneder', { 'one-to-one': 3, groups: 2, teaching: 1, voice: 4 }),
  ],
} as unknown as CaseSnapshot;

test('two revealed rounds are compared on one radar, with a table and what changed', async () => {
  const section = roleStarReport(snapshot, 'da');
  expect(section).not.toBeNull();
  if (!section) return;
  const kinds = section.blocks.map((b) => (b.kind === 'heading' ? `heading:${b.text}` : b.kind));
  const compare = kinds.indexOf('heading:Sammenlign to runder');
  expect(compare).toBe(1);
  expect(kinds.slice(compare, compare + 5)).toEqual([
    'heading:Sammenlign to runder',
    'chart',
    'table',
    'heading:Det har ændret sig',
    'list',
  ]);
  const changed = section.blocks[compare + 4];
  expect(changed?.kind === 'list' && changed.items).toEqual([
    expect.stringMatching(/^Individuelle peer-samtaler \(\+2: fra /),
    expect.stringMatching(/^Undervisning.*\(-2: fra /),
  ]);

  const bytes = await buildPdf({
    caseRecord: snapshot.case,
    sections: [section],
    lang: 'da',
    isoDate: '2026-11-23',
    uncompressed: true,
    loadFont,
  });
  const text = pdfText(bytes).replace(/\n/g, ' ');
  expect(text).toContain('Sammenlign to runder');
  expect(text).toContain('Aftalt stjerne: Ansættelsessamtale (23. november 2026) og Efter tre måneder');
  // Three radars: the comparison and one per round.
  expect(structTypes(bytes).filter((t) => t === 'Figure')).toHaveLength(3);
});
