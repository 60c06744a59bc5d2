// The PDF renderer on report fixtures, read back from the uncompressed file: text through the
// fonts' ToUnicode maps, the tag tree, metadata. pdftotext/pdffonts/pdfinfo run in the browser spec.
import { render } from 'preact';
import { RadarChart } from '../chart/RadarChart';
import type { CaseRecord } from '../storage/db';
import type { ReportSection } from '../tool-kit/report';
import { buildPdf } from './build-pdf';
import { loadFont, pdfText, structTypes } from './pdf-read.test-helper';

const caseRecord: CaseRecord = {
  id: 'c1',
  organisation: 'Bostedet Åbrinken',
  unit: 'Team Øst',
  roleTitle: 'Peer-medarbejder i bostøtten',
  managerName: 'Łukasz Wiśniewski',
  peerName: 'Ayşe Nguyễn',
  startDate: '2026-12-01',
  note: '<img src=x onerror=alert(1)> Καλημέρα · Привет 😀',
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

const latin1 = (bytes: ArrayBuffer) => new TextDecoder('latin1').decode(bytes);
const pages = (bytes: ArrayBuffer) =>
  Number(/\/Type \/Pages \/Kids \[[^\]]*\] \/Count (\d+)/.exec(latin1(bytes))?.[1]);

test('a case PDF has a cover, every section, page numbers and every name as typed', async () => {
  const loaded: string[] = [];
  const bytes = await buildPdf({
    caseRecord,
    sections,
    lang: 'da',
    isoDate: '2026-11-23',
    uncompressed: true,
    loadFont: (file) => {
      loaded.push(file);
      return loadFont(file);
    },
  });
  const text = pdfText(bytes);
  for (const expected of [
    'Bostedet Åbrinken',
    'Forløbsrapport',
    'Łukasz Wiśniewski',
    'Mere håb og ligeværd i mødet.',
    'Nøgle og adgangskort',
    'Καλημέρα',
    'Привет',
    '<img src=x onerror=alert(1)>',
    'Peerstart · 23. november 2026',
  ]) {
    expect(text).toContain(expected);
  }
  // Vietnamese letters come from another font file than the Latin ones: the run is split, not lost.
  expect(text.replace(/\n/g, '')).toContain('Nguyễn');
  const count = pages(bytes);
  expect(count).toBeGreaterThanOrEqual(4);
  expect(text).toContain(`Side ${count} af ${count}`);
  // Only the files the text needs are fetched: no Arabic or Hebrew here.
  expect(loaded.some((f) => f.includes('greek'))).toBe(true);
  expect(loaded.some((f) => f.includes('arabic') || f.includes('hebrew'))).toBe(false);
});

test('the PDF is tagged, has a language, a title shown as the window title and subset fonts', async () => {
  const bytes = await buildPdf({
    caseRecord,
    sections,
    lang: 'da',
    isoDate: '2026-11-23',
    uncompressed: true,
    loadFont,
  });
  const raw = latin1(bytes);
  expect(raw).toContain('/MarkInfo <</Marked true>>');
  expect(raw).toContain('/DisplayDocTitle true');
  expect(raw).toMatch(/\/Lang <FEFF00640061002D0044004B>/);
  expect(raw).toContain('<pdfuaid:part>1</pdfuaid:part>');
  const fonts = [...raw.matchAll(/\/BaseFont \/([A-Z]{6})\+/g)];
  expect(fonts.length).toBeGreaterThan(0);
  const types = structTypes(bytes);
  expect(types[0]).toBe('Document');
  // Headings in order: the cover's H1, the contents H2, then each section's H1 and its H2.
  expect(types.filter((t) => /^H\d$/.test(t))).toEqual(['H1', 'H2', 'H1', 'H2', 'H1']);
  for (const type of ['Table', 'TR', 'TH', 'TD', 'Caption', 'L', 'LI', 'Lbl', 'LBody', 'TOC', 'TOCI', 'P']) {
    expect(types).toContain(type);
  }
  expect(raw).toContain('/Scope /Column');
});

test('an English tool PDF says which tool it is and that nothing is filled in yet', async () => {
  const bytes = await buildPdf({
    caseRecord: { ...caseRecord, organisation: '' },
    sections: [],
    lang: 'en',
    isoDate: '2026-11-23',
    toolTitle: 'Job start',
    uncompressed: true,
    loadFont,
  });
  const text = pdfText(bytes);
  expect(text).toContain('Report: Job start');
  expect(text).toContain('Untitled case');
  expect(text).toContain('Nothing has been filled in in this tool yet.');
  expect(text).toContain('Page 1 of 1');
});

test('the table header is repeated on the next page, as an artifact', async () => {
  const bytes = await buildPdf({
    caseRecord,
    sections,
    lang: 'da',
    isoDate: '2026-11-23',
    uncompressed: true,
    loadFont,
  });
  const headers = pdfText(bytes).match(/Ansvarlig/g) ?? [];
  expect(headers.length).toBeGreaterThanOrEqual(2);
  expect(structTypes(bytes).filter((t) => t === 'TH').length).toBe(3 + 8); // the table's 3 column headers, and the cover's 8 rows (the case's kind and its 7 details)
});

test('a chart is drawn as vector graphics in a Figure with alternative text', async () => {
  const chart = (
    <svg xmlns="http://www.w3.org/2000/svg" viewBox="0 0 400 300" role="img">
      <title>Stjerne</title>
      <desc>To personers vurdering</desc>
      <circle cx={200} cy={150} r={100} fill="none" stroke="#000" />
      <text x={200} y={150} text-anchor="middle" font-size={16}>
        Udvikling
      </text>
    </svg>
  );
  const bytes = await buildPdf({
    caseRecord,
    sections: [
      { tool: 'role-star', title: 'Rollestjernen', blocks: [{ kind: 'chart', title: 'Stjerne', chart }] },
    ],
    lang: 'da',
    isoDate: '2026-11-23',
    uncompressed: true,
    loadFont,
  });
  const raw = latin1(bytes);
  expect(structTypes(bytes)).toContain('Figure');
  const alt = /\/S \/Figure[\s\S]*?\/Alt <FEFF([0-9A-F]+)>/.exec(raw)?.[1] ?? '';
  const altText = alt
    .match(/.{4}/g)
    ?.map((h) => String.fromCharCode(Number.parseInt(h, 16)))
    .join('');
  expect(altText).toContain('Stjerne. To personers vurdering');
  expect(raw).toMatch(/ c [\s\S]* S Q/); // the circle as Bézier curves, stroked
  expect(pdfText(bytes)).toContain('Udvikling');
  expect(document.querySelector('svg')).toBeNull();
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
    loadFont,
  });
  const count = pages(bytes);
  expect(count).toBeGreaterThan(5);
  const text = pdfText(bytes);
  expect(text).toContain('Indhold');
  expect(text).toContain(`Side ${count} af ${count}`);
});

test('a radar axis label cut with "…" on screen is wrapped in full in the PDF', async () => {
  const long = 'Udvikling af tilbud og recovery-orienteret praksis i hele huset';
  const axes = ['Samtaler', 'Grupper', long, 'Undervisning', 'Brugerstemmen'].map((label, i) => ({
    id: `a${i}`,
    label,
  }));
  const values = Object.fromEntries(axes.map((a, i) => [a.id, i % 5]));
  const chart = (
    <RadarChart
      input={{ axes, series: [{ id: 'agreed', label: 'Aftalt', style: 'agreed', values }], min: 0, max: 4 }}
      title="Stjerne"
      description="Aftalt"
    />
  );
  const host = document.createElement('div');
  render(chart, host);
  const screen = host.textContent ?? '';
  render(null, host);
  expect(screen).toContain('…');
  const bytes = await buildPdf({
    caseRecord,
    sections: [
      { tool: 'role-star', title: 'Rollestjernen', blocks: [{ kind: 'chart', title: 'Stjerne', chart }] },
    ],
    lang: 'da',
    isoDate: '2026-11-23',
    uncompressed: true,
    loadFont,
  });
  const text = pdfText(bytes).replace(/\n/g, ' ');
  expect(text).not.toContain('…');
  for (const word of long.split(' ')) expect(text).toContain(word);
});
