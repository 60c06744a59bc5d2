import { useReducer, useRef } from 'preact/hooks';
import { afterNextPaint } from '../after-paint';
import { readersAfterPaint } from '../storage/optimistic';

interface Tap<T> {
  value: T;
  /** The stored value the tap was made over: once that changes, the stored value is shown again. */
  over: T;
  /** Which question the tap answered: the same control may be asked another one next. */
  scope: string;
}

/**
 * What a control shows as chosen: the stored value, or what was tapped a moment ago. A tap renders
 * the tapped control alone in its own frame; the write inside `tap` tells the rest of the screen
 * (a count, a "done" mark, the next step) after that paint, so the finger's frame is not late
 * behind the screen's render (issue 20: at 4× CPU the tool screen's render was most of a tap's
 * script). The value is pending and journalled in the tap's own task all the same.
 *
 * The tapped value is shown until the stored value moves (the screen has heard of the tap, or
 * another tab wrote) or the frame after the paint, whichever comes first: a write that is refused
 * or ignored never leaves the control showing something that is not there. `scope` names the
 * question: a control that is asked another one (the Role Star's next rater, blind to the answers
 * before) never shows a tap made on the one before.
 */
export function useShownTap<T>(
  stored: T,
  scope = '',
): readonly [shown: T, tap: (value: T, write: () => unknown) => void] {
  const tapped = useRef<Tap<T> | null>(null);
  const [, rerender] = useReducer((n: number) => n + 1, 0);
  const made = tapped.current;
  if (made !== null && (!Object.is(made.over, stored) || made.scope !== scope)) tapped.current = null;
  const shown = tapped.current === null ? stored : tapped.current.value;
  const tap = (value: T, write: () => unknown) => {
    const made: Tap<T> = { value, over: stored, scope };
    tapped.current = made;
    rerender(1);
    readersAfterPaint(write);
    void afterNextPaint().then(() => {
      if (tapped.current !== made) return;
      tapped.current = null;
      rerender(1);
    });
  };
  return [shown, tap] as const;
}
