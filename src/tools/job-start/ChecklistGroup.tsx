/** One time group of the checklist ("Før første dag", …): its items and a way to add an own item. */
import { type JobStartWhen, jobStartText, jobStartWhenTitles } from '../../../content/job-start';
import type { AdviceId } from '../../../content/types';
import { useLang } from '../../i18n';
import { addChecklistItem } from './actions';
import { ChecklistItemCard } from './ChecklistItemCard';
import { type ChecklistItem, entryOf, isOverdue, type JobStartState } from './model';

/** The id of a group's "add" button (focus returns there after removing an item). */
export const addButtonId = (when: JobStartWhen) => `job-start-add-${when}`;

export function ChecklistGroup(props: {
  caseId: string;
  when: JobStartWhen;
  items: readonly ChecklistItem[];
  state: JobStartState;
  today: string;
  adviceAt: ReadonlyMap<string, AdviceId>;
  justAdded: string | null;
  onAdded: (id: string) => void;
}) {
  const { t } = useLang();
  const groupTitle = t(jobStartWhenTitles[props.when]);
  const headingId = `job-start-group-${props.when}`;
  return (
    <section class="checklist-group" aria-labelledby={headingId}>
      <h2 id={headingId}>{groupTitle}</h2>
      {props.items.length > 0 && (
        <ul class="checklist-list">
          {props.items.map((item) => {
            const entry = entryOf(props.state, item.id);
            return (
              <ChecklistItemCard
                key={item.id}
                caseId={props.caseId}
                item={item}
                entry={entry}
                overdue={isOverdue(entry, props.today)}
                advice={props.adviceAt.get(item.id)}
                focusOnMount={item.id === props.justAdded}
                focusAfterRemove={addButtonId(props.when)}
              />
            );
          })}
        </ul>
      )}
      <button
        type="button"
        id={addButtonId(props.when)}
        class="btn btn-quiet checklist-add"
        aria-label={t(jobStartText.addOwn)(groupTitle)}
        onClick={() => void addChecklistItem(props.caseId, props.when).then(props.onAdded)}
      >
        + {t(jobStartText.addOwnShort)}
      </button>
    </section>
  );
}
