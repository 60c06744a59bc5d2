import { roleStarScale, roleStarText } from '../../../content/role-star';
import { useLang } from '../../i18n';
import { memo } from '../../ui/memo';
import { SegmentedControl } from '../../ui/SegmentedControl';
import { rateAndAdvance } from './actions';
import type { Person, Rating, RoundData } from './model';
import { bringIntoView } from './motion';
import { nextUnanswered } from './raters';

/**
 * One dimension on the rating screen: its name, what it covers and the scale plus "Spring over".
 * Memoised on its own answer (its name and description come in as text): a tap on one task does
 * not render the others (issue 20). The round's data is read when the tap happens, not kept.
 */
export const RatingItem = memo(function RatingItem(props: {
  roundId: string;
  /** The round's data as it is now (stable across renders). */
  currentRound: () => RoundData;
  id: string;
  number: number;
  controlId: string;
  value: Rating | undefined;
  person: Person;
  label: string;
  description: string | null;
}) {
  const { t, lang } = useLang();
  const { label, description } = props;
  const segments = [
    ...roleStarScale.map((p) => ({ value: p.value as Rating, label: p.controlLabel[lang] })),
    { value: 'skip' as Rating, label: t(roleStarText.skip) },
  ];
  const choose = (value: Rating) => {
    // A first answer brings the next open task into view, so nobody has to look for it.
    const round = props.currentRound();
    if (props.value === undefined) {
      const next = nextUnanswered(round, props.person, props.id);
      if (next) bringIntoView(document.getElementById(`rate-item-${next}`));
    }
    void rateAndAdvance(props.roundId, round, props.person, props.id, value);
  };
  return (
    <li
      id={`rate-item-${props.id}`}
      class={`card rs-item${props.value === undefined ? '' : ' rs-item-done'}`}
    >
      <h3 class="rs-item-title">
        <span class="rs-item-number">{props.number}.</span> {label}
      </h3>
      {description && <p class="rs-item-description">{description}</p>}
      <div class="rs-scale-control">
        <SegmentedControl<Rating>
          id={props.controlId}
          legend={`${props.number}. ${label}`}
          legendHidden
          segments={segments}
          value={props.value}
          name={`${props.controlId}-${props.person}`}
          onChange={choose}
        />
      </div>
    </li>
  );
});
