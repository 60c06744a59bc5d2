// A tap shows as chosen in its own frame (issue 20), and never shows what was not kept.
import { cleanup, fireEvent, render, screen, waitFor } from '@testing-library/preact';
import { useState } from 'preact/hooks';
import { afterEach, expect, test } from 'vitest';
import { afterNextPaint } from '../after-paint';
import { SegmentedControl } from './SegmentedControl';

afterEach(cleanup);

const segments = [
  { value: 1, label: 'Lidt' },
  { value: 2, label: 'Noget' },
  { value: 3, label: 'Meget' },
] as const;

function chosen(): string[] {
  return [...document.querySelectorAll('.segment-checked')].map((label) => label.textContent ?? '');
}

/** A control whose stored answer is only what the test passes in: its taps are never kept. */
function ignoring(props: { value: number | undefined; name?: string }) {
  return (
    <SegmentedControl
      legend="Hvor meget?"
      name={props.name}
      segments={segments}
      value={props.value}
      onChange={() => undefined}
    />
  );
}

test('a tap shows as chosen before its screen hears of it, and stays chosen once it does', async () => {
  let screenRenders = 0;
  function Screen() {
    const [value, setValue] = useState<number | undefined>(undefined);
    screenRenders++;
    return <SegmentedControl legend="Hvor meget?" segments={segments} value={value} onChange={setValue} />;
  }
  render(<Screen />);
  screenRenders = 0;

  fireEvent.click(screen.getByRole('radio', { name: 'Noget' }));
  expect(chosen()).toEqual(['Noget']);
  expect((screen.getByRole('radio', { name: 'Noget' }) as HTMLInputElement).checked).toBe(true);

  await afterNextPaint();
  await waitFor(() => expect(screenRenders).toBeGreaterThanOrEqual(1));
  expect(chosen()).toEqual(['Noget']);
});

test('a tap that is not kept shows as chosen for one frame only, then the stored answer again', async () => {
  const asked: number[] = [];
  render(
    <SegmentedControl legend="Hvor meget?" segments={segments} value={3} onChange={(v) => asked.push(v)} />,
  );
  fireEvent.click(screen.getByRole('radio', { name: 'Lidt' }));
  expect(asked).toEqual([1]);
  expect(chosen()).toEqual(['Lidt']);

  await afterNextPaint();
  await waitFor(() => expect(chosen()).toEqual(['Meget']));
  expect((screen.getByRole('radio', { name: 'Meget' }) as HTMLInputElement).checked).toBe(true);
});

test('a stored answer that moves meanwhile (another tab) wins over the tap', async () => {
  const { rerender } = render(ignoring({ value: 3 }));
  fireEvent.click(screen.getByRole('radio', { name: 'Lidt' }));
  expect(chosen()).toEqual(['Lidt']);
  rerender(ignoring({ value: 2 }));
  expect(chosen()).toEqual(['Noget']);
});

test('a control asked another question (the next rater, blind) never shows a tap on the one before', () => {
  const { rerender } = render(ignoring({ value: undefined, name: 'rate-1-manager' }));
  fireEvent.click(screen.getByRole('radio', { name: 'Meget' }));
  expect(chosen()).toEqual(['Meget']);
  rerender(ignoring({ value: undefined, name: 'rate-1-peer' }));
  expect(chosen()).toEqual([]);
  expect(screen.getAllByRole('radio').some((radio) => (radio as HTMLInputElement).checked)).toBe(false);
});
