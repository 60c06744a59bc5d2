import { cleanup, fireEvent, render, screen, waitFor } from '@testing-library/preact';
import { afterEach, describe, expect, test, vi } from 'vitest';
import { countRenders } from '../../tests/helpers/render-count';
import { LangProvider } from '../i18n';
import { LocationProvider, lazyComponent, matchPath, Route, Router, useLocation, useRoute } from './router';

function Home() {
  const { route } = useLocation();
  return (
    <div>
      <h1>Forside</h1>
      <a href="/cases/abc?new=1">Åbn forløb</a>
      <button type="button" onClick={() => route('/settings')}>
        Indstillinger
      </button>
    </div>
  );
}

function CaseScreen() {
  const { params, query } = useRoute();
  return <h1>{`Forløb ${params.caseId} ${query.new ?? ''}`}</h1>;
}

const Settings = lazyComponent(async () => () => <h1>Indstillinger-side</h1>);

function App() {
  return (
    <LocationProvider>
      <main id="main" tabIndex={-1}>
        <Router>
          <Route path="/" component={Home} />
          <Route path="/cases/:caseId" component={CaseScreen} />
          <Route path="/settings" component={Settings} />
          <Route default component={() => <h1>Findes ikke</h1>} />
        </Router>
      </main>
    </LocationProvider>
  );
}

const renders = countRenders();

afterEach(() => {
  cleanup();
  history.replaceState(null, '', '/');
});

describe('router', () => {
  test('matches paths with parameters and rejects others', () => {
    expect(matchPath('/cases/:caseId', '/cases/a%20b')).toEqual({ caseId: 'a b' });
    expect(matchPath('/cases/:caseId/:tool', '/cases/x/role-star')).toEqual({
      caseId: 'x',
      tool: 'role-star',
    });
    expect(matchPath('/cases/:caseId', '/cases')).toBeNull();
    expect(matchPath('/settings', '/sources')).toBeNull();
    expect(matchPath('/cases/:caseId', '/cases/%E0%A4%A')).toBeNull();
  });

  test('a link opens its screen without a page load, with parameters and query', async () => {
    render(<App />);
    fireEvent.click(screen.getByRole('link', { name: 'Åbn forløb' }));
    expect(await screen.findByRole('heading', { name: 'Forløb abc 1' })).toBeTruthy();
    expect(location.pathname).toBe('/cases/abc');
  });

  test('route() navigates, lazy screens load, and back returns to the previous screen', async () => {
    render(<App />);
    fireEvent.click(screen.getByRole('button', { name: 'Indstillinger' }));
    expect(await screen.findByRole('heading', { name: 'Indstillinger-side' })).toBeTruthy();
    history.back();
    await waitFor(() => expect(location.pathname).toBe('/'));
    fireEvent(window, new PopStateEvent('popstate'));
    expect(await screen.findByRole('heading', { name: 'Forside' })).toBeTruthy();
  });

  test('an unknown address shows the fallback screen', async () => {
    history.replaceState(null, '', '/nowhere');
    render(<App />);
    expect(await screen.findByRole('heading', { name: 'Findes ikke' })).toBeTruthy();
  });

  test('the first page renders once; a new page takes focus to <main> for screen readers', async () => {
    render(<App />);
    await screen.findByRole('heading', { name: 'Forside' });
    // Effects have run (the first page's own does nothing to the page).
    await new Promise<void>((resolve) => requestAnimationFrame(() => setTimeout(resolve, 0)));
    expect(renders.get('Home')).toBe(1);
    expect(document.activeElement).not.toBe(document.getElementById('main'));
    fireEvent.click(screen.getByRole('link', { name: 'Åbn forløb' }));
    await screen.findByRole('heading', { name: 'Forløb abc 1' });
    await waitFor(() => expect(document.activeElement).toBe(document.getElementById('main')));
  });

  test('a screen whose code fails to come is fetched again; only when it keeps failing is "Prøv igen" shown, and it works', async () => {
    vi.spyOn(console, 'warn').mockImplementation(() => {});
    vi.spyOn(console, 'error').mockImplementation(() => {});
    let failuresLeft = 1;
    const load = async () => {
      if (failuresLeft-- > 0) throw new TypeError('Failed to fetch dynamically imported module');
      return () => <h1>Kilder-side</h1>;
    };
    const Flaky = lazyComponent(load);
    const { unmount } = render(<Flaky />);
    // One failed fetch: the screen comes without the user seeing a failure.
    expect(await screen.findByRole('heading', { name: 'Kilder-side' }, { timeout: 5_000 })).toBeTruthy();
    expect(screen.queryByRole('alert')).toBeNull();
    unmount();

    failuresLeft = 3;
    const Broken = lazyComponent(load);
    render(
      <LangProvider initial="da">
        <Broken />
      </LangProvider>,
    );
    const retry = await screen.findByRole('button', { name: 'Prøv igen' }, { timeout: 5_000 });
    expect(screen.getByRole('alert').textContent).toContain('Denne side kunne ikke hentes');
    fireEvent.click(retry);
    expect(await screen.findByRole('heading', { name: 'Kilder-side' }, { timeout: 5_000 })).toBeTruthy();
  });
});
