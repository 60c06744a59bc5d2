import { adviceById } from '../../content/advice';
import type { AdviceId } from '../../content/types';
import { useLang } from '../i18n';

/** One of Peer-Netværket's "5 gode råd", shown beside the item it applies to. */
export function AdviceNote({ id }: { id: AdviceId }) {
  const { t, lang } = useLang();
  const advice = adviceById(id);
  return (
    <aside class="advice-note" aria-label={lang === 'da' ? 'Godt råd' : 'Advice'}>
      <p class="advice-title">
        <span aria-hidden="true">💡 </span>
        {t(advice.title)}
      </p>
      <p>{t(advice.body)}</p>
    </aside>
  );
}
