// The PDF engine on text in many scripts: fonts from public/fonts, subset-embedded, tagged.
import { readFile, writeFile } from "node:fs/promises";
import { join } from "node:path";
import { buildPdf } from '../../../src/export/pdf/build-pdf';
import type { ReportSection } from '../../../src/export/report';
import type { CaseRecord } from '../../../src/storage/db';

const loadFont = async (file: string) => {
  const bytes = await readFile(join(process.cwd(), "public/fonts", file));
  return bytes.buffer.slice(bytes.byteOffset, bytes.byteOffset + bytes.byteLength) as ArrayBuffer;
};

const caseRecord: CaseRecord = {
  id: 'c1',
  organisation: 'Bostedet Åbrinken',
  unit: 'Team Øst',
  roleTitle: 'Peer-medarbejder',
  managerName: 'Łukasz Wiśniewski',
  peerName: 'Ayşe Nguyễn',
  startDate: '2026-12-01',
  note: 'مرحبا بكم في الفريق 😀',
  createdAt: 1,
  updatedAt: 2,
};

const sections: ReportSection[] = [
  {
    tool: 'motivation',
    title: 'Motivation',
    blocks: [
      { kind: 'heading', text: 'Hvorfor?' },
      { kind: 'answer', question: 'Hvem?', answer: 'Nguyễn Thị Đặng og Ahmad al-Sayed' },
      { kind: 'paragraph', text: 'Καλημέρα σας · Добрый день · שלום עולם · İstanbul ğüşöç' },
      { kind: 'list', items: ['Zażółć gęślą jaźń', 'Ελληνικά'] },
      { kind: 'table', caption: 'Tabel', columns: ['Navn', 'Note'], rows: [['Ayşe', 'שלום'], ['Łukasz', 'مرحبا']] },
    ],
  },
];

test('every script prints as text', async () => {
  const bytes = await buildPdf({ caseRecord, sections, lang: 'da', isoDate: '2026-11-23', loadFont });
  await writeFile('/tmp/pdf-scripts.pdf', new Uint8Array(bytes));
  expect(bytes.byteLength).toBeGreaterThan(1000);
});
