import { saveState } from '../storage/save-state';
import { useStore } from '../storage/store';
import { SaveProblem } from './StorageProblem';

/** Shows the failed-save message while the latest write has failed (in the first load: a full disk
 * must never wait for a chunk to explain itself). */
export function SaveErrorBanner() {
  const { error } = useStore(saveState);
  return error ? <SaveProblem error={error} /> : null;
}
