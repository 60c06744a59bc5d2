// Issue 20: ticking one checklist item renders that item in the tap's frame, and the screen (the
// count) after the paint; the other eleven items and the item's own text fields never.
import { fireEvent, screen, waitFor, within } from '@testing-library/preact';
import { expect, test } from 'vitest';
import { countRenders } from '../../../tests/helpers/render-count';
import { renderToolScreen, storedSnapshot } from '../../../tests/helpers/tool-screen';
import { afterNextPaint } from '../../after-paint';
import { feature } from './feature';
import { JobStartScreen } from './JobStartScreen';

const renders = countRenders();

test('a tick renders the ticked item in its own frame, the count after the paint, and not the other eleven items', async () => {
  const caseId = await renderToolScreen(JobStartScreen, { organisation: 'Bostedet' });
  await screen.findByText('0 af 12 klaret');
  renders.clear();

  const item = document.querySelector<HTMLElement>('[data-item="j8"]');
  if (!item) throw new Error('no item j8');
  fireEvent.click(
    within(item).getByRole('checkbox', { name: 'Adgang til netværk med andre peer-medarbejdere' }),
  );
  // Preact renders in a microtask of the tap's task: what renders there is in the tap's frame.
  await new Promise<void>((resolve) => queueMicrotask(resolve));
  expect(item.classList.contains('checklist-done')).toBe(true);
  expect(within(item).getByRole('checkbox', { checked: true })).toBeTruthy();
  expect(renders.get('ChecklistItemCard')).toBe(1);
  expect(renders.get('JobStartScreen') ?? 0).toBe(0);
  expect(screen.getByText('0 af 12 klaret')).toBeTruthy();

  // After the paint the screen hears of the tick: the count follows.
  await afterNextPaint();
  await screen.findByText('1 af 12 klaret');
  await waitFor(async () => expect(feature.progress(await storedSnapshot(caseId)).answered).toBe(1));
  expect(item.classList.contains('checklist-done')).toBe(true);

  const cards = renders.get('ChecklistItemCard') ?? 0;
  expect(cards).toBeGreaterThanOrEqual(2);
  expect(cards).toBeLessThanOrEqual(4);
  // The item's who/when/note fields do not read the done mark: the tick leaves them alone.
  expect(renders.get('ItemFields') ?? 0).toBe(0);
  expect(renders.get('TextField') ?? 0).toBe(0);
});
