/**
 * A screen shows a tap at once even when the tap lands before the screen has subscribed to pending
 * writes (on a loaded tablet the first paint, and so a passive effect, can come late).
 */
import { render, screen } from '@testing-library/preact';
import type { ComponentChildren } from 'preact';
import { useLayoutEffect } from 'preact/hooks';
import { usePendingChanges } from './live';
import { caseKey, currentData, overlay, setPending } from './optimistic';

const record = caseKey('case-early-tap');

/** What the screen shows: the stored kind with this tab's pending value laid over it. */
function KindShown({ children }: { children?: ComponentChildren }) {
  usePendingChanges((changed) => changed === record);
  const shown = overlay(record, { kind: 'employment' });
  return (
    <div>
      <p data-testid="kind">{String(shown.kind)}</p>
      {children}
    </div>
  );
}

/** A write after the screen rendered and before it subscribed: a child's layout effect runs before its parent's. */
function EarlyTap() {
  useLayoutEffect(() => {
    setPending(record, ['kind'], 'volunteer');
  }, []);
  return null;
}

test('a pending write made between the render and the subscription is shown at once', () => {
  expect(currentData(record)).toBeUndefined();
  render(
    <KindShown>
      <EarlyTap />
    </KindShown>,
  );
  expect(screen.getByTestId('kind').textContent).toBe('volunteer');
});
