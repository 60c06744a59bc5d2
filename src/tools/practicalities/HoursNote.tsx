/** A quiet note under the hours when they are not a number or lie outside the recommended range. */
import { practicalitiesText } from '../../../content/practicalities';
import { useLang } from '../../i18n';
import { parseHours } from './model';

export function HoursNote({ hours }: { hours: string }) {
  const { t } = useLang();
  const parsed = parseHours(hours);
  if (!parsed.valid) return <p class="practical-note">{t(practicalitiesText.hoursNotNumber)}</p>;
  if (parsed.outside) return <p class="practical-note">{t(practicalitiesText.hoursOutside)(hours.trim())}</p>;
  return null;
}
