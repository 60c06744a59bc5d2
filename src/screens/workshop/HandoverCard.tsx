import { workshopUi } from '../../../content/workshop';
import { useLang } from '../../i18n';
import { memo } from '../../ui/memo';
import { useWorkshop } from './workshop-state';
import './workshop.css';

/** On the current pair's case overview during a workshop: the way to "Afslut og aflever". */
export const HandoverCard = memo(function HandoverCard({ caseId }: { caseId: string }) {
  const { t } = useLang();
  const state = useWorkshop();
  if (state?.current !== caseId) return null;
  return (
    <section
      class="card stack workshop-handover-card no-print"
      aria-labelledby="workshop-handover-card-title"
    >
      <h2 id="workshop-handover-card-title">{t(workshopUi.overview.heading)}</h2>
      <p>{t(workshopUi.overview.text)}</p>
      <div>
        <a class="btn btn-primary" href="/workshop/hand-over">
          {t(workshopUi.start.handOver)}
        </a>
      </div>
    </section>
  );
});
