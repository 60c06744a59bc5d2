import { cleanup, fireEvent, render, screen, waitFor, within } from '@testing-library/preact';
import { afterEach, describe, expect, it } from 'vitest';
import { roleStarDimensions } from '../../../content/role-star';
import { LangProvider } from '../../i18n';
import { LocationProvider, Route, Router } from '../../router/router';
import { createCase, loadCaseSnapshot } from '../../storage/cases';
import type { CaseRecord } from '../../storage/db';
import { createRound } from '../../storage/rounds';
import { updateToolData } from '../../storage/tool-docs';
import { flushAllWrites } from '../../storage/writes';
import { ToolsContext } from '../../tool-kit/tools-context';
import { Toasts } from '../../ui/Toasts';
import { features } from '../registry';
import { latestAgreedStar } from './agreed';
import { feature } from './feature';
import { normaliseRound } from './model';
import { RoleStarScreen } from './RoleStarScreen';
import { roleStarReport } from './report';

const THREE = ['one-to-one', 'groups', 'general-tasks'];

async function newCase(): Promise<CaseRecord> {
  const id = await createCase({ managerName: 'Mette', peerName: 'Ali' });
  // Keep only three dimensions visible, so a round is quick to play through.
  await updateToolData(id, 'role-star', () => ({
    hidden: Object.fromEntries(
      roleStarDimensions.filter((d) => !THREE.includes(d.id)).map((d) => [d.id, true]),
    ),
  }));
  return (await loadCaseSnapshot(id))?.case as CaseRecord;
}

function show(caseRecord: CaseRecord, query = '') {
  history.replaceState(null, '', `/cases/${caseRecord.id}/role-star${query}`);
  return render(
    <LangProvider initial="da">
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
    </LangProvider>,
  );
}

async function storedRound(caseId: string) {
  const snapshot = await loadCaseSnapshot(caseId);
  // The round on screen, else the newest (two rounds made in one test can share a creation time).
  const open = new URLSearchParams(location.search).get('round');
  const record = snapshot?.rounds.find((r) => r.id === open) ?? snapshot?.rounds.at(-1);
  if (!snapshot || !record) throw new Error('no round');
  return { snapshot, id: record.id, data: normaliseRound(record.data) };
}

/** Picks `label` for the dimension whose control is labelled `name` (e.g. "1. Individuelle peer-samtaler"). */
async function pick(name: RegExp, label: string) {
  const group = await screen.findByRole('group', { name });
  // Long scale words carry soft hyphens so they can break on a narrow button; readers ignore them.
  fireEvent.click(within(group).getByRole('radio', { name: (n) => n.replaceAll('\u00ad', '') === label }));
}

afterEach(() => {
  cleanup();
  history.replaceState(null, '', '/');
});

describe('Role Star: rating blind, one person at a time', () => {
  it('starts in one tap, hides the first person’s answers from the hand-over on, and the second starts from nothing', async () => {
    const caseRecord = await newCase();
    show(caseRecord);
    // Choosing who starts is what starts the round.
    fireEvent.click(await screen.findByRole('button', { name: 'Mette starter' }));
    expect(await screen.findByRole('heading', { name: 'Mette vurderer nu' })).toBeTruthy();
    expect(screen.getByText(/Alis svar er skjult/)).toBeTruthy();

    await pick(/^1\. Individuelle/, 'Kerneopgave');
    await pick(/^2\. Grupper/, 'Lejlighedsvis');
    await waitFor(async () =>
      expect(Object.keys((await storedRound(caseRecord.id)).data.ratings.manager)).toHaveLength(2),
    );
    // Finishing with an answer missing points to it instead of moving on.
    fireEvent.click(screen.getByRole('button', { name: 'Færdig – giv tabletten til Ali' }));
    expect((await screen.findByRole('alert')).textContent).toContain('1 opgave mangler');
    // The last open answer ends Mette's turn: the tablet goes to Ali, with Mette's answers hidden.
    await pick(/^3\. Generelle/, 'Spring over');
    expect(await screen.findByRole('heading', { name: 'Ali vurderer nu' })).toBeTruthy();
    expect(screen.getByText('Mettes svar er gemt og skjult. Giv tabletten til Ali.')).toBeTruthy();
    // The screen moves on at once; the store follows when the write has committed.
    await waitFor(async () => {
      const stored = await storedRound(caseRecord.id);
      expect(stored.data.ratings.manager).toEqual({ 'one-to-one': 4, groups: 1, 'general-tasks': 'skip' });
      expect(stored.data.finished).toEqual({ manager: true });
      expect(stored.data.current).toBe('peer');
    });

    const radios = screen.getAllByRole('radio') as HTMLInputElement[];
    expect(radios).toHaveLength(18);
    expect(radios.filter((r) => r.checked)).toHaveLength(0);
    expect(screen.getByText(/Mettes svar er skjult/)).toBeTruthy();
    expect(screen.getByText('0 af 3')).toBeTruthy();
    expect(screen.queryByText('Kerneopgave', { selector: 'strong, p, span:not(.segment-label)' })).toBeNull();

    // Mette wants one answer back: her turn returns, with her answers.
    fireEvent.click(screen.getByRole('button', { name: 'Tilbage – Mette er ikke færdig' }));
    expect(await screen.findByRole('heading', { name: 'Mette vurderer nu' })).toBeTruthy();
    expect((screen.getAllByRole('radio') as HTMLInputElement[]).filter((r) => r.checked)).toHaveLength(3);
  });

  it('after the last person’s last answer, they are ready to see the stars (and can still go back)', async () => {
    const caseRecord = await newCase();
    const roundId = await createRound(caseRecord.id, 'role-star', {
      name: 'Samtale',
      date: '2026-03-02',
      dimensionIds: THREE,
      labels: {},
      ratings: {
        manager: { groups: 2, 'one-to-one': 3, 'general-tasks': 1 },
        peer: { groups: 2, 'one-to-one': 3 },
      },
      finished: { manager: true },
      current: 'peer',
      agreed: {},
      notes: {},
    });
    show(caseRecord, `?round=${roundId}`);
    await pick(/^3\. Generelle/, 'Vigtig del');
    expect(await screen.findByRole('heading', { name: 'I er begge færdige' })).toBeTruthy();
    fireEvent.click(screen.getByRole('button', { name: 'Tilbage – Ali vil rette et svar' }));
    expect(await screen.findByRole('heading', { name: 'Ali vurderer nu' })).toBeTruthy();
  });

  it('resumes exactly where they were after a reload, and the one who handed over can take it back', async () => {
    const caseRecord = await newCase();
    const roundId = await createRound(caseRecord.id, 'role-star', {
      name: 'Samtale',
      date: '2026-03-02',
      dimensionIds: THREE,
      labels: {},
      ratings: { manager: {}, peer: { groups: 2, 'one-to-one': 3, 'general-tasks': 1 } },
      finished: { peer: true },
      current: 'peer',
      agreed: {},
      notes: {},
    });
    const view = show(caseRecord, `?round=${roundId}`);
    expect(await screen.findByRole('heading', { name: 'Giv tabletten til Mette' })).toBeTruthy();
    view.unmount();
    show(caseRecord, `?round=${roundId}`);
    expect(await screen.findByRole('heading', { name: 'Giv tabletten til Mette' })).toBeTruthy();
    fireEvent.click(screen.getByRole('button', { name: 'Tilbage – Ali er ikke færdig' }));
    expect(await screen.findByRole('heading', { name: 'Ali vurderer nu' })).toBeTruthy();
    expect((screen.getAllByRole('radio') as HTMLInputElement[]).filter((r) => r.checked)).toHaveLength(3);
  });
});

describe('Role Star: the reveal and the agreed star', () => {
  async function bothDone() {
    const caseRecord = await newCase();
    const roundId = await createRound(caseRecord.id, 'role-star', {
      name: 'Ansættelsessamtale',
      date: '2026-03-02',
      dimensionIds: THREE,
      labels: {},
      ratings: {
        manager: { 'one-to-one': 4, groups: 1, 'general-tasks': 3 },
        peer: { 'one-to-one': 4, groups: 4, 'general-tasks': 'skip' },
      },
      finished: { peer: true, manager: true },
      current: 'manager',
      agreed: {},
      notes: {},
    });
    show(caseRecord, `?round=${roundId}`);
    return { caseRecord, roundId };
  }

  it('shows both stars together with the biggest difference first, marked to talk about', async () => {
    await bothDone();
    expect(await screen.findByRole('heading', { name: 'I er begge færdige' })).toBeTruthy();
    expect(screen.queryByText('Kerneopgave')).toBeNull();
    fireEvent.click(screen.getByRole('button', { name: 'Vis vores stjerner' }));
    expect(await screen.findByRole('heading', { name: 'Jeres to stjerner' })).toBeTruthy();
    expect(screen.getByRole('group', { name: /Rollestjernen: Ansættelsessamtale/ })).toBeTruthy();
    expect(screen.getByRole('table', { name: /Vurderinger i Ansættelsessamtale/ })).toBeTruthy();
    const list = screen.getByRole('heading', { name: 'Forskelle – tal om dem først' })
      .parentElement as HTMLElement;
    const items = within(list).getAllByRole('listitem');
    expect(items.map((li) => li.querySelector('.rs-difference-name')?.textContent)).toEqual([
      'Grupper og gruppeforløb',
      'Generelle medarbejderopgaver',
    ]);
    expect(within(list).getByText('Samme vurdering:').parentElement?.textContent).toContain(
      'Individuelle peer-samtaler',
    );
    expect(within(items[0] as HTMLElement).getByText('Tal om denne')).toBeTruthy();
    expect(within(items[0] as HTMLElement).getByText('Forskel: 3')).toBeTruthy();
    expect(within(items[1] as HTMLElement).getByText('Sprunget over af en af jer')).toBeTruthy();
    const agree = within(
      screen.getByRole('heading', { name: 'Jeres aftalte stjerne' }).parentElement as HTMLElement,
    );
    expect(agree.getAllByText('Leder (Mette): Lejlighedsvis')).toHaveLength(1);
    expect(agree.getAllByText('Peer-medarbejder (Ali): Kerneopgave')).toHaveLength(2);
  });

  it('saves agreed values and notes; the agreed star is the round’s outcome', async () => {
    const { caseRecord } = await bothDone();
    fireEvent.click(await screen.findByRole('button', { name: 'Vis vores stjerner' }));
    fireEvent.click(
      await screen.findByRole('button', { name: 'Brug jeres fælles værdi, hvor I gav det samme (1)' }),
    );
    await waitFor(async () =>
      expect((await storedRound(caseRecord.id)).data.agreed).toEqual({ 'one-to-one': 4 }),
    );
    await pick(/^Aftalt for Grupper/, 'Mindre, fast del');
    await pick(/^Aftalt for Generelle/, 'Vigtig del');
    const note = within(
      screen.getByRole('group', { name: /^Aftalt for Grupper/ }).closest('li') as HTMLElement,
    ).getByLabelText(/^Note \(valgfri\) – Grupper/);
    fireEvent.input(note, { target: { value: 'Én gruppe om ugen' } });
    expect(await screen.findByText('Jeres aftalte stjerne er klar')).toBeTruthy();
    expect(screen.getByText(/Generelle medarbejderopgaver fylder meget/)).toBeTruthy();

    await waitFor(async () =>
      expect((await storedRound(caseRecord.id)).data.notes.groups).toBe('Én gruppe om ugen'),
    );
    const { snapshot } = await storedRound(caseRecord.id);
    expect(feature.progress(snapshot)).toMatchObject({ answered: 3, total: 3 });
    expect(latestAgreedStar(snapshot, 'da')?.items.map((i) => [i.label, i.valueLabel, i.note])).toEqual([
      ['Individuelle peer-samtaler', 'Kerneopgave', ''],
      ['Generelle medarbejderopgaver', 'Vigtig del', ''],
      ['Grupper og gruppeforløb', 'Mindre, fast del', 'Én gruppe om ugen'],
    ]);
    const report = roleStarReport(snapshot, 'da');
    expect(report?.blocks.map((b) => b.kind)).toEqual(
      expect.arrayContaining(['paragraph', 'heading', 'chart', 'table', 'list']),
    );
    const table = report?.blocks.find((b) => b.kind === 'table');
    expect(table?.kind === 'table' && table.rows[1]).toEqual([
      'Grupper og gruppeforløb',
      '2 · Mindre, fast del',
      '1 · Lejlighedsvis',
      '4 · Kerneopgave',
    ]);
  });
});

describe('Role Star: the case’s own tasks', () => {
  it('adds, renames and hides tasks, keeps at least three, and uses them in the next round', async () => {
    const caseRecord = await newCase();
    show(caseRecord, '?view=dimensions');
    expect(await screen.findByText('3 opgaver vises i stjernen')).toBeTruthy();
    expect(screen.getByText(/mindst 3 opgaver/)).toBeTruthy();
    expect(
      (screen.getByRole('button', { name: 'Skjul Grupper og gruppeforløb' }) as HTMLButtonElement).disabled,
    ).toBe(true);

    fireEvent.input(screen.getByLabelText('Tilføj en egen opgave'), {
      target: { value: 'Kaffe med borgerne' },
    });
    fireEvent.click(screen.getByRole('button', { name: 'Tilføj opgaven' }));
    expect(await screen.findByText('4 opgaver vises i stjernen')).toBeTruthy();
    // Up past the two hidden tasks added at the end of the list, then past "Generelle medarbejderopgaver".
    for (const above of [
      'Brobygning mellem psykiatri og kommune',
      'Færdigheder og mål',
      'Generelle medarbejderopgaver',
    ]) {
      fireEvent.click(screen.getByRole('button', { name: 'Flyt Kaffe med borgerne op' }));
      await waitFor(() => expect(names().indexOf('Kaffe med borgerne')).toBeLessThan(names().indexOf(above)));
    }
    fireEvent.click(screen.getByRole('button', { name: 'Skjul Grupper og gruppeforløb' }));
    expect(await screen.findByText('3 opgaver vises i stjernen')).toBeTruthy();
    const rename = screen.getAllByLabelText('Jeres navn for opgaven')[0] as HTMLInputElement;
    fireEvent.input(rename, { target: { value: 'Samtaler én til én' } });

    await waitFor(async () => {
      const snapshot = await loadCaseSnapshot(caseRecord.id);
      const doc = snapshot?.toolDocs.find((d) => d.tool === 'role-star')?.data as Record<string, unknown>;
      expect((doc.renamed as Record<string, string>)['one-to-one']).toBe('Samtaler én til én');
    });
    fireEvent.click(screen.getByRole('link', { name: /Alle runder/ }));
    fireEvent.click(await screen.findByRole('button', { name: 'Ali starter' }));
    expect(await screen.findByRole('group', { name: '1. Samtaler én til én' })).toBeTruthy();
    expect(screen.getByRole('group', { name: '2. Kaffe med borgerne' })).toBeTruthy();
    expect(screen.getByRole('group', { name: '3. Generelle medarbejderopgaver' })).toBeTruthy();
    expect(screen.queryByRole('group', { name: /Grupper/ })).toBeNull();
  });

  it('a name typed for the next task right after adding one is kept when the first is saved', async () => {
    const caseRecord = await newCase();
    show(caseRecord, '?view=dimensions');
    const field = (await screen.findByLabelText('Tilføj en egen opgave')) as HTMLInputElement;
    fireEvent.input(field, { target: { value: 'Kaffe med borgerne' } });
    fireEvent.click(screen.getByRole('button', { name: 'Tilføj opgaven' }));
    // Emptied in the tap itself, so the next name can be typed at once.
    expect(field.value).toBe('');
    fireEvent.input(field, { target: { value: 'Gåture' } });
    expect(await screen.findByText('4 opgaver vises i stjernen')).toBeTruthy();
    await waitFor(async () => {
      const snapshot = await loadCaseSnapshot(caseRecord.id);
      const doc = snapshot?.toolDocs.find((d) => d.tool === 'role-star')?.data as Record<string, unknown>;
      expect(JSON.stringify(doc.custom)).toContain('Kaffe med borgerne');
    });
    await flushAllWrites();
    expect(field.value).toBe('Gåture');
  });

  it('removes a task of the case’s own with undo, back in its place', async () => {
    const caseRecord = await newCase();
    show(caseRecord, '?view=dimensions');
    fireEvent.input(await screen.findByLabelText('Tilføj en egen opgave'), { target: { value: 'Kaffe' } });
    fireEvent.click(screen.getByRole('button', { name: 'Tilføj opgaven' }));
    fireEvent.click(await screen.findByRole('button', { name: 'Flyt Kaffe op' }));
    await waitFor(() => expect(names()).toEqual(expect.arrayContaining(['Kaffe'])));
    await waitFor(() => expect(names().indexOf('Kaffe')).toBe(names().length - 2));
    fireEvent.click(screen.getByRole('button', { name: 'Fjern Kaffe' }));
    await waitFor(() => expect(names()).not.toContain('Kaffe'));
    fireEvent.click(await screen.findByRole('button', { name: 'Fortryd' }));
    await waitFor(() => expect(names().indexOf('Kaffe')).toBe(names().length - 2));
  });
});

function names(): string[] {
  return [...document.querySelectorAll('.rs-editor-name strong')].map((el) => el.textContent ?? '');
}

describe('Role Star: a follow-up round, a colleague as third rater, the peer worker alone', () => {
  async function agreedRound(caseRecord: CaseRecord) {
    return createRound(caseRecord.id, 'role-star', {
      name: 'Første runde',
      date: '2026-01-05',
      dimensionIds: THREE,
      labels: {},
      ratings: {
        manager: { 'one-to-one': 4, groups: 1, 'general-tasks': 3 },
        peer: { 'one-to-one': 4, groups: 4, 'general-tasks': 1 },
      },
      finished: { peer: true, manager: true },
      revealed: true,
      agreed: { 'one-to-one': 4, groups: 2, 'general-tasks': 1 },
      notes: {},
    });
  }

  it('rates round 2 blind from nothing, and shows what was agreed last time after the reveal', async () => {
    const caseRecord = await newCase();
    const firstId = await agreedRound(caseRecord);
    show(caseRecord);
    fireEvent.click(await screen.findByRole('button', { name: 'Mette starter' }));
    expect(await screen.findByRole('heading', { name: 'Mette vurderer nu' })).toBeTruthy();
    expect((screen.getAllByRole('radio') as HTMLInputElement[]).filter((r) => r.checked)).toHaveLength(0);
    expect(screen.getByText('0 af 3')).toBeTruthy();
    const second = await storedRound(caseRecord.id);
    expect(second.data.ratings.manager).toEqual({});
    expect(second.data.ratings.peer).toEqual({});
    expect(second.data.previous).toBe(firstId);
    await pick(/^1\. Individuelle/, 'Vigtig del');
    await pick(/^2\. Grupper/, 'Vigtig del');
    await pick(/^3\. Generelle/, 'Vigtig del');
    expect(await screen.findByRole('heading', { name: 'Ali vurderer nu' })).toBeTruthy();
    expect((screen.getAllByRole('radio') as HTMLInputElement[]).filter((r) => r.checked)).toHaveLength(0);
    await pick(/^1\. Individuelle/, 'Kerneopgave');
    await pick(/^2\. Grupper/, 'Kerneopgave');
    await pick(/^3\. Generelle/, 'Lejlighedsvis');
    fireEvent.click(await screen.findByRole('button', { name: 'Vis vores stjerner' }));
    expect(await screen.findByText(/Til sammenligning: det, I aftalte i "Første runde"/)).toBeTruthy();
    expect(screen.getByText('Aftalt i "Første runde": Mindre, fast del')).toBeTruthy();
    expect(screen.getByRole('link', { name: 'Sammenlign de to runder' })).toBeTruthy();
  });

  it('lets a colleague rate as the third person: three hidden turns, three stars and three columns', async () => {
    const caseRecord = await newCase();
    show(caseRecord);
    fireEvent.click(await screen.findByRole('radio', { name: /Leder, peer-medarbejder og en kollega/ }));
    fireEvent.input(await screen.findByLabelText('Kollegaens navn (valgfrit)'), {
      target: { value: 'Sara' },
    });
    fireEvent.click(await screen.findByRole('button', { name: 'Sara starter' }));
    expect(await screen.findByRole('heading', { name: 'Sara vurderer nu' })).toBeTruthy();
    for (const [who, next, value] of [
      ['Sara', 'Mette', 'Lejlighedsvis'],
      ['Mette', 'Ali', 'Vigtig del'],
      ['Ali', '', 'Kerneopgave'],
    ] as const) {
      expect(await screen.findByRole('heading', { name: `${who} vurderer nu` })).toBeTruthy();
      expect((screen.getAllByRole('radio') as HTMLInputElement[]).filter((r) => r.checked)).toHaveLength(0);
      await pick(/^1\. Individuelle/, value);
      await pick(/^2\. Grupper/, value);
      await pick(/^3\. Generelle/, value);
      if (next) expect(await screen.findByRole('heading', { name: `${next} vurderer nu` })).toBeTruthy();
    }
    fireEvent.click(await screen.findByRole('button', { name: 'Vis vores stjerner' }));
    expect(await screen.findByRole('heading', { name: 'Jeres tre stjerner' })).toBeTruthy();
    const table = screen.getByRole('table', { name: /Vurderinger i/ });
    expect(
      within(table)
        .getAllByRole('columnheader')
        .map((th) => th.textContent),
    ).toEqual(['Opgave', 'Leder (Mette)', 'Peer-medarbejder (Ali)', 'Kollega (Sara)']);
    expect(screen.getAllByText('Kollega (Sara): Lejlighedsvis').length).toBeGreaterThan(0);
    await waitFor(async () => {
      const { snapshot } = await storedRound(caseRecord.id);
      const report = roleStarReport(snapshot, 'da');
      const reportTable = report?.blocks.find((b) => b.kind === 'table');
      expect(reportTable?.kind === 'table' && reportTable.columns).toEqual([
        'Opgave',
        'Aftalt',
        'Leder (Mette)',
        'Peer-medarbejder (Ali)',
        'Kollega (Sara)',
      ]);
    });
  });

  it('lets the peer worker rate alone and see their own star, which is not an agreed star', async () => {
    const caseRecord = await newCase();
    show(caseRecord);
    fireEvent.click(await screen.findByRole('radio', { name: /Peer-medarbejderen alene/ }));
    fireEvent.click(await screen.findByRole('button', { name: 'Start – Ali vurderer' }));
    expect(await screen.findByRole('heading', { name: 'Ali vurderer nu' })).toBeTruthy();
    await pick(/^1\. Individuelle/, 'Kerneopgave');
    await pick(/^2\. Grupper/, 'Lejlighedsvis');
    await pick(/^3\. Generelle/, 'Spring over');
    expect(await screen.findByRole('heading', { name: 'Din egen stjerne' })).toBeTruthy();
    // The peer worker's own star is folded on the shared tablet until someone taps to show it.
    expect(screen.queryByRole('img', { name: /Rollestjernen/ })).toBeNull();
    fireEvent.click(screen.getByRole('button', { name: 'Alis egen rollestjerne – vis' }));
    expect(screen.getByRole('img', { name: /Rollestjernen/ })).toBeTruthy();
    await waitFor(async () => {
      const { snapshot, data } = await storedRound(caseRecord.id);
      expect(data.raters).toEqual(['peer']);
      expect(latestAgreedStar(snapshot, 'da')).toBeNull();
      expect(feature.progress(snapshot)).toMatchObject({ answered: 0 });
      // In a file only with the peer worker's consent.
      expect(roleStarReport(snapshot, 'da')).toBeNull();
      const report = roleStarReport(snapshot, 'da', new Set(['role-star.solo']));
      const table = report?.blocks.find((b) => b.kind === 'table');
      expect(table?.kind === 'table' && table.columns).toEqual(['Opgave', 'Peer-medarbejder (Ali)']);
    });
  });
});
