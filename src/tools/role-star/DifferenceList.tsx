import { roleStarText } from '../../../content/role-star';
import { useLang } from '../../i18n';
import { type Difference, type RoundData, roundLabel } from './model';

/** The dimensions by difference, largest first; those to talk about first are marked. */
export function DifferenceList(props: { round: RoundData; list: Difference[] }) {
  const { t, lang, kind } = useLang();
  const anyGap = props.list.some((d) => (d.gap ?? 0) > 0);
  const shown = props.list.filter((d) => d.gap !== 0);
  const same = props.list.filter((d) => d.gap === 0);
  return (
    <section class="rs-differences" aria-labelledby="rs-differences-heading">
      <h3 id="rs-differences-heading">{t(roleStarText.differencesHeading)}</h3>
      <p class="muted">{t(anyGap ? roleStarText.differencesIntro : roleStarText.noDifferences)}</p>
      <ol class="rs-difference-list">
        {shown.map((d) => (
          <li key={d.id} class={d.talk ? 'rs-talk' : undefined}>
            <span class="rs-difference-name">{roundLabel(props.round, d.id, lang, kind)}</span>
            <span class="rs-gap">
              {d.gap === null ? t(roleStarText.cannotCompare) : t(roleStarText.gap)(d.gap)}
            </span>
            {d.talk && <span class="rs-badge">{t(roleStarText.talkBadge)}</span>}
          </li>
        ))}
      </ol>
      {same.length > 0 && (
        <p class="rs-unchanged">
          <strong>{t(roleStarText.sameHeading)}</strong>{' '}
          {same.map((d) => roundLabel(props.round, d.id, lang, kind)).join(' · ')}
        </p>
      )}
    </section>
  );
}
