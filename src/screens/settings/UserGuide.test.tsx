// The in-app user guide is shown in the app's language, and follows the language when it changes.
import { cleanup, fireEvent, render, screen } from '@testing-library/preact';
import { afterEach, expect, test } from 'vitest';
import type { Lang } from '../../../content/types';
import { LangProvider, useLang } from '../../i18n';
import { UserGuide } from './UserGuide';

afterEach(() => {
  cleanup();
  localStorage.clear();
});

function Switch({ to }: { to: Lang }) {
  const { setLang } = useLang();
  return (
    <button type="button" onClick={() => setLang(to)}>
      {`switch to ${to}`}
    </button>
  );
}

function renderGuide(initial: Lang, switchTo: Lang = initial) {
  render(
    <LangProvider initial={initial}>
      <Switch to={switchTo} />
      <UserGuide />
    </LangProvider>,
  );
}

/** Opens the disclosure as a tap on its summary does (happy-dom does not toggle it by itself). */
function openGuide(summary: string) {
  const details = screen.getByText(summary).closest('details') as HTMLDetailsElement;
  details.open = true;
  fireEvent(details, new Event('toggle'));
}

test('opened in English, it shows the English guide', async () => {
  renderGuide('en');
  expect(screen.getByRole('heading', { name: 'User guide' })).toBeTruthy();
  openGuide('Read the user guide');
  expect(await screen.findByRole('heading', { name: '1. Open Peerstart' })).toBeTruthy();
  expect(screen.getByRole('heading', { name: 'If something goes wrong' })).toBeTruthy();
  expect(screen.queryByRole('heading', { name: '1. Åbn Peerstart' })).toBeNull();
});

test('opened in Danish, it shows the Danish guide, and the English one once the language changes', async () => {
  renderGuide('da', 'en');
  openGuide('Læs brugervejledningen');
  expect(await screen.findByRole('heading', { name: '1. Åbn Peerstart' })).toBeTruthy();
  fireEvent.click(screen.getByRole('button', { name: 'switch to en' }));
  expect(await screen.findByRole('heading', { name: '1. Open Peerstart' })).toBeTruthy();
  expect(screen.queryByRole('heading', { name: '1. Åbn Peerstart' })).toBeNull();
});
