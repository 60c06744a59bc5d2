import { useEffect, useRef } from 'preact/hooks';
import { workshopUi } from '../../../content/workshop';
import { useLang } from '../../i18n';
import { useLocation } from '../../router/router';
import { createCase, useCase } from '../../storage/cases';
import { useStore } from '../../storage/store';
import { clearCurrentCase, justHandedOver, setCurrentCase, useWorkshop } from './workshop-state';
import './workshop.css';

/**
 * The start page while a workshop runs. It never lists cases and never names one: a pair starts
 * its own case here, or continues the one in progress (without its name, which may be another pair's).
 */
export function WorkshopStart() {
  const { t } = useLang();
  const { route } = useLocation();
  const state = useWorkshop();
  const done = useStore(justHandedOver);
  const current = state?.current ?? null;
  // Whether the current case still exists ("Slet alle data" or another tab may have removed it).
  const record = useCase(current ?? '');
  const title = useRef<HTMLHeadingElement>(null);
  const gone = current !== null && record === null;

  useEffect(() => {
    if (gone) clearCurrentCase({ handedOver: false });
  }, [gone]);

  useEffect(() => {
    // After a hand-over the screen is new to the next pair: start reading at its title.
    if (done) title.current?.focus();
  }, [done]);

  const begin = async () => {
    const id = await createCase();
    setCurrentCase(id);
    route(`/cases/${id}?new=1`);
  };

  const inProgress = current !== null && !gone;
  return (
    <section class="workshop-start stack" aria-labelledby="workshop-start-title">
      <h1 id="workshop-start-title" tabIndex={-1} ref={title}>
        {t(workshopUi.start.title)}
      </h1>
      {done && (
        <p class="banner workshop-done" role="status">
          {t(workshopUi.start.done)}
        </p>
      )}
      <p class="lead">{t(workshopUi.start.intro)}</p>
      {inProgress ? (
        <div class="workshop-card card stack">
          <p>{t(workshopUi.start.inProgress)}</p>
          <div class="workshop-actions">
            <a class="btn btn-primary" href={`/cases/${current}`}>
              {t(workshopUi.start.continue)}
            </a>
            <a class="btn" href="/workshop/hand-over">
              {t(workshopUi.start.handOver)}
            </a>
          </div>
        </div>
      ) : (
        <div class="workshop-actions">
          <button
            type="button"
            class="btn btn-primary workshop-begin"
            disabled={current !== null && record === undefined}
            onClick={() => void begin()}
          >
            {t(workshopUi.start.begin)}
          </button>
        </div>
      )}
      <p class="muted">{t(workshopUi.start.facilitator)}</p>
    </section>
  );
}
