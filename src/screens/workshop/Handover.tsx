import { useRef, useState } from 'preact/hooks';
import { exportUi } from '../../../content/export';
import { audienceUi } from '../../../content/ui-consent';
import { workshopUi } from '../../../content/workshop';
import { exportCases } from '../../backup/backup-io';
import { CaseKindProvider, useLang } from '../../i18n';
import type { PdfScope } from '../../pdf/make-pdf';
import { exportFileName } from '../../pdf/text';
import { useLocation } from '../../router/router';
import { caseKindOf, useCase } from '../../storage/cases';
import { todayIso } from '../../tool-kit/normalise';
import { reportSources, ToolsContext } from '../../tool-kit/tools-context';
import { features } from '../../tools/registry';
import { AudienceChooser } from '../export/AudienceChooser';
import {
  focusIssue,
  PassphraseFields,
  type PassphraseIssue,
  passphraseIssue,
} from '../export/PassphraseFields';
import { PrivateWordsProbe, usePassphraseChoice } from '../export/use-private-words';
import { removeWorkshopCase } from './clean-up';
import { HandoverFile } from './HandoverFile';
import { useWorkshop } from './workshop-state';
import '../export/export.css';
import './workshop.css';

/**
 * "Afslut og aflever": the pair takes its case as a PDF and/or a backup file, the screen confirms
 * each was shared or downloaded, and then the case is deleted from the tablet. The next screen is
 * the workshop's clean start page, and it replaces this history entry, so "back" never returns here.
 */
export function Handover() {
  const { t, lang } = useLang();
  const { route } = useLocation();
  const state = useWorkshop();
  const caseId = state?.current ?? '';
  const record = useCase(caseId);
  const [delivered, setDelivered] = useState({ pdf: false, backup: false });
  const [removing, setRemoving] = useState(false);
  const [failed, setFailed] = useState(false);
  // A downloaded file stays in the tablet's downloads after the hand-over: a passphrase keeps the
  // next pair out of it (ticked from the start when the device lock is on, or when the case holds
  // the peer worker's own words, as every backup of them is).
  const { choice, set: setChoice, choose, privateWords, setPrivateWords } = usePassphraseChoice();
  const [issue, setIssue] = useState<PassphraseIssue | null>(null);
  const fields = { first: useRef<HTMLInputElement>(null), second: useRef<HTMLInputElement>(null) };
  const h = workshopUi.handOver;

  if (!state?.current || record === null) {
    return (
      <section class="stack" aria-labelledby="handover-title">
        <h1 id="handover-title">{t(h.title)}</h1>
        <p>{t(h.nothing)}</p>
        <div>
          <a class="btn btn-primary" href="/">
            {t(h.toStart)}
          </a>
        </div>
      </section>
    );
  }

  // The same choice as every PDF (issue 18): who it is for, what it holds, and the peer worker's
  // own parts only with their yes.
  const makePdf = (scope: PdfScope) => async () => {
    const { makeCasePdf } = await import('../../pdf/make-pdf');
    return makeCasePdf(caseId, lang, reportSources(features), { scope });
  };

  const backupReady = () => {
    const found = passphraseIssue(choice);
    setIssue(found);
    if (found) focusIssue(found, fields);
    return found === null;
  };

  const makeBackup = async () => {
    const backup = await exportCases([caseId]);
    const { writeBackupText, writeEncryptedBackupText } = await import('../../backup/backup-file');
    const written = choice.protect
      ? await writeEncryptedBackupText(backup, choice.passphrase)
      : writeBackupText(backup);
    setChoice({ ...choice, passphrase: '', repeated: '' });
    if (!written.ok) throw new Error(`Backup does not read back: ${written.error.code}`);
    const stem = record?.organisation.trim() ? record.organisation : t(exportUi.report.fileStem);
    const name = exportFileName(t(exportUi.backup.fileStem), stem, todayIso(), 'json');
    return new File([written.text], name, { type: 'application/json' });
  };

  const remove = async () => {
    setRemoving(true);
    setFailed(false);
    try {
      await removeWorkshopCase(caseId, { handedOver: true });
      // Replace this entry: the address bar and this history entry no longer lead to the case.
      route('/', true);
    } catch (error) {
      console.error('Could not delete the workshop case', error);
      setRemoving(false);
      setFailed(true);
    }
  };

  const anyDelivered = delivered.pdf || delivered.backup;
  return (
    <CaseKindProvider kind={caseKindOf(record ?? {})}>
      <ToolsContext.Provider value={features}>
        <section class="workshop-handover stack" aria-labelledby="handover-title">
          <a class="back-link" href={`/cases/${caseId}`}>
            ← {t(h.back)}
          </a>
          <h1 id="handover-title">{t(h.title)}</h1>
          <p class="lead">{t(h.intro)}</p>
          <div class="workshop-files">
            <HandoverFile
              id="handover-pdf"
              heading={t(h.pdf.heading)}
              text={t(h.pdf.text)}
              makeLabel={t(h.pdf.make)}
              deliveredText={t(h.pdf.delivered)}
              chooser={(choose, cancel) => (
                <AudienceChooser
                  caseId={caseId}
                  onMake={(scope) => choose(makePdf(scope))}
                  onCancel={cancel}
                />
              )}
              delivered={delivered.pdf}
              onDelivered={() => setDelivered((d) => ({ ...d, pdf: true }))}
            />
            <HandoverFile
              id="handover-backup"
              heading={t(h.backup.heading)}
              text={t(h.backup.text)}
              makeLabel={t(h.backup.make)}
              deliveredText={t(h.backup.delivered)}
              ready={backupReady}
              make={makeBackup}
              delivered={delivered.backup}
              onDelivered={() => setDelivered((d) => ({ ...d, backup: true }))}
            >
              <PrivateWordsProbe caseId={caseId} onFound={setPrivateWords} />
              {privateWords && <p class="backup-private-why">{t(audienceUi.backupWhy)}</p>}
              <PassphraseFields choice={choice} onChange={choose} issue={issue} fields={fields} />
            </HandoverFile>
          </div>
          <section class="card stack workshop-finish" aria-labelledby="handover-finish-title">
            <h2 id="handover-finish-title">{t(h.finish.heading)}</h2>
            <p id="handover-finish-text">{anyDelivered ? t(h.finish.ready) : t(h.finish.waiting)}</p>
            <div>
              <button
                type="button"
                class="btn btn-primary"
                aria-describedby="handover-finish-text"
                disabled={!anyDelivered || removing}
                onClick={() => void remove()}
              >
                {t(h.finish.button)}
              </button>
            </div>
            {!anyDelivered && (
              <details class="disclosure workshop-no-file">
                <summary>{t(h.finish.noFile)}</summary>
                <p>{t(h.finish.noFileText)}</p>
                <button
                  type="button"
                  class="btn btn-danger"
                  disabled={removing}
                  onClick={() => void remove()}
                >
                  {t(h.finish.noFileButton)}
                </button>
              </details>
            )}
            <p role="status" class={failed ? 'export-error' : 'muted'}>
              {removing ? t(h.finish.deleting) : failed ? t(h.finish.deleteFailed) : ''}
            </p>
          </section>
        </section>
      </ToolsContext.Provider>
    </CaseKindProvider>
  );
}
