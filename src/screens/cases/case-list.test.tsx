import { cleanup, fireEvent, render, screen, waitFor, within } from '@testing-library/preact';
import { afterEach, beforeEach, describe, expect, test, vi } from 'vitest';
import { LangProvider } from '../../i18n';
import { LocationProvider } from '../../router/router';
import { createCase, deleteAllData, updateCaseField } from '../../storage/cases';
import { db } from '../../storage/db';
import { Toasts } from '../../ui/Toasts';
import { CaseList } from './CaseList';

function renderList(lang: 'da' | 'en' = 'da') {
  return render(
    <LangProvider initial={lang}>
      <LocationProvider>
        <CaseList />
        <Toasts />
      </LocationProvider>
    </LangProvider>,
  );
}

beforeEach(async () => {
  await db.open();
  await deleteAllData();
});
afterEach(() => {
  cleanup();
  vi.useRealTimers();
});

/**
 * Moves the clock one second on (fake time for Date only, from the first call to the end of the
 * test), so the next write is stamped later without sleeping.
 */
function later() {
  if (!vi.isFakeTimers()) vi.useFakeTimers({ toFake: ['Date'] });
  vi.setSystemTime(Date.now() + 1000);
}

describe('case list', () => {
  test('with no cases it explains what a case is and offers to start one', async () => {
    renderList();
    expect(await screen.findByText(/Der er ingen forløb endnu/)).toBeTruthy();
    expect(screen.getByRole('button', { name: /Nyt forløb/ })).toBeTruthy();
  });

  test('a fresh tablet offers to load a backup file, leading to the import in Settings', async () => {
    renderList();
    const link = await screen.findByRole('link', { name: 'Hent en sikkerhedskopi ind' });
    expect(link.getAttribute('href')).toBe('/settings?focus=backup');
  });

  test('"Nyt forløb" creates a case that is stored on the device', async () => {
    renderList();
    fireEvent.click(await screen.findByRole('button', { name: /Nyt forløb/ }));
    await waitFor(async () => expect(await db.cases.count()).toBe(1));
  });

  test('cases are listed with the most recently edited first, and update live', async () => {
    const older = await createCase({ organisation: 'Botilbuddet Lyngen', roleTitle: 'Peer-medarbejder' });
    later();
    await createCase({ organisation: 'Distriktspsykiatrien Nord', roleTitle: 'Recovery-mentor' });
    renderList();
    await waitFor(() => expect(screen.getAllByRole('article')).toHaveLength(2));
    expect(screen.getAllByRole('heading', { level: 2 }).map((h) => h.textContent)).toEqual([
      'Distriktspsykiatrien Nord – Recovery-mentor',
      'Botilbuddet Lyngen – Peer-medarbejder',
    ]);
    later();
    await updateCaseField(older, 'managerName', 'Mette Æbelø');
    await waitFor(() =>
      expect(screen.getAllByRole('heading', { level: 2 })[0]?.textContent).toBe(
        'Botilbuddet Lyngen – Peer-medarbejder',
      ),
    );
    expect(screen.getByText('Mette Æbelø')).toBeTruthy();
  });

  test('search finds cases by any of their words, also names with æ, ø and å', async () => {
    await createCase({ organisation: 'Værestedet Ørnen', managerName: 'Åse' });
    await createCase({ organisation: 'Kommunen', unit: 'Bostøtte' });
    renderList();
    const search = await screen.findByLabelText('Søg i forløb');
    fireEvent.input(search, { target: { value: 'ørnen åse' } });
    await waitFor(() => expect(screen.getAllByRole('article')).toHaveLength(1));
    expect(screen.getByText('1 forløb')).toBeTruthy();
    fireEvent.input(search, { target: { value: 'findes ikke' } });
    expect(await screen.findByText('Ingen forløb passer til søgningen.')).toBeTruthy();
  });

  test('deleting a case can be undone from the message that follows', async () => {
    await createCase({ organisation: 'Recovery-skolen' });
    renderList();
    const card = await screen.findByRole('article', { name: 'Recovery-skolen' });
    fireEvent.click(within(card).getByRole('button', { name: /Slet/ }));
    await waitFor(async () => expect(await db.cases.count()).toBe(0));
    fireEvent.click(await screen.findByRole('button', { name: 'Fortryd' }));
    await waitFor(async () => expect(await db.cases.count()).toBe(1));
    expect(await screen.findByRole('article', { name: 'Recovery-skolen' })).toBeTruthy();
  });

  test('duplicating a case adds a copy next to the original', async () => {
    await createCase({ organisation: 'Jobcentret' });
    renderList();
    const card = await screen.findByRole('article', { name: 'Jobcentret' });
    fireEvent.click(within(card).getByRole('button', { name: /Kopiér/ }));
    expect(await screen.findByRole('article', { name: 'Jobcentret (kopi)' })).toBeTruthy();
  });

  test('a long list shows the most recent cases first and the rest on request; search covers all', async () => {
    for (let i = 1; i <= 30; i++) await createCase({ organisation: `Forløb ${i}` });
    renderList();
    await waitFor(() => expect(screen.getAllByRole('article')).toHaveLength(24));
    expect(screen.getByText('30 forløb')).toBeTruthy();
    fireEvent.input(screen.getByLabelText('Søg i forløb'), { target: { value: 'Forløb 1' } });
    // Every case with "1" in it (1, 10–19, 21): found although most were beyond the first page.
    await waitFor(() => expect(screen.getAllByRole('article')).toHaveLength(12));
    fireEvent.input(screen.getByLabelText('Søg i forløb'), { target: { value: '' } });
    fireEvent.click(await screen.findByRole('button', { name: 'Vis flere (6 mere)' }));
    await waitFor(() => expect(screen.getAllByRole('article')).toHaveLength(30));
    expect(screen.queryByRole('button', { name: /Vis flere/ })).toBeNull();
  });

  test('in English the same list speaks English', async () => {
    await createCase({ organisation: 'Housing' });
    renderList('en');
    expect(await screen.findByRole('heading', { level: 1, name: 'Cases' })).toBeTruthy();
    expect(screen.getByRole('button', { name: /New case/ })).toBeTruthy();
    expect(await screen.findByText('1 case')).toBeTruthy();
  });
});
