import { useEffect, useRef } from 'preact/hooks';
import { useRoute } from './router';

/**
 * A link can name a place on a tool's screen (`?focus=<element id>`, e.g. from the finished Role Star to
 * the function description): once that element has rendered, it is scrolled to the top and focused.
 */
export function useFocusTarget(): void {
  const { query } = useRoute();
  const handled = useRef<string | null>(null);
  useEffect(() => {
    const id = query.focus;
    if (!id || handled.current === id) return;
    const target = document.getElementById(id);
    if (!target) return;
    handled.current = id;
    // After the router's own scroll-to-top and focus on <main> for the new page.
    requestAnimationFrame(() => {
      if (!target.hasAttribute('tabindex')) target.setAttribute('tabindex', '-1');
      target.scrollIntoView({ block: 'start' });
      target.focus({ preventScroll: true });
    });
  });
}
