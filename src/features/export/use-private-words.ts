import { useEffect } from 'preact/hooks';
import { type CaseSnapshot, useCaseSnapshot } from '../../storage/cases';
import { features } from '../registry';

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
