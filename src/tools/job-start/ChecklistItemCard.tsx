/** One checklist item: a large done mark, what it means, who is responsible, by when, and a note. */

import { useEffect, useId, useRef } from 'preact/hooks';
import { jobStartText } from '../../../content/job-start';
import type { AdviceId } from '../../../content/types';
import { useLang } from '../../i18n';
import { todayIso } from '../../tool-kit/normalise';
import { MAX_OWN_TEXT } from '../../tool-kit/own-items/model';
import { RemoveOwnItemButton } from '../../tool-kit/own-items/OwnItemControls';
import { AdviceNote } from '../../ui/AdviceNote';
import { memo, shallowEqual } from '../../ui/memo';
import { TextField } from '../../ui/TextField';
import { useShownTap } from '../../ui/use-shown-tap';
import { setItemDone, setItemField, setOwnItemText } from './actions';
import { type ChecklistEntry, type ChecklistItem, JOB_START_TOOL, MAX_NOTE_TEXT } from './model';
import { ResponsibleField } from './ResponsibleField';

interface ChecklistItemCardProps {
  caseId: string;
  item: ChecklistItem;
  entry: ChecklistEntry;
  overdue: boolean;
  advice: AdviceId | undefined;
  focusOnMount: boolean;
  focusAfterRemove: string;
}

/**
 * The item and its entry are rebuilt from the stored document on every change: compared by what
 * they hold, so a tick renders the ticked item and not the whole list (issue 20).
 */
function sameCard(before: ChecklistItemCardProps, after: ChecklistItemCardProps): boolean {
  const { item: itemBefore, entry: entryBefore, ...restBefore } = before;
  const { item: itemAfter, entry: entryAfter, ...restAfter } = after;
  return (
    shallowEqual(restBefore, restAfter) &&
    shallowEqual(itemBefore, itemAfter) &&
    shallowEqual(entryBefore, entryAfter)
  );
}

/**
 * Who is responsible, by when, and a note: kept apart from the done mark, so a tick renders the
 * mark and its status, not the three text fields (issue 20).
 */
const ItemFields = memo(function ItemFields(props: {
  caseId: string;
  itemId: string;
  titleId: string;
  responsible: string;
  due: string;
  note: string;
}) {
  const { t } = useLang();
  const { caseId, itemId } = props;
  const save = (field: 'responsible' | 'due' | 'note', value: string | undefined) =>
    setItemField(caseId, itemId, field, value);
  return (
    <fieldset class="checklist-fields" aria-labelledby={props.titleId}>
      <ResponsibleField
        label={t(jobStartText.responsible)}
        value={props.responsible}
        save={(v) => save('responsible', v)}
      />
      <div class="checklist-field">
        <TextField
          label={t(jobStartText.due)}
          type="date"
          value={props.due}
          save={(v) => save('due', v === '' ? undefined : v)}
        />
      </div>
      <div class="checklist-field checklist-note">
        <TextField
          label={t(jobStartText.note)}
          value={props.note}
          maxLength={MAX_NOTE_TEXT}
          save={(v) => save('note', v)}
        />
      </div>
    </fieldset>
  );
});

export const ChecklistItemCard = memo(function ChecklistItemCard(props: ChecklistItemCardProps) {
  const { t, formatDate } = useLang();
  const titleId = useId();
  const { item, entry, caseId } = props;
  const ref = useRef<HTMLLIElement>(null);
  useEffect(() => {
    if (props.focusOnMount) ref.current?.querySelector<HTMLInputElement>('.checklist-own input')?.focus();
  }, [props.focusOnMount]);
  const title =
    item.kind === 'content' ? t(item.item.title) : item.ownText.trim() || t(jobStartText.ownUntitled);
  // The tick shows in its own frame; the count and the rest of the screen follow a frame later.
  const [done, tap] = useShownTap(entry.done);
  const toggle = (value: boolean) => tap(value, () => setItemDone(caseId, item.id, value));
  // Until the screen has heard of a tick, it was made now, and the item is no longer overdue.
  const doneAt = entry.done ? entry.doneAt : Date.now();
  const overdue = props.overdue && done === entry.done;
  return (
    <li
      ref={ref}
      class={`card checklist-item${done ? ' checklist-done' : ''}${overdue ? ' checklist-overdue' : ''}`}
      data-item={item.id}
    >
      <label class="checklist-check">
        <input type="checkbox" checked={done} onChange={(e) => toggle(e.currentTarget.checked)} />
        <span class="checklist-title" id={titleId}>
          {title}
        </span>
      </label>
      <div class="checklist-status">
        {item.kind === 'own' && <span class="checklist-pill">{t(jobStartText.ownBadge)}</span>}
        {done && (
          <span class="checklist-pill checklist-pill-done">
            {doneAt
              ? t(jobStartText.doneOn)(formatDate(todayIso(new Date(doneAt))))
              : t(jobStartText.doneLabel)}
          </span>
        )}
        {overdue && (
          <span class="checklist-pill checklist-pill-overdue">
            {t(jobStartText.overdue)} ({formatDate(entry.due)})
          </span>
        )}
      </div>
      {item.kind === 'content' ? (
        <p class="checklist-explanation">{t(item.item.explanation)}</p>
      ) : (
        <div class="checklist-own">
          <TextField
            label={t(jobStartText.ownLabel)}
            value={item.ownText}
            maxLength={MAX_OWN_TEXT}
            save={(text) => setOwnItemText(caseId, item.id, text)}
          />
        </div>
      )}
      <ItemFields
        caseId={caseId}
        itemId={item.id}
        titleId={titleId}
        responsible={entry.responsible}
        due={entry.due}
        note={entry.note}
      />
      {props.advice && <AdviceNote id={props.advice} />}
      {item.kind === 'own' && (
        <RemoveOwnItemButton
          caseId={caseId}
          tool={JOB_START_TOOL}
          id={item.id}
          sections={['items']}
          label={t(jobStartText.remove)}
          itemName={title}
          removed={t(jobStartText.removed)}
          undo={t(jobStartText.undo)}
          focusAfterId={props.focusAfterRemove}
        />
      )}
    </li>
  );
}, sameCard);
