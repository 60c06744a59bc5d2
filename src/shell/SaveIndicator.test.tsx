import { act, render, screen } from '@testing-library/preact';
import { afterEach, describe, expect, test, vi } from 'vitest';
import { LangProvider } from '../i18n';
import { saveState } from '../storage/save-state';
import { SAVING_SHOWN_AFTER_MS, SaveIndicator } from './SaveIndicator';

function renderIndicator() {
  render(
    <LangProvider initial="da">
      <SaveIndicator />
    </LangProvider>,
  );
  return screen.getByRole('status');
}

/** One keystroke's save: pending, then committed. */
function quickSave(at: number) {
  saveState.set({ ...saveState.get(), pending: 1 });
  saveState.set({ ...saveState.get(), pending: 0, lastSavedAt: at });
}

afterEach(() => {
  vi.useRealTimers();
  act(() => saveState.set({ pending: 0, lastSavedAt: null, error: null }));
});

describe('the save indicator', () => {
  test('says "Gemt" while keystrokes save quickly, without speaking for each of them', () => {
    act(() => saveState.set({ pending: 0, lastSavedAt: 1, error: null }));
    const status = renderIndicator();
    const texts = new Set<string>();
    for (let i = 0; i < 20; i++) {
      act(() => saveState.set({ ...saveState.get(), pending: 1 }));
      texts.add(status.textContent ?? '');
      act(() => quickSave(i + 2));
      texts.add(status.textContent ?? '');
    }
    // The live region's text never changed, so a screen reader had nothing to announce.
    expect([...texts]).toEqual(['Gemt']);
  });

  test('says "Gemmer …" once a save has waited a while, and "Gemt" when it is done', () => {
    vi.useFakeTimers();
    act(() => saveState.set({ pending: 0, lastSavedAt: 1, error: null }));
    const status = renderIndicator();
    act(() => saveState.set({ ...saveState.get(), pending: 1 }));
    // Tests and tools read the state itself at once.
    expect(status.dataset.saveState).toBe('pending');
    expect(status.textContent).toBe('Gemt');
    act(() => {
      vi.advanceTimersByTime(SAVING_SHOWN_AFTER_MS);
    });
    expect(status.textContent).toBe('Gemmer …');
    act(() => saveState.set({ ...saveState.get(), pending: 0, lastSavedAt: 2 }));
    expect(status.textContent).toBe('Gemt');
    expect(status.dataset.saveState).toBe('ok');
  });

  test('says "Ikke gemt" at once when a save fails', () => {
    act(() => saveState.set({ pending: 0, lastSavedAt: 1, error: null }));
    const status = renderIndicator();
    act(() => saveState.set({ pending: 0, lastSavedAt: 1, error: 'quota' }));
    expect(status.textContent).toBe('Ikke gemt');
    expect(status.dataset.saveState).toBe('error');
  });

  test('the very first save says "Gemmer …" at once: there is no "Gemt" yet to keep showing', () => {
    render(
      <LangProvider initial="da">
        <SaveIndicator />
      </LangProvider>,
    );
    act(() => saveState.set({ pending: 1, lastSavedAt: null, error: null }));
    expect(screen.getByRole('status').textContent).toBe('Gemmer …');
  });
});
