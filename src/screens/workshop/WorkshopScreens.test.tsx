import { cleanup, fireEvent, render, screen, waitFor } from '@testing-library/preact';
import type { ComponentChildren } from 'preact';
import { afterEach, beforeEach, describe, expect, test, vi } from 'vitest';
import { LangProvider } from '../../i18n';
import { LocationProvider, Route, Router } from '../../router/router';
import { createCase, deleteAllData, deleteCase, updateCaseField, useCase } from '../../storage/cases';
import { db } from '../../storage/db';
import { journalEdits, ownJournal } from '../../storage/journal';
import { readListSnapshot, writeListSnapshot } from '../../storage/list-snapshot';
import { setToolField } from '../../storage/tool-docs';
import { DeleteAllData } from '../../ui/DeleteAllData';
import { showToast, toasts } from '../../ui/toast-store';
import { Handover } from './Handover';
import { HandoverCard } from './HandoverCard';
import { Home } from './Home';
import { WorkshopGate } from './WorkshopGate';
import { WorkshopSection } from './WorkshopSection';
import { endWorkshop, setCurrentCase, startWorkshop, workshop } from './workshop-state';

// Files are handed over through src/files/share.ts; here they are only recorded.
const shared = vi.hoisted(() => ({ downloads: [] as string[], revoked: 0 }));
vi.mock('../../files/share', () => ({
  canShareFile: () => false,
  shareFile: async () => 'shared',
  downloadFile: (_file: Blob, name: string) => shared.downloads.push(name),
  revokeDownloadUrls: () => {
    shared.revoked++;
  },
}));

// The PDF engine is not run here; the test reads what it was asked to put in the file.
const pdfs = vi.hoisted(() => ({ scopes: [] as unknown[] }));
vi.mock('../../pdf/make-pdf', () => ({
  makeCasePdf: async (_caseId: string, _lang: string, _sources: unknown, options: { scope?: unknown }) => {
    pdfs.scopes.push(options.scope);
    return new File(['%PDF'], 'peerstart-forloeb.pdf', { type: 'application/pdf' });
  },
}));

function App({ children }: { children?: ComponentChildren }) {
  return (
    <LangProvider initial="da">
      <LocationProvider>
        <WorkshopGate>
          <Router>
            <Route path="/" component={Home} />
            <Route path="/cases/:caseId" component={() => <p>Forløbets oversigt</p>} />
            <Route path="/workshop/hand-over" component={Handover} />
            <Route path="/settings" component={() => <WorkshopSection />} />
          </Router>
        </WorkshopGate>
        {children}
      </LocationProvider>
    </LangProvider>
  );
}

function at(path: string) {
  history.replaceState(null, '', path);
  return render(<App />);
}

beforeEach(async () => {
  await db.open();
  await deleteAllData();
  endWorkshop();
  shared.downloads = [];
  shared.revoked = 0;
  pdfs.scopes = [];
  toasts.set([]);
});
afterEach(() => {
  cleanup();
  endWorkshop();
  history.replaceState(null, '', '/');
});

describe('workshop start screen', () => {
  test('lists no cases and names nobody, even with cases in the database and the list snapshot', async () => {
    const id = await createCase({ organisation: 'Tidligere Par Hyldebo', managerName: 'Gerda Holm' });
    writeListSnapshot((await db.cases.toArray()) as never);
    startWorkshop();
    setCurrentCase(id);
    at('/');
    expect(await screen.findByRole('heading', { level: 1, name: 'Workshop i gang' })).toBeTruthy();
    expect(await screen.findByText('Et forløb er i gang på tabletten.')).toBeTruthy();
    expect(screen.getByRole('link', { name: 'Fortsæt forløbet' }).getAttribute('href')).toBe(`/cases/${id}`);
    expect(document.body.textContent).not.toMatch(/Hyldebo|Gerda/);
    expect(screen.queryByRole('article')).toBeNull();
  });

  test('"Start jeres forløb" creates the pair\'s case, remembers it and opens it', async () => {
    startWorkshop();
    at('/');
    fireEvent.click(await screen.findByRole('button', { name: 'Start jeres forløb' }));
    await screen.findByText('Forløbets oversigt');
    const [created] = await db.cases.toArray();
    expect(workshop.get()?.current).toBe(created?.id);
    expect(location.pathname + location.search).toBe(`/cases/${created?.id}?new=1`);
  });

  test('a current case that no longer exists is forgotten, and a new pair can start', async () => {
    const id = await createCase();
    startWorkshop();
    setCurrentCase(id);
    await deleteCase(id);
    at('/');
    expect(await screen.findByRole('button', { name: 'Start jeres forløb' })).toBeTruthy();
    await waitFor(() => expect(workshop.get()?.current).toBeNull());
  });

  test('without a workshop the start page is the usual case list', async () => {
    at('/');
    expect(await screen.findByRole('heading', { level: 1, name: 'Forløb' })).toBeTruthy();
  });
});

describe('workshop gate', () => {
  test('during a workshop only the current case opens', async () => {
    const mine = await createCase();
    const other = await createCase({ organisation: 'Skjult' });
    startWorkshop();
    setCurrentCase(mine);
    at(`/cases/${other}`);
    expect(screen.getByRole('heading', { name: 'Forløbet kan ikke åbnes nu' })).toBeTruthy();
    cleanup();
    at(`/cases/${mine}`);
    expect(screen.getByText('Forløbets oversigt')).toBeTruthy();
  });

  test('the overview offers "Afslut og aflever" only on the current pair\'s case', () => {
    startWorkshop();
    setCurrentCase('mine');
    render(
      <LangProvider initial="da">
        <HandoverCard caseId="mine" />
        <HandoverCard caseId="other" />
      </LangProvider>,
    );
    expect(screen.getAllByRole('link', { name: 'Afslut og aflever' })).toHaveLength(1);
  });
});

describe('hand-over', () => {
  test('a file first, then the case is deleted with its journal, snapshot line and messages', async () => {
    const id = await createCase({ organisation: 'Parret Solsikken' });
    await updateCaseField(id, 'note', 'Solsikkens hemmelighed');
    writeListSnapshot((await db.cases.toArray()) as never);
    journalEdits([[`case:${id}:unit`, { kind: 'case', id, field: 'unit', value: 'Solsikkens afdeling' }]]);
    localStorage.setItem(
      'peerstart.journal.othertab',
      JSON.stringify({ k: { kind: 'doc', caseId: id, tool: 'motivation', path: ['a'], value: 'x', at: 1 } }),
    );
    showToast({ message: 'Parret Solsikken er gemt' });
    startWorkshop();
    setCurrentCase(id);
    history.replaceState(null, '', '/');
    history.pushState(null, '', '/workshop/hand-over');
    const length = history.length;
    render(<App />);

    const finish = await screen.findByRole('button', { name: 'Slet forløbet og giv tabletten videre' });
    expect((finish as HTMLButtonElement).disabled).toBe(true);
    fireEvent.click(screen.getByRole('button', { name: 'Lav sikkerhedskopi' }));
    fireEvent.click(await screen.findByRole('button', { name: 'Hent' }));
    expect(shared.downloads).toEqual([expect.stringMatching(/^peerstart-sikkerhedskopi-.*\.json$/)]);
    expect(await screen.findByText('Sikkerhedskopien er delt eller hentet.')).toBeTruthy();
    expect((finish as HTMLButtonElement).disabled).toBe(false);

    fireEvent.click(finish);
    expect(await screen.findByText(/Forløbet er slettet fra tabletten/)).toBeTruthy();
    expect(await db.cases.get(id)).toBeUndefined();
    expect(Object.keys(ownJournal())).toEqual([]);
    expect(localStorage.getItem('peerstart.journal.othertab')).toBeNull();
    expect(readListSnapshot()?.lines.some((line) => line.id === id)).toBe(false);
    expect(toasts.get()).toEqual([]);
    expect(shared.revoked).toBeGreaterThan(0);
    expect(workshop.get()).toMatchObject({ current: null, handedOver: 1 });
    // The hand-over's history entry was replaced, not added to.
    expect(location.pathname).toBe('/');
    expect(history.length).toBe(length);
    expect(document.body.textContent).not.toMatch(/Solsikken/);
  });

  test('the PDF asks who it is for, and leaves the peer worker’s own thoughts out unless they say yes', async () => {
    const id = await createCase({ organisation: 'Parret Kastanjen' });
    await updateCaseField(id, 'peerName', 'Jonas');
    await setToolField(id, 'practicalities', ['voice', 'worth'], 'Jeg var indlagt i 2019');
    startWorkshop();
    setCurrentCase(id);
    at('/workshop/hand-over');

    fireEvent.click(await screen.findByRole('button', { name: 'Lav PDF' }));
    const forYou = (await screen.findByRole('radio', { name: /Til jer to/ })) as HTMLInputElement;
    expect(forYou.checked).toBe(true);
    const thoughts = screen.getByRole('checkbox', { name: 'Jonas’ egne overvejelser' }) as HTMLInputElement;
    expect(thoughts.checked).toBe(false);
    fireEvent.click(screen.getByRole('button', { name: 'Lav PDF’en' }));
    await screen.findByText(/^Filen er klar/);
    expect(pdfs.scopes).toHaveLength(1);
    expect(pdfs.scopes[0]).toMatchObject({ shared: new Set() });

    // Again, with Jonas' yes: now his thoughts are in the file, and his consent is stored.
    cleanup();
    at('/workshop/hand-over');
    fireEvent.click(await screen.findByRole('button', { name: 'Lav PDF' }));
    fireEvent.click(await screen.findByRole('checkbox', { name: 'Jonas’ egne overvejelser' }));
    fireEvent.click(screen.getByRole('button', { name: 'Ja, jeg er Jonas, og jeg siger ja' }));
    fireEvent.click(screen.getByRole('button', { name: 'Lav PDF’en' }));
    await waitFor(() => expect(pdfs.scopes).toHaveLength(2));
    expect(pdfs.scopes[1]).toMatchObject({ shared: new Set(['practicalities.voice']) });
    await waitFor(async () => {
      const doc = await db.toolDocs.get([id, 'practicalities']);
      expect(doc?.data.consents).toMatchObject({ voice: { name: 'Jonas', audience: 'pair' } });
    });
  });

  test('a pair can also leave without a file', async () => {
    const id = await createCase({ organisation: 'Uden fil' });
    startWorkshop();
    setCurrentCase(id);
    at('/workshop/hand-over');
    fireEvent.click(await screen.findByText('Vil I ikke have en fil med?'));
    fireEvent.click(screen.getByRole('button', { name: 'Slet uden at tage en fil med' }));
    await screen.findByRole('button', { name: 'Start jeres forløb' });
    expect(await db.cases.count()).toBe(0);
  });

  test('with nothing to hand over it says so', async () => {
    startWorkshop();
    at('/workshop/hand-over');
    expect(await screen.findByText('Der er intet forløb at aflevere.')).toBeTruthy();
  });
});

describe('facilitator section in Settings', () => {
  test('a workshop cannot start while cases are on the tablet', async () => {
    await createCase({ organisation: 'Facilitatorens egen' });
    at('/settings');
    expect(await screen.findByText(/Der ligger 1 forløb på tabletten/)).toBeTruthy();
    expect((screen.getByRole('button', { name: 'Start workshop' }) as HTMLButtonElement).disabled).toBe(true);
  });

  test('on an empty tablet it starts and shows the workshop start page', async () => {
    at('/settings');
    const start = await screen.findByRole('button', { name: 'Start workshop' });
    await waitFor(() => expect((start as HTMLButtonElement).disabled).toBe(false));
    fireEvent.click(start);
    expect(await screen.findByRole('button', { name: 'Start jeres forløb' })).toBeTruthy();
    expect(workshop.get()).not.toBeNull();
  });

  test('ending is one button; it deletes cases not handed over and ends the workshop', async () => {
    const left = await createCase({ organisation: 'Gik til kaffe' });
    startWorkshop();
    setCurrentCase(left);
    at('/settings');
    expect(await screen.findByText(/1 forløb er ikke afleveret/)).toBeTruthy();
    fireEvent.click(screen.getByRole('button', { name: 'Afslut workshoppen' }));
    await waitFor(() => expect(workshop.get()).toBeNull());
    expect(await db.cases.count()).toBe(0);
    expect(await screen.findByRole('button', { name: 'Start workshop' })).toBeTruthy();
  });
});

describe('"Slet alle data"', () => {
  test('also removes an earlier "Fortryd", so no deleted case can come back', async () => {
    showToast({ message: '"Recovery-skolen" er slettet.', action: { label: 'Fortryd', run: () => {} } });
    render(
      <LangProvider initial="da">
        <DeleteAllData />
      </LangProvider>,
    );
    fireEvent.input(screen.getByLabelText('Skriv SLET for at bekræfte'), { target: { value: 'SLET' } });
    fireEvent.click(screen.getByRole('button', { name: 'Slet alle data' }));
    await waitFor(() =>
      expect(toasts.get().map((toast) => toast.message)).toEqual(['Alle data er slettet.']),
    );
    expect(shared.revoked).toBeGreaterThan(0);
  });
});

describe('a deleted case on screen', () => {
  function Name({ id }: { id: string }) {
    const record = useCase(id);
    return <p>{record === undefined ? 'henter' : record === null ? 'findes ikke' : record.organisation}</p>;
  }

  test('its screen, mounted again (from the browser history), never paints the deleted content', async () => {
    const id = await createCase({ organisation: 'Engang Mosebo' });
    const first = render(<Name id={id} />);
    await screen.findByText('Engang Mosebo');
    first.unmount();
    await deleteCase(id);
    render(<Name id={id} />);
    // The first frame comes from the screen cache, before the database answers.
    expect(screen.queryByText('Engang Mosebo')).toBeNull();
    expect(await screen.findByText('findes ikke')).toBeTruthy();
  });
});
