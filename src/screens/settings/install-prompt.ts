/**
 * Installing Peerstart: Chromium browsers fire `beforeinstallprompt` when the app can be installed; the
 * event is kept so a button can show the browser's own prompt later. Safari (iPad) never fires it, so
 * the app shows short "Føj til hjemmeskærm" steps there instead. Nothing shows once it is installed.
 * Loaded with the start page, so the event is caught however early it comes.
 */

interface InstallPromptEvent extends Event {
  prompt: () => Promise<void>;
  userChoice?: Promise<{ outcome: 'accepted' | 'dismissed' }>;
}

export type InstallOffer = 'installed' | 'prompt' | 'ios' | 'none';

let deferred: InstallPromptEvent | null = null;
/** Once the browser's prompt was shown (accepted or not), the app stops offering for this visit. */
let prompted = false;
const listeners = new Set<() => void>();
/** Calls `listener` whenever what the app can offer changes; returns the unsubscribe. */
export function onInstallChange(listener: () => void): () => void {
  listeners.add(listener);
  return () => listeners.delete(listener);
}
const bump = () => {
  for (const listener of listeners) listener();
};

/** Whether Peerstart runs as an installed app (home-screen icon) rather than in a browser tab. */
export function isInstalled(): boolean {
  if (typeof window === 'undefined') return false;
  const iosStandalone = (navigator as Navigator & { standalone?: boolean }).standalone === true;
  return iosStandalone || window.matchMedia?.('(display-mode: standalone)').matches === true;
}

/** What the app can offer: the browser's prompt, the iPad steps, nothing (installed or unknown). */
export function installOffer(): InstallOffer {
  if (isInstalled() || prompted) return 'installed';
  if (deferred) return 'prompt';
  // Only Safari on iPhone and iPad has `navigator.standalone`; there the steps are the way to install.
  if ('standalone' in navigator) return 'ios';
  return 'none';
}

/** Shows the browser's install prompt; the offer goes away whatever the user chooses. */
export async function promptInstall(): Promise<void> {
  const event = deferred;
  if (!event) return;
  deferred = null;
  prompted = true;
  bump();
  await event.prompt();
  await event.userChoice?.catch(() => undefined);
}

if (typeof window !== 'undefined') {
  window.addEventListener('beforeinstallprompt', (event) => {
    // Keep the browser's mini-bar away; the app offers the install at a calm place instead.
    event.preventDefault();
    deferred = event as InstallPromptEvent;
    bump();
  });
  window.addEventListener('appinstalled', () => {
    deferred = null;
    prompted = true;
    bump();
  });
}
