import { useState } from 'preact/hooks';
import { workshopUi } from '../../../content/workshop';
import { useLang } from '../../i18n';
import { useLocation } from '../../router/router';
import { deleteCase, useCaseList } from '../../storage/case-list';
import { forgetScreenTraces } from '../../ui/forget-screen-traces';
import { showToast } from '../../ui/toast-store';
import { BackupExportButton } from '../export/BackupExportButton';
import { endWorkshop, startWorkshop, useWorkshop } from './workshop-state';
import './workshop.css';

/**
 * Settings, for the facilitator: start a workshop (only on a tablet without cases, so the pairs can
 * never see a case that was there before), see how it goes, and end it with one button, which
 * deletes any case a pair did not hand over and brings back the usual start page.
 */
export function WorkshopSection() {
  const { t, formatDateTime } = useLang();
  const { route } = useLocation();
  const state = useWorkshop();
  const list = useCaseList();
  const [busy, setBusy] = useState(false);
  const s = workshopUi.settings;
  // Only the live list counts: the start-up snapshot may be a moment behind.
  const cases = list?.live ? list.cases : undefined;

  const start = () => {
    startWorkshop();
    route('/');
  };

  const end = async () => {
    setBusy(true);
    try {
      for (const record of cases ?? []) await deleteCase(record.id);
      forgetScreenTraces();
      endWorkshop();
      showToast({ message: t(s.ended) });
    } finally {
      setBusy(false);
    }
  };

  return (
    <section id="workshop" class="card stack workshop-section" aria-labelledby="workshop-title">
      <h2 id="workshop-title">{t(s.heading)}</h2>
      <p>{t(s.intro)}</p>
      {state ? (
        <>
          <p>
            {t(s.running)(formatDateTime(state.startedAt))} {t(s.handedOver)(state.handedOver)}
          </p>
          {cases && cases.length > 0 && (
            <>
              <p class="banner banner-warning">{t(s.left)(cases.length)}</p>
              <div>
                <BackupExportButton />
              </div>
            </>
          )}
          <p class="muted" id="workshop-end-hint">
            {t(s.endHint)}
          </p>
          <div>
            <button
              type="button"
              class="btn btn-primary"
              aria-describedby="workshop-end-hint"
              disabled={busy || cases === undefined}
              onClick={() => void end()}
            >
              {t(s.end)}
            </button>
          </div>
        </>
      ) : (
        <>
          {cases && cases.length > 0 && <p class="banner banner-warning">{t(s.notEmpty)(cases.length)}</p>}
          <div>
            <button
              type="button"
              class="btn btn-primary"
              disabled={cases === undefined || cases.length > 0}
              onClick={start}
            >
              {t(s.start)}
            </button>
          </div>
        </>
      )}
    </section>
  );
}
