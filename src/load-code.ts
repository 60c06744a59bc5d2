/**
 * Runs `load` (a dynamic import) again when it fails, up to `retries` more times with a growing
 * pause, and rejects with the last error only when every attempt failed. A screen's code that could
 * not be fetched once (a busy tablet, a service worker starting up) usually comes the next time, and
 * browsers now fetch a failed module again instead of remembering the failure (whatwg/html#10327;
 * checked in Chromium 156). "Prøv igen" is for when that was not enough.
 */
export async function loadCode<T>(
  load: () => Promise<T>,
  { retries = 2, pauseMs = 300 }: { retries?: number; pauseMs?: number } = {},
): Promise<T> {
  for (let attempt = 0; ; attempt++) {
    try {
      return await load();
    } catch (error) {
      if (attempt >= retries) throw error;
      console.warn(`Could not load code (attempt ${attempt + 1}), trying again`, error);
      await new Promise((resolve) => setTimeout(resolve, pauseMs * (attempt + 1)));
    }
  }
}
