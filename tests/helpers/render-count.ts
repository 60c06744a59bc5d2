/**
 * Counts how often each component renders, by its function's name, with Preact's own render hook
 * (options.__r, the one preact/hooks uses). For the tests that a tap renders only what it changes
 * (issue 20).
 */
import { options, type VNode } from 'preact';
import { afterEach, beforeEach } from 'vitest';

type RenderHook = { __r?: (vnode: VNode) => void };

export function countRenders(): Map<string, number> {
  const hooks = options as typeof options & RenderHook;
  const renders = new Map<string, number>();
  let before: RenderHook['__r'];
  beforeEach(() => {
    before = hooks.__r;
    hooks.__r = (vnode) => {
      const name = typeof vnode.type === 'function' ? (vnode.type as { name?: string }).name : undefined;
      if (name) renders.set(name, (renders.get(name) ?? 0) + 1);
      before?.(vnode);
    };
  });
  afterEach(() => {
    hooks.__r = before;
    renders.clear();
  });
  return renders;
}
