// Issue 20: ticking one checklist item renders that item again, not the whole list.
import { fireEvent, screen, waitFor, within } from '@testing-library/preact';
import { expect, test } from 'vitest';
import { countRenders } from '../../../tests/helpers/render-count';
import { renderToolScreen, storedSnapshot } from '../../../tests/helpers/tool-screen';
import { feature } from './feature';
import { JobStartScreen } from './JobStartScreen';

const renders = countRenders();

test('a tick renders the ticked item and the count, not the other eleven items', async () => {
  const caseId = await renderToolScreen(JobStartScreen, { organisation: 'Bostedet' });
  await screen.findByText('0 af 12 klaret');
  renders.clear();

  const item = document.querySelector<HTMLElement>('[data-item="j8"]');
  if (!item) throw new Error('no item j8');
  fireEvent.click(
    within(item).getByRole('checkbox', { name: 'Adgang til netværk med andre peer-medarbejdere' }),
  );
  // The tap's own render: the count, not the page's next step (it follows the saved data).
  expect(screen.getByText('1 af 12 klaret')).toBeTruthy();
  expect(renders.get('NextStep') ?? 0).toBe(0);
  await waitFor(async () => expect(feature.progress(await storedSnapshot(caseId)).answered).toBe(1));

  const cards = renders.get('ChecklistItemCard') ?? 0;
  expect(cards).toBeGreaterThanOrEqual(1);
  expect(cards).toBeLessThanOrEqual(3);
  // The item's who/when/note fields do not read the done mark: the tick leaves them alone.
  expect(renders.get('ItemFields') ?? 0).toBe(0);
  expect(renders.get('TextField') ?? 0).toBe(0);
});
