// Issue 22: in a volunteer case the Role Star's raters are the coordinator, the volunteer peer and a
// third from the association, on every screen, in the chart's table and legend, and in the PDF.
import { cleanup, fireEvent, render, screen, within } from '@testing-library/preact';
import { afterEach, describe, expect, it } from 'vitest';
import type { Lang } from '../../../content/types';
import { employmentWords, toolText } from '../../../tests/helpers/volunteer-text';
import { CaseKindProvider, LangProvider } from '../../i18n';
import { LocationProvider, Route, Router } from '../../router/router';
import { type CaseSnapshot, createCase, loadCaseSnapshot } from '../../storage/cases';
import type { CaseRecord } from '../../storage/db';
import { createRound } from '../../storage/rounds';
import { ToolsContext } from '../../tool-kit/tools-context';
import { Toasts } from '../../ui/Toasts';
import { features } from '../registry';
import { latestAgreedStar } from './agreed';
import { RoleStarScreen } from './RoleStarScreen';
import { roleStarReport } from './report';

const THREE = ['one-to-one', 'general-tasks', 'bridge-staff'];

async function volunteerCase(names: { managerName?: string; peerName?: string } = {}) {
  const id = await createCase({ organisation: 'Foreningen Lyspunktet', kind: 'volunteer', ...names });
  return (await loadCaseSnapshot(id))?.case as CaseRecord;
}

function show(caseRecord: CaseRecord, lang: Lang, query = '') {
  history.replaceState(null, '', `/cases/${caseRecord.id}/role-star${query}`);
  return render(
    <LangProvider initial={lang}>
      <CaseKindProvider kind="volunteer">
        <LocationProvider>
          <ToolsContext.Provider value={features}>
            <Router>
              <Route
                path="/cases/:caseId/role-star"
                component={() => <RoleStarScreen caseRecord={caseRecord} />}
              />
            </Router>
          </ToolsContext.Provider>
        </LocationProvider>
        <Toasts />
      </CaseKindProvider>
    </LangProvider>,
  );
}

/** A three-rater round, rated and revealed. */
async function revealedRound(caseId: string) {
  return createRound(caseId, 'role-star', {
    name: 'Første samtale',
    date: '2026-03-02',
    dimensionIds: THREE,
    labels: {},
    ratings: {
      manager: { 'one-to-one': 4, 'general-tasks': 1, 'bridge-staff': 2 },
      peer: { 'one-to-one': 4, 'general-tasks': 3, 'bridge-staff': 2 },
      colleague: { 'one-to-one': 3, 'general-tasks': 2, 'bridge-staff': 2 },
    },
    raters: ['manager', 'peer', 'colleague'],
    finished: { manager: true, peer: true, colleague: true },
    revealed: true,
    agreed: { 'one-to-one': 4, 'general-tasks': 3 },
    notes: {},
  });
}

afterEach(() => {
  cleanup();
  history.replaceState(null, '', '/');
});

describe('Role Star in a volunteer case', () => {
  it('offers the coordinator, the volunteer peer and a third from the association as raters', async () => {
    const caseRecord = await volunteerCase();
    show(caseRecord, 'da');
    expect(await screen.findByRole('radio', { name: /Koordinator og frivillig peer/ })).toBeTruthy();
    expect(screen.getByRole('button', { name: 'Koordinatoren starter' })).toBeTruthy();
    expect(screen.getByRole('button', { name: 'Den frivillige peer starter' })).toBeTruthy();
    fireEvent.click(screen.getByRole('radio', { name: /Koordinator, frivillig peer og en tredje/ }));
    expect(await screen.findByLabelText('Den tredjes navn (valgfrit)')).toBeTruthy();
    expect(screen.getByRole('button', { name: 'Den tredje starter' })).toBeTruthy();
    fireEvent.click(screen.getByRole('radio', { name: /Den frivillige peer alene/ }));
    expect(employmentWords(toolText(), 'da')).toEqual([]);

    // The turn names the coordinator, and hides the volunteer peer's answers.
    fireEvent.click(screen.getByRole('radio', { name: /Koordinator og frivillig peer/ }));
    fireEvent.click(await screen.findByRole('button', { name: 'Koordinatoren starter' }));
    expect(await screen.findByRole('heading', { name: 'Koordinatoren vurderer nu' })).toBeTruthy();
    expect(screen.getByText(/Den frivillige peers svar er skjult/)).toBeTruthy();
    expect(screen.getByRole('group', { name: /Generelle opgaver i foreningen/ })).toBeTruthy();
    expect(employmentWords(toolText(), 'da')).toEqual([]);
  });

  it.each(['da', 'en'] as const)(
    'names the raters in the reveal, its table and legend, with no employment word (%s)',
    async (lang) => {
      const caseRecord = await volunteerCase({ managerName: 'Mette' });
      const roundId = await revealedRound(caseRecord.id);
      show(caseRecord, lang, `?round=${roundId}`);
      const table = await screen.findByRole('table', { name: /Første samtale/ });
      expect(
        within(table)
          .getAllByRole('columnheader')
          .map((th) => th.textContent),
      ).toEqual(
        lang === 'da'
          ? ['Opgave', 'Koordinator (Mette)', 'Frivillig peer', 'Tredje person', 'Aftalt']
          : ['Task', 'Coordinator (Mette)', 'Volunteer peer', 'Third rater', 'Agreed'],
      );
      expect(employmentWords(toolText(), lang)).toEqual([]);
      expect(toolText()).toContain(
        lang === 'da' ? 'Bindeled mellem brugerne og foreningen' : 'the association',
      );
    },
  );

  it('folds the volunteer peer’s own star under the volunteer peer’s name', async () => {
    const caseRecord = await volunteerCase();
    const roundId = await createRound(caseRecord.id, 'role-star', {
      name: 'Min egen',
      date: '',
      dimensionIds: THREE,
      labels: {},
      ratings: { manager: {}, peer: { 'one-to-one': 4, 'general-tasks': 1, 'bridge-staff': 3 } },
      raters: ['peer'],
      finished: { peer: true },
      agreed: {},
      notes: {},
    });
    show(caseRecord, 'da', `?round=${roundId}`);
    expect(
      await screen.findByRole('button', { name: 'Den frivillige peers egen rollestjerne – vis' }),
    ).toBeTruthy();
    expect(screen.getByText(/Skjult, fordi det er den frivillige peers egne ord/)).toBeTruthy();
    expect(employmentWords(toolText(), 'da')).toEqual([]);
  });

  it('keeps the PDF section in the same words, the chart included', async () => {
    const caseRecord = await volunteerCase();
    await revealedRound(caseRecord.id);
    await createRound(caseRecord.id, 'role-star', {
      name: 'Min egen',
      date: '',
      dimensionIds: THREE,
      labels: {},
      ratings: { manager: {}, peer: { 'one-to-one': 4, 'general-tasks': 1, 'bridge-staff': 3 } },
      raters: ['peer'],
      finished: { peer: true },
      agreed: {},
      notes: {},
    });
    const snapshot = (await loadCaseSnapshot(caseRecord.id)) as CaseSnapshot;
    for (const lang of ['da', 'en'] as const) {
      const report = roleStarReport(snapshot, lang, new Set(['role-star.solo']));
      const blocks = report?.blocks ?? [];
      const charts = blocks.flatMap((b) => (b.kind === 'chart' ? [b.chart] : []));
      expect(charts.length).toBeGreaterThan(0);
      const chartText = charts.map((chart) => render(chart).container.textContent).join(' ');
      cleanup();
      const text = `${report?.title} ${JSON.stringify(blocks.filter((b) => b.kind !== 'chart'))} ${chartText}`;
      expect(employmentWords(text, lang), lang).toEqual([]);
      expect(chartText).toContain(lang === 'da' ? 'Koordinator' : 'Coordinator');
      // Newest round first: the three raters' round is the last table.
      const table = blocks.filter((b) => b.kind === 'table').at(-1);
      expect(table?.kind === 'table' && table.columns).toEqual(
        lang === 'da'
          ? ['Opgave', 'Aftalt', 'Koordinator', 'Frivillig peer', 'Tredje person']
          : ['Task', 'Agreed', 'Coordinator', 'Volunteer peer', 'Third rater'],
      );
    }
    // The agreed star other tools draw on reads the volunteer names of the tasks.
    expect(latestAgreedStar(snapshot, 'da')?.items.map((item) => item.label)).toContain(
      'Generelle opgaver i foreningen',
    );
  });
});
