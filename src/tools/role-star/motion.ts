/** Scrolling that respects the user's wish for less motion (prefers-reduced-motion). */
export function scrollBehavior(): ScrollBehavior {
  return typeof window !== 'undefined' && window.matchMedia?.('(prefers-reduced-motion: reduce)').matches
    ? 'auto'
    : 'smooth';
}

/** Brings an element into view, smoothly unless the user asks for less motion. */
export function bringIntoView(element: Element | null | undefined, block: ScrollLogicalPosition = 'center') {
  element?.scrollIntoView?.({ block, behavior: scrollBehavior() });
}
