/** Peer-Netværket's "5 gode råd" on the case overview: all five, folded away until opened. */
import { advice } from '../../../content/advice';
import { sourceById } from '../../../content/sources';
import { overviewUi } from '../../../content/ui-overview';
import { useLang } from '../../i18n';
import { memo } from '../../ui/memo';

/** Static text: the overview's commits never render it again (memoised). */
export const AdviceSummary = memo(function AdviceSummary() {
  const { t } = useLang();
  return (
    <details class="disclosure card advice-summary">
      <summary>{t(overviewUi.adviceHeading)}</summary>
      <p class="muted">{t(overviewUi.adviceIntro)}</p>
      <ol class="advice-list">
        {advice.map((item) => (
          <li key={item.id}>
            <strong>{t(item.title)}.</strong> {t(item.body)}
          </li>
        ))}
      </ol>
      <p class="muted">
        <cite>{sourceById('peernet-start').citation}</cite>
      </p>
    </details>
  );
});
