// Issue 20: rating one task renders that task again, not the other tasks of the round.
import { cleanup, fireEvent, screen, waitFor, within } from '@testing-library/preact';
import { afterEach, expect, test } from 'vitest';
import { countRenders } from '../../../tests/helpers/render-count';
import { renderToolScreen } from '../../../tests/helpers/tool-screen';
import { loadCaseSnapshot } from '../../storage/cases';
import { normaliseRound } from './model';
import { RoleStarScreen } from './RoleStarScreen';

const renders = countRenders();

afterEach(() => {
  cleanup();
  history.replaceState(null, '', '/');
});

test('a rating renders the rated task again, not the other thirteen', async () => {
  const id = await renderToolScreen(RoleStarScreen, { managerName: 'Mette', peerName: 'Ali' });
  fireEvent.click(await screen.findByRole('button', { name: 'Mette starter' }));
  const first = await screen.findByRole('group', { name: /^1\. / });
  await waitFor(() => expect(screen.getAllByRole('group', { name: /^\d+\. / }).length).toBeGreaterThan(10));
  renders.clear();

  fireEvent.click(
    within(first).getByRole('radio', { name: (n) => n.replaceAll('\u00ad', '') === 'Kerneopgave' }),
  );
  await waitFor(async () => {
    const snapshot = await loadCaseSnapshot(id);
    const round = snapshot?.rounds.at(-1);
    expect(Object.keys(normaliseRound(round?.data).ratings.manager)).toHaveLength(1);
  });

  const items = renders.get('RatingItem') ?? 0;
  expect(items).toBeGreaterThanOrEqual(1);
  expect(items).toBeLessThanOrEqual(3);
});
