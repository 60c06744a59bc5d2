/**
 * A screen shows a tap at once even when the tap lands before the screen has subscribed to pending
 * writes (on a loaded tablet the first paint, and so a passive effect, can come late).
 */
import { render, screen, waitFor } from '@testing-library/preact';
import type { ComponentChildren } from 'preact';
import { useLayoutEffect } from 'preact/hooks';
import { createCase, useCase } from './cases';
import { db } from './db';
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

/** Shows one case's organisation, as stored (each reader joins the case's one shared query). */
function Organisation({ id, label }: { id: string; label: string }) {
  const record = useCase(id);
  return <p data-testid={label}>{record?.organisation ?? '…'}</p>;
}

test('readers of one case share its query: one leaving does not stop the other from following it', async () => {
  const id = await createCase({ organisation: 'Bostedet' });
  const { rerender } = render(
    <>
      <Organisation id={id} label="a" />
      <Organisation id={id} label="b" />
    </>,
  );
  await waitFor(() => expect(screen.getByTestId('b').textContent).toBe('Bostedet'));
  expect(screen.getByTestId('a').textContent).toBe('Bostedet');
  rerender(<Organisation id={id} label="b" />);
  await db.cases.update(id, { organisation: 'Bostedet Øst', updatedAt: Date.now() });
  await waitFor(() => expect(screen.getByTestId('b').textContent).toBe('Bostedet Øst'));
  // A reader mounted later starts from the shared result at once, not from "…".
  rerender(
    <>
      <Organisation id={id} label="b" />
      <Organisation id={id} label="c" />
    </>,
  );
  expect(screen.getByTestId('c').textContent).toBe('Bostedet Øst');
});
