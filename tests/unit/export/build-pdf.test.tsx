// The PDF renderer on report fixtures. Text extraction (pdftotext) is checked in the browser spec;
// here the uncompressed file is read as Latin-1, where WinAnsi text appears in the content streams.
import { svg2pdf } from 'svg2pdf.js';
import { buildPdf } from '../../../src/export/pdf/build-pdf';
import type { ReportSection } from '../../../src/export/report';
import type { CaseRecord } from '../../../src/storage/db';

// svg2pdf's package resolves to a UMD build under vitest; the real drawing is checked in the browser spec.
vi.mock('svg2pdf.js', () => ({ svg2pdf: vi.fn(async (_svg: Element, doc: unknown) => doc) }));

const caseRecord: CaseRecord = {
  id: 'c1',
  organisation: 'Bostedet Åbrinken',
  unit: 'Team Øst',
  roleTitle: 'Peer-medarbejder i bostøtten',
  managerName: 'Søren Ørsted',
  peerName: 'Åse Æbelø',
  startDate: '2026-12-01',
  note: '<img src=x onerror=alert(1)> مرحبا 😀',
  createdAt: 1,
  updatedAt: 2,
};

const longText = 'En lang sætning om forventninger, sparring og supervision på arbejdspladsen. '.repeat(40);

const sections: ReportSection[] = [
  {
    tool: 'motivation',
    title: 'Motivation',
    blocks: [
      { kind: 'heading', text: 'Hvorfor vil vi ansætte en peer-medarbejder?' },
      { kind: 'answer', question: 'Hvad håber I på?', answer: 'Mere håb og ligeværd i mødet.' },
      { kind: 'paragraph', text: longText },
      { kind: 'list', items: ['Første punkt', 'Andet punkt med æøå'] },
    ],
  },
  {
    tool: 'job-start',
    title: 'Jobstart',
    blocks: [
      {
        kind: 'checklist',
        items: [
          { text: 'Nøgle og adgangskort', done: true, detail: 'Ansvarlig: Søren' },
          { text: 'Introduktion til kollegerne', done: false },
        ],
      },
      {
        kind: 'table',
        caption: 'Opgaver',
        columns: ['Opgave', 'Ansvarlig', 'Dato'],
        rows: Array.from({ length: 60 }, (_, i) => [
          `Opgave nr. ${i + 1} med en længere beskrivelse`,
          'Åse',
          '2026-12-01',
        ]),
      },
    ],
  },
];

function latin1(bytes: ArrayBuffer): string {
  return new TextDecoder('latin1').decode(bytes);
}

test('a case PDF has a cover, every section, page numbers and Danish letters', async () => {
  const bytes = await buildPdf({
    caseRecord,
    sections,
    lang: 'da',
    isoDate: '2026-11-23',
    uncompressed: true,
  });
  const raw = latin1(bytes);
  expect(raw.startsWith('%PDF-')).toBe(true);
  expect(raw).toContain('Bostedet Åbrinken');
  expect(raw).toContain('Forløbsrapport');
  expect(raw).toContain('Søren Ørsted');
  expect(raw).toContain('Mere håb og ligeværd i mødet.');
  expect(raw).toContain('Nøgle og adgangskort');
  const pages = Number(/\/Count (\d+)/.exec(raw)?.[1]);
  expect(pages).toBeGreaterThanOrEqual(4);
  expect(raw).toContain(`Side ${pages} af ${pages}`);
  expect(raw).toContain('Peerstart · 23. november 2026');
  // Markup stays text; characters outside WinAnsi become "?" and the cover says so.
  expect(raw).toContain('<img src=x onerror=alert\\(1\\)>');
  expect(raw).toContain('erstattet med "?"');
});

test('an English tool PDF says which tool it is and that nothing is filled in yet', async () => {
  const bytes = await buildPdf({
    caseRecord: { ...caseRecord, organisation: '' },
    sections: [],
    lang: 'en',
    isoDate: '2026-11-23',
    toolTitle: 'Job start',
    uncompressed: true,
  });
  const raw = latin1(bytes);
  expect(raw).toContain('Report: Job start');
  expect(raw).toContain('Untitled case');
  expect(raw).toContain('Nothing has been filled in in this tool yet.');
  expect(raw).toContain('Page 1 of 1');
});

test('the table header is repeated on the next page', async () => {
  const bytes = await buildPdf({
    caseRecord,
    sections,
    lang: 'da',
    isoDate: '2026-11-23',
    uncompressed: true,
  });
  const raw = latin1(bytes);
  const headers = raw.match(/\(Ansvarlig\) Tj/g) ?? [];
  expect(headers.length).toBeGreaterThanOrEqual(2);
});

test('a chart is handed to svg2pdf as the same SVG element, sized to its view box, then removed', async () => {
  const chart = (
    <svg xmlns="http://www.w3.org/2000/svg" viewBox="0 0 400 300" data-testid="star" role="img">
      <title>Stjerne</title>
      <circle cx={200} cy={150} r={100} fill="none" stroke="#000" />
    </svg>
  );
  const mocked = vi.mocked(svg2pdf);
  mocked.mockClear();
  await buildPdf({
    caseRecord,
    sections: [
      { tool: 'role-star', title: 'Rollestjernen', blocks: [{ kind: 'chart', title: 'Stjerne', chart }] },
    ],
    lang: 'da',
    isoDate: '2026-11-23',
  });
  expect(mocked).toHaveBeenCalledTimes(1);
  const [svg, , box] = mocked.mock.calls[0] ?? [];
  expect((svg as Element).getAttribute('data-testid')).toBe('star');
  expect(box?.width).toBeCloseTo(150);
  expect(box?.height).toBeCloseTo(112.5);
  expect(document.querySelector('[data-testid="star"]')).toBeNull();
});

test('a huge note and a word longer than a line do not break the PDF', async () => {
  const note = `${'Lang note om forløbet. '.repeat(1_500)}${'x'.repeat(5_000)}`;
  const bytes = await buildPdf({
    caseRecord: { ...caseRecord, note },
    sections: [
      { tool: 'motivation', title: 'Motivation', blocks: [{ kind: 'paragraph', text: 'y'.repeat(3_000) }] },
    ],
    lang: 'da',
    isoDate: '2026-11-23',
    uncompressed: true,
  });
  const raw = latin1(bytes);
  const pages = Number(/\/Count (\d+)/.exec(raw)?.[1]);
  expect(pages).toBeGreaterThan(5);
  expect(raw).toContain('(Indhold) Tj');
  expect(raw).toContain(`Side ${pages} af ${pages}`);
});
