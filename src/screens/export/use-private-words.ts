import { useEffect, useRef, useState } from 'preact/hooks';
import { type CaseSnapshot, useCaseSnapshot } from '../../storage/cases';
import { isLockOn } from '../../storage/lock/lock-flag';
import { features } from '../../tools/registry';
import type { PassphraseChoice } from './PassphraseFields';

/** Whether a case holds any of the peer worker's own parts (ownership.ts). */
export function holdsPrivateWords(snapshot: CaseSnapshot): boolean {
  return Object.values(features).some((feature) => (feature.privateParts?.(snapshot) ?? []).length > 0);
}

/**
 * Tells whether the backup of one case would carry the peer worker's own words (issue 18), so it
 * can be protected with a passphrase from the start. A component, rendered only where there is a
 * case, so no case is read where there is none. (A backup of every case checks when it is made,
 * so the settings screen does not read every case just to show.)
 */
export function PrivateWordsProbe(props: { caseId: string; onFound: (found: boolean) => void }) {
  const snapshot = useCaseSnapshot(props.caseId);
  const found = snapshot ? holdsPrivateWords(snapshot) : false;
  useEffect(() => props.onFound(found), [found]);
  return null;
}

/**
 * The passphrase choice of a backup file: protected from the start when the device lock is on, and
 * ticked as soon as the case turns out to hold the peer worker's own words, unless the person has
 * already chosen themselves (`choose`); the app's own changes (`set`) do not count as a choice.
 */
export function usePassphraseChoice() {
  const [choice, set] = useState<PassphraseChoice>(() => ({
    protect: isLockOn(),
    passphrase: '',
    repeated: '',
  }));
  const [privateWords, setPrivateWords] = useState(false);
  const chosen = useRef(false);
  useEffect(() => {
    if (privateWords && !chosen.current) set((c) => ({ ...c, protect: true }));
  }, [privateWords]);
  return {
    choice,
    set,
    choose: (next: PassphraseChoice) => {
      chosen.current = true;
      set(next);
    },
    /** Whether the person has changed the choice themselves. */
    chosen: () => chosen.current,
    /** Whether the case holds the peer worker's own words (from PrivateWordsProbe). */
    privateWords,
    setPrivateWords,
  };
}
