import { workshopShellUi } from '../../../content/workshop-shell';
import { useLang } from '../../i18n';
import { useWorkshop } from './workshop-state';
import './workshop-badge.css';

/** In the header while a workshop runs: says so, on every screen. */
export function WorkshopBadge() {
  const { t } = useLang();
  if (!useWorkshop()) return null;
  return (
    <span class="workshop-badge" data-workshop="on">
      {t(workshopShellUi.badge)}
    </span>
  );
}
