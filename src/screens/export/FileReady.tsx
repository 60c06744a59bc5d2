import { exportUi } from '../../../content/export';
import { canShareFile, downloadFile, shareFile } from '../../files/share';
import { useLang } from '../../i18n';
import { showToast } from '../../ui/toast-store';

/**
 * A finished file: "Del" opens the share sheet (inside this tap, files only) where the device can
 * share files, "Hent" downloads it. `onDelivered` runs after a share or download.
 */
export function FileReady({ file, onDelivered }: { file: File; onDelivered?: () => void }) {
  const { t } = useLang();
  const shareable = canShareFile(file);
  const share = async () => {
    const outcome = await shareFile(file);
    if (outcome === 'shared') onDelivered?.();
    if (outcome === 'failed') showToast({ message: t(exportUi.pdf.shareFailed) });
  };
  const download = () => {
    downloadFile(file, file.name);
    onDelivered?.();
  };
  return (
    <div class="file-ready">
      {shareable && (
        <button type="button" class="btn btn-primary" onClick={() => void share()}>
          {t(exportUi.pdf.share)}
        </button>
      )}
      <button type="button" class={shareable ? 'btn' : 'btn btn-primary'} onClick={download}>
        {t(exportUi.pdf.download)}
      </button>
    </div>
  );
}
