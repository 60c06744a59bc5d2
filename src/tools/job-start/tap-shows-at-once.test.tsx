/**
 * What a person taps is on screen before IndexedDB has answered: the chosen state comes from the
 * optimistic layer (src/storage/optimistic.ts), not from the write's round trip.
 */
import { act, fireEvent, waitFor } from '@testing-library/preact';
import { renderToolScreen } from '../../../tests/helpers/tool-screen';
import { db } from '../../storage/db';
import { saveState } from '../../storage/save-state';
import { JobStartScreen } from './JobStartScreen';

function firstItem(): Promise<HTMLElement> {
  return waitFor(() => {
    const item = document.querySelector<HTMLElement>('[data-item]');
    if (!item) throw new Error('no checklist item yet');
    return item;
  });
}

/** Holds a read-write transaction on the case stores open (as a slow disk would) until released. */
function holdDatabase(): () => void {
  let held = true;
  const tx = db.backendDB().transaction(['cases', 'toolDocs'], 'readwrite');
  const store = tx.objectStore('cases');
  const spin = () => {
    store.get('none').onsuccess = () => held && spin();
  };
  spin();
  return () => {
    held = false;
  };
}

describe('a tap shows at once', () => {
  it('ticks a checklist item on screen while the database is still busy', async () => {
    const caseId = await renderToolScreen(JobStartScreen, { organisation: 'Bostedet' });
    const item = await firstItem();
    const id = item.dataset.item ?? '';
    const box = item.querySelector<HTMLInputElement>('input[type="checkbox"]');
    expect(item.classList.contains('checklist-done')).toBe(false);
    const release = holdDatabase();
    await act(() => {
      fireEvent.click(box as HTMLInputElement);
    });
    await waitFor(() => expect(saveState.get().pending).toBeGreaterThan(0));
    expect(item.classList.contains('checklist-done')).toBe(true);
    release();
    await waitFor(() => expect(saveState.get().pending).toBe(0));
    const stored = (await db.toolDocs.get([caseId, 'job-start']))?.data as {
      items?: Record<string, { done?: boolean }>;
    };
    expect(stored.items?.[id]?.done).toBe(true);
    expect(item.classList.contains('checklist-done')).toBe(true);
  });
});
