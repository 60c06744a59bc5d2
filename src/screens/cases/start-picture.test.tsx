import { cleanup, render, screen, waitFor } from '@testing-library/preact';
import { afterEach, beforeEach, describe, expect, test } from 'vitest';
import { App } from '../../shell/App';
import { createCase, deleteAllData } from '../../storage/cases';
import { db } from '../../storage/db';
import { START_PICTURE_KEY, type StartPicture } from '../../storage/start-picture';

/** An empty #app in the page, as index.html has it. */
function appElement(): HTMLElement {
  document.getElementById('app')?.remove();
  const app = document.createElement('div');
  app.id = 'app';
  document.body.append(app);
  return app;
}

function storedPicture(): StartPicture | null {
  const raw = localStorage.getItem(START_PICTURE_KEY);
  return raw === null ? null : (JSON.parse(raw) as StartPicture);
}

beforeEach(async () => {
  await db.open();
  await deleteAllData();
  localStorage.clear();
  history.replaceState(null, '', '/');
});
afterEach(cleanup);

describe('the start picture of the case list', () => {
  test('is taken from the live list, and the next start renders over it without drawing anything again', async () => {
    await createCase({ organisation: 'Botilbuddet Lyngen', managerName: 'Mette Æbelø' });
    await createCase({ organisation: 'Distriktspsykiatrien Nord' });
    const shown = render(<App />, { container: appElement() });
    // Live: search works once the database is open.
    await waitFor(() => expect((screen.getByRole('searchbox') as HTMLInputElement).disabled).toBe(false));
    await waitFor(() => expect(storedPicture()).not.toBeNull());
    const picture = storedPicture() as StartPicture;
    expect(picture.html).toContain('Mette Æbelø');
    // Nothing the first frame of a start lacks: the reminders that load later, the save state.
    expect(picture.html).not.toMatch(/sikkerhedskopi|Gemt/);
    shown.unmount();

    // The next start: the page shows the picture (public/start-picture.js), then the app renders.
    const app = appElement();
    app.innerHTML = picture.html;
    const pictured = [...app.querySelectorAll('*')];
    expect(app.querySelectorAll(':scope > [inert]')).toHaveLength(2);
    render(<App />, { container: app });
    const redrawn = pictured.filter((element) => !element.isConnected);
    expect(redrawn.map((element) => element.outerHTML.slice(0, 80))).toEqual([]);
    expect(app.querySelector('[inert]'), 'the app is live: nothing inert').toBeNull();
    expect(screen.getAllByRole('article').map((card) => card.getAttribute('aria-label'))).toEqual([
      'Distriktspsykiatrien Nord',
      'Botilbuddet Lyngen',
    ]);
    expect(screen.getByRole('button', { name: /Nyt forløb/ })).toBeTruthy();
  });
});
