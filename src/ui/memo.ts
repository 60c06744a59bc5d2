import { Component, type ComponentType, type FunctionComponent, h } from 'preact';

/** Whether two plain objects hold the same values under the same keys (compared with ===). */
export function shallowEqual(a: object, b: object): boolean {
  const before = a as Record<string, unknown>;
  const after = b as Record<string, unknown>;
  const keys = Object.keys(after);
  return keys.length === Object.keys(before).length && keys.every((key) => before[key] === after[key]);
}

/**
 * A component that renders again only when its props changed (by default: one of them is no
 * longer ===; `equal` may compare the values inside, e.g. a checklist entry rebuilt from the
 * stored document on every change), so a tap on one answer re-renders that answer's control, not
 * every control on the screen (issue 20). preact/compat has `memo`, but importing compat installs
 * React-compatibility hooks for the whole app (it changes how `onChange` works on inputs), so this
 * is the few lines of it we need.
 */
export function memo<P extends object>(
  Render: FunctionComponent<P>,
  equal: (before: P, after: P) => boolean = shallowEqual,
): ComponentType<P> {
  class Memo extends Component<P> {
    override shouldComponentUpdate(next: P): boolean {
      return !equal(this.props, next);
    }
    override render(props: P) {
      return h(Render, props);
    }
  }
  (Memo as ComponentType<P>).displayName = `Memo(${Render.displayName ?? Render.name})`;
  return Memo;
}
