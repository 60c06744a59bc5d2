import { adviceById } from '../../content/advice';
import type { AdviceId } from '../../content/types';
import { useLang } from '../i18n';

/** One of Peer-Netværket's "5 gode råd", shown beside the item it applies to. */
export function AdviceNote({ id }: { id: AdviceId }) {
  const { t, lang } = useLang();
  const advice = adviceById(id);
  return (
    // Each note is named by its own title: axe requires landmarks on one page to differ.
    <aside class="advice-note" aria-label={`${lang === 'da' ? 'Godt råd' : 'Advice'}: ${t(advice.title)}`}>
      <p class="advice-title">{t(advice.title)}</p>
      <p>{t(advice.body)}</p>
    </aside>
  );
}
