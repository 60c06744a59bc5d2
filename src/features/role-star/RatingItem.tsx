import { roleStarScale, roleStarText } from '../../../content/role-star';
import { useLang } from '../../i18n';
import { SegmentedControl } from '../../ui/SegmentedControl';
import { rate } from './actions';
import { dimensionDescription } from './describe';
import { type Person, type Rating, type RoundData, roundLabel, type StarConfig } from './model';

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
  const { t, lang } = useLang();
  const label = roundLabel(props.round, props.id, lang);
  const description = dimensionDescription(props.config, props.id, lang);
  const segments = [
    ...roleStarScale.map((p) => ({ value: p.value as Rating, label: p.controlLabel[lang] })),
    { value: 'skip' as Rating, label: t(roleStarText.skip) },
  ];
  return (
    <li class={`card rs-item${props.value === undefined ? '' : ' rs-item-done'}`}>
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
          onChange={(value) => void rate(props.roundId, props.person, props.id, value)}
        />
      </div>
    </li>
  );
}
