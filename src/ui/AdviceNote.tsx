import { adviceById, adviceNoteLabel } from '../../content/advice';
import type { AdviceId } from '../../content/types';
import { useLang } from '../i18n';

/** One of Peer-Netværket's "5 gode råd", shown beside the item it applies to. */
export function AdviceNote({ id }: { id: AdviceId }) {
  const { t } = useLang();
  const advice = adviceById(id);
  return (
    // A note, not a landmark: two items on one screen can carry the same advice, and landmarks
    // must differ (axe landmark-unique).
    <div role="note" class="advice-note" aria-label={`${t(adviceNoteLabel)}: ${t(advice.title)}`}>
      <p class="advice-title">{t(advice.title)}</p>
      <p>{t(advice.body)}</p>
    </div>
  );
}
