import { lazyComponent } from '../../router/router';
import { CaseList } from '../cases/CaseList';
import { useWorkshop } from './workshop-state';

/** The workshop's start screen: loaded only while a workshop runs. */
const WorkshopStart = lazyComponent(() => import('./WorkshopStart').then((m) => m.WorkshopStart));

/**
 * The start page: the case list, or while a workshop runs the workshop's start screen, which never
 * lists cases (the list and its start-up snapshot are not even read then).
 */
export function Home() {
  return useWorkshop() ? <WorkshopStart /> : <CaseList />;
}
