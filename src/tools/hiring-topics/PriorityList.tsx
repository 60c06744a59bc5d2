/** The prioritised list: rated topics, most important first, the top five marked for the interview. */
import { hiringTopicsText, importanceScale } from '../../../content/hiring-topics';
import { useLang } from '../../i18n';
import { TextField } from '../../ui/TextField';
import { setTopicNote } from './actions';
import {
  type HiringTopicsState,
  MAX_NOTE_TEXT,
  rankTopics,
  type TopicItem,
  topicItems,
  unknownTopics,
} from './model';

/** A topic's title in the current language (own topics: their wording, or "Eget emne"). */
export function useTopicTitle(): (item: TopicItem) => string {
  const { t } = useLang();
  return (item) =>
    item.kind === 'content' ? t(item.topic.title) : item.ownText.trim() || t(hiringTopicsText.ownUntitled);
}

export function PriorityList({ caseId, state }: { caseId: string; state: HiringTopicsState }) {
  const { t, kind } = useLang();
  const titleOf = useTopicTitle();
  const ranked = rankTopics(state, kind);
  const unknown = unknownTopics(state, kind);
  const unrated = topicItems(state, kind).filter((item) => state.ratings[item.id] === undefined).length;
  return (
    <section class="priority" aria-labelledby="priority-heading">
      <h2 id="priority-heading" tabIndex={-1}>
        {t(hiringTopicsText.listHeading)}
      </h2>
      <p>{t(hiringTopicsText.listIntro)}</p>
      {ranked.length === 0 ? (
        <p class="muted">{t(hiringTopicsText.listEmpty)}</p>
      ) : (
        <ol class="priority-list">
          {ranked.map(({ item, rating, rank, onAgenda }) => {
            const label = importanceScale.find((step) => step.value === rating)?.label;
            return (
              <li
                key={item.id}
                class={`card priority-item${onAgenda ? ' priority-agenda' : ''}`}
                data-topic={item.id}
              >
                <div class="priority-head">
                  <span class="priority-rank">{t(hiringTopicsText.rank)(rank)}</span>
                  <h3 class="priority-title" id={`priority-title-${item.id}`}>
                    {titleOf(item)}
                  </h3>
                  {label && <span class="priority-rating">{t(hiringTopicsText.ratedAs)(t(label))}</span>}
                  {onAgenda && <span class="priority-badge">{t(hiringTopicsText.agendaBadge)}</span>}
                </div>
                <fieldset class="priority-note" aria-labelledby={`priority-title-${item.id}`}>
                  <TextField
                    label={t(hiringTopicsText.noteLabel)}
                    hint={t(hiringTopicsText.noteHint)}
                    value={state.notes[item.id] ?? ''}
                    maxLength={MAX_NOTE_TEXT}
                    save={(text) => setTopicNote(caseId, item.id, text)}
                  />
                </fieldset>
              </li>
            );
          })}
        </ol>
      )}
      {(unrated > 0 || unknown.length > 0) && (
        <p class="muted priority-status">
          {unrated > 0 && `${t(hiringTopicsText.unrated)(unrated)} `}
          {unknown.length > 0 && t(hiringTopicsText.unknownCount)(unknown.length)}
        </p>
      )}
    </section>
  );
}
