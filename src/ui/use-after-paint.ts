import { useEffect, useState } from 'preact/hooks';
import { afterNextPaint } from '../after-paint';

/**
 * `value` as it was before the last paint: it follows a change one frame later. A tap then paints
 * its own control in the next frame, and what merely reads the tapped value (a result, a chart, a
 * comparison) follows in the frame after, instead of making the tap's own frame late (issue 20).
 * The first render shows `value` at once.
 */
export function useAfterPaint<T>(value: T): T {
  const [shown, setShown] = useState(value);
  useEffect(() => {
    if (Object.is(shown, value)) return;
    let current = true;
    void afterNextPaint().then(() => {
      if (current) setShown(() => value);
    });
    return () => {
      current = false;
    };
  }, [value]);
  return shown;
}
