import { roleStarScale, roleStarText } from '../../../content/role-star';
import { useLang } from '../../i18n';
import { SegmentedControl } from '../../ui/SegmentedControl';
import { rateAndAdvance } from './actions';
import { dimensionDescription } from './describe';
import { type Person, type Rating, type RoundData, roundLabel, type StarConfig } from './model';
import { bringIntoView } from './motion';
import { nextUnanswered } from './raters';

/** One dimension on the rating screen: its name, what it covers and the scale plus "Spring over". */
export function RatingItem(props: {
  roundId: string;
  round: RoundData;
  id: string;
  number: number;
  controlId: string;
  value: Rating | undefined;
  person: Person;
  config: StarConfig;
}) {
  const { t, lang, kind } = useLang();
  const label = roundLabel(props.round, props.id, lang, kind);
  const description = dimensionDescription(props.config, props.id, lang, kind);
  const segments = [
    ...roleStarScale.map((p) => ({ value: p.value as Rating, label: p.controlLabel[lang] })),
    { value: 'skip' as Rating, label: t(roleStarText.skip) },
  ];
  const choose = (value: Rating) => {
    // A first answer brings the next open task into view, so nobody has to look for it.
    if (props.value === undefined) {
      const next = nextUnanswered(props.round, props.person, props.id);
      if (next) bringIntoView(document.getElementById(`rate-item-${next}`));
    }
    void rateAndAdvance(props.roundId, props.round, props.person, props.id, value);
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
}
