import { ui } from '../../../content/ui';
import { useDateTime, useLang } from '../../i18n';
import { type CaseLine, deleteCase, duplicateCase, restoreCase } from '../../storage/case-list';
import { caseDisplayName } from '../../tool-kit/case-model';
import { showToast } from '../../ui/toast-store';

/** One case in the list: who and where, when it was edited, and its actions. */
export function CaseCard({ record }: { record: CaseLine }) {
  const { t } = useLang();
  const edited = useDateTime(record.updatedAt);
  const name = caseDisplayName(record, t(ui.caseList.untitled));
  const people = [record.managerName, record.peerName].filter((p) => p.trim()).join(' · ');

  const remove = async () => {
    const snapshot = await deleteCase(record.id);
    if (!snapshot) return;
    showToast({
      message: t(ui.caseList.deleted)(name),
      action: { label: t(ui.caseList.undo), run: () => restoreCase(snapshot) },
    });
  };

  const duplicate = async () => {
    await duplicateCase(record.id, t(ui.caseList.copySuffix));
    showToast({ message: t(ui.caseList.duplicated)(name) });
  };

  return (
    <article class="case-card card" aria-label={name}>
      <h2 class="case-card-title" dir="auto">
        {/* elementtiming: the browser reports when the case list itself is painted (the bench reads
            it). On the link: an inline-block holds its own text, so the title's text paints as its. */}
        <a href={`/cases/${record.id}`} elementtiming="case-title">
          {name}
        </a>
      </h2>
      {record.unit.trim() && (
        <p class="case-card-unit" dir="auto">
          {record.unit}
        </p>
      )}
      {people && (
        <p class="case-card-people" dir="auto">
          {people}
        </p>
      )}
      {/* The line is there from the first frame, its date a frame later (useDateTime): nothing moves. */}
      <p class="muted case-card-edited">{edited ? t(ui.caseList.edited)(edited) : '\u00a0'}</p>
      <div class="case-card-actions">
        <button type="button" class="btn" onClick={() => void duplicate()}>
          {t(ui.caseList.duplicate)}
          <span class="visually-hidden"> {name}</span>
        </button>
        <button type="button" class="btn btn-danger" onClick={() => void remove()}>
          {t(ui.caseList.delete)}
          <span class="visually-hidden"> {name}</span>
        </button>
      </div>
    </article>
  );
}
