// Issue 20: a tap re-renders its own control and what reads its value, not the whole screen. The
// renders are counted with Preact's own render hook (options.__r, the one preact/hooks uses).
import { fireEvent, screen, waitFor, within } from '@testing-library/preact';
import { options, type VNode } from 'preact';
import { afterEach, beforeEach, expect, test } from 'vitest';
import { renderToolScreen, storedSnapshot } from '../../../tests/helpers/tool-screen';
import { feature } from './feature';
import { ReadinessScreen } from './ReadinessScreen';

type RenderHook = { __r?: (vnode: VNode) => void };
const hooks = options as typeof options & RenderHook;
const renders = new Map<string, number>();
const before = hooks.__r;

beforeEach(() => {
  hooks.__r = (vnode) => {
    const type = vnode.type as { name?: string };
    if (typeof vnode.type === 'function' && type.name)
      renders.set(type.name, (renders.get(type.name) ?? 0) + 1);
    before?.(vnode);
  };
});
afterEach(() => {
  hooks.__r = before;
});

test('a tap on one statement renders that statement again, not the other nine', async () => {
  const caseId = await renderToolScreen(ReadinessScreen, { organisation: 'Distriktspsykiatrien' });
  fireEvent.click(await screen.findByRole('button', { name: 'Start målingen' }));
  const third = await screen.findByRole('group', { name: /^3\. / });
  // Settled: the round is on screen and nothing is pending.
  await waitFor(() => expect(screen.getAllByRole('group', { name: /^\d+\. / })).toHaveLength(10));
  renders.clear();

  fireEvent.click(within(third).getByRole('radio', { name: /Lunt/ }));
  await waitFor(async () => expect(feature.progress(await storedSnapshot(caseId)).answered).toBe(1));
  await waitFor(() =>
    expect((within(third).getByRole('radio', { name: /Lunt/ }) as HTMLInputElement).checked).toBe(true),
  );

  // The tapped statement, as often as the tap and its commit reach it; never the other nine.
  const cards = renders.get('ReadinessItemCard') ?? 0;
  expect(cards).toBeGreaterThanOrEqual(1);
  expect(cards).toBeLessThanOrEqual(3);
  // What reads the answers (the count, the result) renders again.
  expect(renders.get('ReadinessResult') ?? 0).toBeGreaterThanOrEqual(1);
});
