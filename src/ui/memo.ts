import { Component, type ComponentType, type FunctionComponent, h } from 'preact';

/**
 * A component that renders again only when one of its props changed (compared with ===), so a tap
 * on one answer re-renders that answer's control, not every control on the screen (issue 20).
 * preact/compat has `memo`, but importing compat installs React-compatibility hooks for the whole
 * app (it changes how `onChange` works on inputs), so this is the few lines of it we need.
 */
export function memo<P extends object>(Render: FunctionComponent<P>): ComponentType<P> {
  class Memo extends Component<P> {
    override shouldComponentUpdate(next: P): boolean {
      const before = this.props as Record<string, unknown>;
      const after = next as Record<string, unknown>;
      const keys = Object.keys(after);
      if (keys.length !== Object.keys(before).length) return true;
      return keys.some((key) => before[key] !== after[key]);
    }
    override render(props: P) {
      return h(Render, props);
    }
  }
  (Memo as ComponentType<P>).displayName = `Memo(${Render.displayName ?? Render.name})`;
  return Memo;
}
