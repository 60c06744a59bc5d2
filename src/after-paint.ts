/**
 * Work that must not delay the first paint (loading the database code, lazy parts of the first
 * screen) waits for it here. Preact's own effects are not enough: when a frame takes longer than
 * 35 ms (a slow tablet, 4× CPU in the bench), Preact runs them before the paint, and the list then
 * waits for Dexie to be parsed (issue 20).
 */
export function afterNextPaint(): Promise<void> {
  return new Promise((resolve) => {
    const done = () => {
      document.removeEventListener('visibilitychange', done);
      // After the frame's callbacks: the paint happens between this frame and the next task.
      setTimeout(resolve, 0);
    };
    // A hidden page paints no frames: nothing to wait for.
    if (document.visibilityState === 'hidden' || typeof requestAnimationFrame !== 'function') {
      done();
      return;
    }
    document.addEventListener('visibilitychange', done, { once: true });
    requestAnimationFrame(done);
  });
}
