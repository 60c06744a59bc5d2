// Issue 20: a tap re-renders its own control and what reads its value, not the whole screen.
import { fireEvent, screen, waitFor, within } from '@testing-library/preact';
import { expect, test } from 'vitest';
import { countRenders } from '../../../tests/helpers/render-count';
import { renderToolScreen, storedSnapshot } from '../../../tests/helpers/tool-screen';
import { feature } from './feature';
import { ReadinessScreen } from './ReadinessScreen';

const renders = countRenders();

test('a tap on one statement renders that statement again, not the other nine', async () => {
  const caseId = await renderToolScreen(ReadinessScreen, { organisation: 'Distriktspsykiatrien' });
  fireEvent.click(await screen.findByRole('button', { name: 'Start målingen' }));
  const third = await screen.findByRole('group', { name: /^3\. / });
  await waitFor(() => expect(screen.getAllByRole('group', { name: /^\d+\. / })).toHaveLength(10));
  renders.clear();

  fireEvent.click(within(third).getByRole('radio', { name: /Lunt/ }));
  // The tap's own render: the tapped statement shows its answer; the result waits for the paint.
  const tapped = within(third).getByRole('radio', { name: /Lunt/ }) as HTMLInputElement;
  expect(tapped.closest('label')?.classList.contains('segment-checked')).toBe(true);
  expect(renders.get('ReadinessResult') ?? 0).toBe(0);
  await waitFor(async () => expect(feature.progress(await storedSnapshot(caseId)).answered).toBe(1));
  await waitFor(() =>
    expect((within(third).getByRole('radio', { name: /Lunt/ }) as HTMLInputElement).checked).toBe(true),
  );

  // The tapped statement, as often as the tap and its commit reach it; never the other nine.
  const cards = renders.get('ReadinessItemCard') ?? 0;
  expect(cards).toBeGreaterThanOrEqual(1);
  expect(cards).toBeLessThanOrEqual(3);
  // What reads the answers (the result) renders again, a paint later, and shows the answer.
  await waitFor(() => expect(renders.get('ReadinessResult') ?? 0).toBeGreaterThanOrEqual(1));
  expect(renders.get('ReadinessResult')).toBeLessThanOrEqual(2);
});
