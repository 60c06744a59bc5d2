// Issue 20: rating one task renders that task again, not the other tasks of the round.
import { cleanup, fireEvent, screen, waitFor, within } from '@testing-library/preact';
import { afterEach, expect, test } from 'vitest';
import { countRenders } from '../../../tests/helpers/render-count';
import { renderToolScreen } from '../../../tests/helpers/tool-screen';
import { afterNextPaint } from '../../after-paint';
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

test('a rating shows in its own frame by rendering its scale alone; the task and the count follow after the paint', async () => {
  await renderToolScreen(RoleStarScreen, { managerName: 'Mette', peerName: 'Ali' });
  fireEvent.click(await screen.findByRole('button', { name: 'Mette starter' }));
  const first = await screen.findByRole('group', { name: /^1\. / });
  await waitFor(() => expect(screen.getAllByRole('group', { name: /^\d+\. / }).length).toBeGreaterThan(10));
  const progress = document.querySelector('.rs-progress')?.textContent;
  renders.clear();

  const core = within(first).getByRole('radio', {
    name: (n) => n.replaceAll('\u00ad', '') === 'Kerneopgave',
  });
  fireEvent.click(core);
  // Preact renders in a microtask of the tap's task: what renders there is in the tap's frame.
  await new Promise<void>((resolve) => queueMicrotask(resolve));
  expect((core as HTMLInputElement).checked).toBe(true);
  expect(core.closest('label')?.classList.contains('segment-checked')).toBe(true);
  expect(renders.get('SegmentedControl')).toBe(1);
  expect(renders.get('RatingItem') ?? 0).toBe(0);
  expect(renders.get('RatingScreen') ?? 0).toBe(0);

  await afterNextPaint();
  await waitFor(() => expect(document.querySelector('.rs-progress')?.textContent).not.toBe(progress));
  expect(first.closest('li')?.classList.contains('rs-item-done')).toBe(true);
  expect(core.closest('label')?.classList.contains('segment-checked')).toBe(true);
});
