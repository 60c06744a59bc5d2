import { lockUi } from '../../../content/ui-lock';
import { downloadFile } from '../../files/share';
import { useLang } from '../../i18n';
import { usePasscodeGate } from '../../lock/PasscodeGate';
import { useStore } from '../../storage/store';
import { unreadableExportText, unreadableParts } from '../../storage/unreadable';

/**
 * Says calmly that some stored part could not be opened (storage/unreadable.ts), while every other
 * case is listed as usual, and offers the raw bytes as a file for someone who can recover them.
 */
export function UnreadableNotice() {
  const { t } = useLang();
  const parts = useStore(unreadableParts);
  const { guard, prompt } = usePasscodeGate('export');
  if (parts.length === 0) return null;
  const save = () => {
    const day = new Date().toISOString().slice(0, 10);
    // No person's name in the file name: only the date.
    downloadFile(
      new Blob([unreadableExportText(parts)], { type: 'application/json' }),
      `peerstart-ulaeselige-dele-${day}.json`,
    );
  };
  return (
    <div class="banner banner-warning" role="status">
      <p>
        <strong>{t(lockUi.unreadableTitle)(parts.length)}</strong>
      </p>
      <p>{t(lockUi.unreadableBody)}</p>
      <button type="button" class="btn" hidden={prompt !== null} onClick={() => guard(save)}>
        {t(lockUi.unreadableSave)}
      </button>
      {prompt}
    </div>
  );
}
