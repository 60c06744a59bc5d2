import { useStore } from '../storage/store';
import { saveState } from '../storage/writes';
import { lazyComponent } from './router';

const SaveProblem = lazyComponent(() => import('./StorageProblem').then((m) => m.SaveProblem));

/** Shows the failed-save message (loaded on demand) while the latest write has failed. */
export function SaveErrorBanner() {
  const { error } = useStore(saveState);
  return error ? <SaveProblem error={error} /> : null;
}
