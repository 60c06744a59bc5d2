/** The translated message for each reason a backup file is refused. */
import { exportUi } from '../../content/export';
import type { Lang } from '../../content/types';
import { caseFormUi } from '../../content/ui-case-form';
import type { BackupError } from './backup-types';

/**
 * A clear, specific message in the given language. `caseName` names the case an export failed on
 * (the UI knows the names; the error only knows the case's place in the file).
 */
export function backupErrorMessage(error: BackupError, lang: Lang, caseName?: string): string {
  const e = exportUi.errors;
  switch (error.code) {
    case 'empty':
      return e.empty[lang];
    case 'too-large':
      return e.tooLarge[lang](error.maxMb);
    case 'not-json':
      return e.notJson[lang];
    case 'truncated':
      return e.truncated[lang];
    case 'not-backup':
      return e.notBackup[lang];
    case 'newer':
      return e.newer[lang](error.version);
    case 'unknown-version':
      return e.unknownVersion[lang];
    case 'invalid':
      return e.invalid[lang](error.where);
    case 'read-failed':
      return e.readFailed[lang];
    case 'write-failed':
      return e.writeFailed[lang];
    case 'encoding':
      return e.encoding[lang];
    case 'quota':
      return e.quota[lang];
    case 'encrypted':
      return e.encrypted[lang];
    case 'wrong-passphrase':
      return e.wrongPassphrase[lang];
    case 'damaged':
      // The same words as any other broken file: the user's next step is the same.
      return e.truncated[lang];
    case 'unreadable-export':
      return caseName === undefined
        ? e.unreadableExportAll[lang]
        : e.unreadableExport[lang](caseName, fieldName(error.where, lang));
  }
}

/** "cases.0.case.startDate" → "Forventet startdato": the field's label, else its path in the case. */
function fieldName(where: string, lang: Lang): string {
  const field = /^cases\.\d+\.case\.(\w+)$/.exec(where)?.[1];
  if (field && Object.hasOwn(caseFormUi, field)) {
    const label = caseFormUi[field as keyof typeof caseFormUi];
    if (typeof label === 'object' && typeof label[lang] === 'string') return label[lang];
  }
  return where.replace(/^cases\.\d+\./, '');
}
