import type { ComponentType } from 'preact';
import { useEffect, useState } from 'preact/hooks';

/**
 * Loads the update prompt (and the service-worker registration with workbox-window behind it)
 * after the first render, so it does not count against the first-load budget.
 */
export function DeferredUpdatePrompt() {
  const [Prompt, setPrompt] = useState<ComponentType | null>(null);
  useEffect(() => {
    void import('./UpdatePrompt').then((m) => setPrompt(() => m.UpdatePrompt));
  }, []);
  return Prompt ? <Prompt /> : null;
}
