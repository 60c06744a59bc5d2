/** One topic to rate: its title and explanation (or the workplace's own wording), the scale, and advice. */
import { useEffect, useRef } from 'preact/hooks';
import { hiringTopicsText, importanceScale } from '../../../content/hiring-topics';
import { useLang } from '../../i18n';
import { MAX_OWN_TEXT } from '../../tool-kit/own-items/model';
import { RemoveOwnItemButton } from '../../tool-kit/own-items/OwnItemControls';
import { AdviceNote } from '../../ui/AdviceNote';
import { type Segment, SegmentedControl } from '../../ui/SegmentedControl';
import { TextField } from '../../ui/TextField';
import { rateTopic, setOwnTopicText } from './actions';
import { HIRING_TOPICS_TOOL, type Rating, type TopicItem } from './model';

export function TopicCard(props: {
  caseId: string;
  item: TopicItem;
  rating: Rating | undefined;
  showAdvice: boolean;
  autoFocus?: boolean;
  focusAfterRemove: string;
}) {
  const { t } = useLang();
  const { item, caseId } = props;
  const ref = useRef<HTMLLIElement>(null);
  // A just-added own topic gets focus, whether it renders before or after the screen learns its id.
  useEffect(() => {
    if (props.autoFocus) ref.current?.querySelector('input')?.focus();
  }, [props.autoFocus]);
  const title =
    item.kind === 'content' ? t(item.topic.title) : item.ownText.trim() || t(hiringTopicsText.ownUntitled);
  const segments: Segment<Rating>[] = [
    ...importanceScale.map((step) => ({ value: step.value, label: t(step.label) })),
    { value: 'unknown', label: t(hiringTopicsText.unknown) },
  ];
  const save = (value: Rating | undefined) => rateTopic(caseId, item.id, value);
  return (
    <li class="card topic-card" data-topic={item.id} ref={ref}>
      {item.kind === 'content' ? (
        <>
          <h3 class="topic-title">{title}</h3>
          <p class="topic-explanation">{t(item.topic.explanation)}</p>
        </>
      ) : (
        <div class="topic-own">
          <span class="topic-own-badge">{t(hiringTopicsText.ownBadge)}</span>
          <TextField
            label={t(hiringTopicsText.ownLabel)}
            value={item.ownText}
            maxLength={MAX_OWN_TEXT}
            save={(text) => setOwnTopicText(caseId, item.id, text)}
          />
        </div>
      )}
      <SegmentedControl<Rating>
        legend={`${title}: ${t(hiringTopicsText.scaleQuestion)}`}
        legendHidden
        segments={segments}
        value={props.rating}
        onChange={(value) => void save(value)}
      />
      {/* Always in the layout (hidden until there is a rating), so choosing one never moves anything. */}
      <div class="answer-tools">
        <button
          type="button"
          class={`btn btn-quiet answer-clear${props.rating === undefined ? ' answer-clear-idle' : ''}`}
          disabled={props.rating === undefined}
          aria-hidden={props.rating === undefined ? 'true' : undefined}
          tabIndex={props.rating === undefined ? -1 : undefined}
          onClick={() => void save(undefined)}
        >
          {t(hiringTopicsText.clear)}
          <span class="visually-hidden"> – {title}</span>
        </button>
      </div>
      {props.showAdvice && item.kind === 'content' && item.topic.advice && (
        <AdviceNote id={item.topic.advice} />
      )}
      {item.kind === 'own' && (
        <RemoveOwnItemButton
          caseId={caseId}
          tool={HIRING_TOPICS_TOOL}
          id={item.id}
          sections={['ratings', 'notes']}
          label={t(hiringTopicsText.remove)}
          itemName={title}
          removed={t(hiringTopicsText.removed)}
          undo={t(hiringTopicsText.undo)}
          focusAfterId={props.focusAfterRemove}
        />
      )}
    </li>
  );
}
