// Issue 22: Det praktiske in a volunteer case – the volunteer agreement, expenses, insurance and
// introduction instead of hours and terms; progress counts the volunteer's sections; the report has
// no employment-only word.
import { fireEvent, render, screen, waitFor } from '@testing-library/preact';
import type { CaseKind } from '../../../content/types';
import { storedSnapshot } from '../../../tests/helpers/tool-screen';
import { employmentWords } from '../../../tests/helpers/volunteer-text';
import { CaseKindProvider, LangProvider } from '../../i18n';
import { LocationProvider, Route, Router } from '../../router/router';
import { type CaseFields, type CaseSnapshot, createCase } from '../../storage/cases';
import { ToolsContext } from '../../tool-kit/tools-context';
import { features } from '../registry';
import { draftFunctionDescription } from './draft';
import { feature } from './feature';
import { normalisePracticalities, practicalitiesProgress } from './model';
import { PracticalitiesScreen } from './PracticalitiesScreen';
import { practicalitiesReport } from './report';

const STARTUP_URL = 'https://www.peernet.dk/opstart-og-implementering-ny/';

/** A stored case of `kind`, its Practicalities screen rendered in Danish inside its kind, as the app does. */
async function setup(kind: CaseKind, fields: Partial<CaseFields> = {}) {
  const caseId = await createCase({ organisation: 'Foreningen', peerName: 'Jonas', kind, ...fields });
  const snapshot = await storedSnapshot(caseId);
  history.replaceState(null, '', `/cases/${caseId}/practicalities`);
  render(
    <LangProvider initial="da">
      <LocationProvider>
        <ToolsContext.Provider value={features}>
          <CaseKindProvider kind={kind}>
            <Router>
              <Route
                path="/cases/:caseId/:tool"
                component={() => <PracticalitiesScreen caseRecord={snapshot.case} />}
              />
            </Router>
          </CaseKindProvider>
        </ToolsContext.Provider>
      </LocationProvider>
    </LangProvider>,
  );
  return caseId;
}

/** What the tool itself writes on its screen: its intro, the sections' headings, intros, facts and field labels. */
function toolTexts(): string {
  const parts = [
    ...document.querySelectorAll('.lead, .practical-startup'),
    ...document.querySelectorAll(
      '.practical-section h2, .practical-intro, .practical-facts, .practical-section label',
    ),
    ...document.querySelectorAll('.practical-section .field-hint, .draft-banner p'),
  ];
  return parts.map((element) => element.textContent ?? '').join('\n');
}

function volunteerSnapshot(data: Record<string, unknown>): CaseSnapshot {
  return {
    case: {
      id: 'c1',
      organisation: 'Foreningen',
      unit: '',
      roleTitle: 'Café-peer',
      managerName: 'Mette',
      peerName: 'Jonas',
      startDate: '',
      note: '',
      kind: 'volunteer',
      createdAt: 1,
      updatedAt: 1,
    },
    toolDocs: [{ caseId: 'c1', tool: 'practicalities', data, updatedAt: 1 }],
    rounds: [],
  };
}

describe('Practicalities in a volunteer case', () => {
  it('shows the volunteer sections and none of the employment-only ones', async () => {
    await setup('volunteer');
    expect(await screen.findByRole('heading', { name: 'Frivilligaftale' }, { timeout: 3000 })).toBeTruthy();
    for (const name of [
      'Erfaringer og baggrund',
      'Udgifter og skattefri godtgørelse',
      'Forsikring',
      'Introduktion og oplæring',
      'Supervision og vejledning',
      'Sparring med andre frivillige peers',
      'Den frivillige peers egne overvejelser',
      'Aftale om åbenhed',
      'Beskrivelse af den frivillige opgave',
    ])
      expect(screen.getByRole('heading', { name }), name).toBeTruthy();
    for (const name of ['Timetal', 'Vilkår og løn', 'Kvalifikationer', 'Funktionsbeskrivelse'])
      expect(screen.queryByRole('heading', { name }), name).toBeNull();
    expect(screen.queryByLabelText('Timer om ugen')).toBeNull();
    expect(screen.queryByLabelText('Fleksjob')).toBeNull();
    expect(screen.getByLabelText('Cirka hvor meget tid?')).toBeTruthy();
    expect(screen.getByLabelText('Sådan er den frivillige peer forsikret')).toBeTruthy();
    expect(screen.getByText(/i 2026 højst 3,94 kr\. pr\. km/)).toBeTruthy();
    expect(screen.getByRole('link', { name: /Kilder: TEKNIQ, satser 2026/ })).toBeTruthy();
    // The peer's own parts, unfolded, then every text of the tool itself is free of employment words.
    for (const fold of screen.getAllByRole('button', { name: / – vis$/ })) fireEvent.click(fold);
    expect(screen.getByLabelText('Hvad må de andre frivillige og koordinatoren vide?')).toBeTruthy();
    expect(employmentWords(toolTexts(), 'da')).toEqual([]);
  });

  it('names Peer-Netværket’s start-up offer for an association, with its source link', async () => {
    await setup('volunteer');
    expect(
      await screen.findByText(
        /Vil foreningen have hjælp til at komme i gang med frivillige peers\?/,
        {},
        { timeout: 3000 },
      ),
    ).toBeTruthy();
    const link = screen.getByRole('link', { name: 'Kilde: Peer-Netværket, Opstart & implementering' });
    expect(link.getAttribute('href')).toBe(STARTUP_URL);
  });

  it('counts the volunteer’s ten sections only', async () => {
    const caseId = await setup('volunteer');
    fireEvent.input(await screen.findByLabelText('Opgaverne', {}, { timeout: 3000 }), {
      target: { value: 'Samtaler i caféen' },
    });
    fireEvent.input(screen.getByLabelText('Sådan dækker foreningen udgifter'), {
      target: { value: 'Kørsel efter kørebog' },
    });
    await waitFor(async () =>
      expect(feature.progress(await storedSnapshot(caseId))).toEqual(
        expect.objectContaining({ answered: 2, total: 10 }),
      ),
    );
    const data = (await storedSnapshot(caseId)).toolDocs.find((d) => d.tool === 'practicalities')?.data;
    expect(data).toMatchObject({ agreementTasks: 'Samtaler i caféen', expenses: 'Kørsel efter kørebog' });
    // Hours and terms typed in another kind of case do not count in a volunteer's.
    const state = normalisePracticalities({ hours: '25', terms: 'fleksjob', termsNote: 'Overenskomst' });
    expect(practicalitiesProgress(state, 'volunteer')).toEqual({ answered: 0, total: 10 });
    expect(practicalitiesProgress(state, 'employment')).toEqual({ answered: 2, total: 8 });
  });

  it('keeps an employment case as it was, with the start-up offer for a workplace', async () => {
    await setup('employment');
    expect(await screen.findByRole('heading', { name: 'Vilkår og løn' }, { timeout: 3000 })).toBeTruthy();
    expect(screen.queryByRole('heading', { name: 'Frivilligaftale' })).toBeNull();
    expect(screen.queryByRole('heading', { name: 'Forsikring' })).toBeNull();
    expect(screen.getByText(/Peer-Netværket tilbyder arbejdspladser en opstartspakke/)).toBeTruthy();
    expect(
      screen
        .getByRole('link', { name: 'Kilde: Peer-Netværket, Opstart & implementering' })
        .getAttribute('href'),
    ).toBe(STARTUP_URL);
    expect(screen.queryByText(/i 2026 højst 3,94 kr/)).toBeNull();
  });
});

describe('the Practicalities report of a volunteer case', () => {
  const snapshot = volunteerSnapshot({
    peerEducation: 'yes',
    agreementTasks: 'Samtaler i caféen',
    agreementTime: '3 timer om tirsdagen',
    expenses: 'Kørsel efter kørebog',
    insurance: 'Foreningens ulykkesforsikring',
    introduction: 'Koordinatoren viser rundt',
    wellbeingPlan: 'Pause efter svære samtaler',
    supervisionWho: 'Koordinatoren',
    functionDescription: 'Beskrivelse af opgaven\n- Samtaler',
    voice: { worth: 'Mine erfaringer tæller' },
    disclosure: { colleagues: 'At jeg har erfaringer' },
    // Typed before the case became a volunteer case: kept, but not in a volunteer's report.
    hours: '25',
    terms: 'fleksjob',
    termsNote: 'Overenskomst',
  });
  const everything = new Set(['practicalities.voice', 'practicalities.disclosure'] as const);

  it.each(['da', 'en'] as const)('has the volunteer sections and no employment-only word (%s)', (lang) => {
    const report = practicalitiesReport(snapshot, lang, everything);
    const text = JSON.stringify(report);
    expect(employmentWords(text, lang)).toEqual([]);
    expect(text).toContain('Samtaler i caféen');
    expect(text).toContain('Foreningens ulykkesforsikring');
    expect(text).toContain('Pause efter svære samtaler');
    expect(text).not.toContain('25');
  });

  it('puts the volunteer sections in the order of the screen', () => {
    const headings = (practicalitiesReport(snapshot, 'da', everything)?.blocks ?? [])
      .filter((block) => block.kind === 'heading')
      .map((block) => (block.kind === 'heading' ? block.text : ''));
    expect(headings).toEqual([
      'Erfaringer og baggrund',
      'Frivilligaftale',
      'Udgifter og skattefri godtgørelse',
      'Forsikring',
      'Introduktion og oplæring',
      'Supervision og vejledning',
      'Sparring med andre frivillige peers',
      'Den frivillige peers egne overvejelser',
      'Aftale om åbenhed',
      'Beskrivelse af den frivillige opgave',
    ]);
    expect(practicalitiesReport(snapshot, 'en', everything)?.blocks).toContainEqual({
      kind: 'answer',
      question: 'How the volunteer peer is insured',
      answer: 'Foreningens ulykkesforsikring',
    });
  });

  it('leaves the peer’s own parts out without consent, as in an employment', () => {
    const text = JSON.stringify(practicalitiesReport(snapshot, 'da'));
    expect(text).not.toContain('At jeg har erfaringer');
    expect(text).not.toContain('Mine erfaringer tæller');
  });

  it('is null when only an employment’s fields are filled', () => {
    expect(practicalitiesReport(volunteerSnapshot({ hours: '25' }), 'da')).toBeNull();
  });

  it('drafts a description of the volunteer task', () => {
    const draft = draftFunctionDescription(
      {
        roundName: 'Første samtale',
        date: '',
        items: [{ id: 'groups', label: 'Grupper', value: 3, valueLabel: '3', note: '' }],
      },
      'da',
      'Café-peer',
      'volunteer',
    );
    expect(draft.split('\n')[0]).toBe('Beskrivelse af opgaven: Café-peer');
    expect(employmentWords(draft, 'da')).toEqual([]);
  });
});
