import { adviceById } from '../../../content/advice';
import type { AdviceId } from '../../../content/types';
import { useLang } from '../../i18n';

/**
 * One of the "5 gode råd" beside the item it applies to, like src/ui/AdviceNote but named by its
 * title, so several pieces of advice on one screen are distinct landmarks (axe: landmark-unique).
 * Used by hiring topics, practicalities and job start; remove it once AdviceNote does the same.
 */
export function AdviceAside({ id }: { id: AdviceId }) {
  const { t, lang } = useLang();
  const advice = adviceById(id);
  return (
    <aside class="advice-note" aria-label={`${lang === 'da' ? 'Godt råd' : 'Advice'}: ${t(advice.title)}`}>
      <p class="advice-title">
        <span aria-hidden="true">💡 </span>
        {t(advice.title)}
      </p>
      <p>{t(advice.body)}</p>
    </aside>
  );
}
