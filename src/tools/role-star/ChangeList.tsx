import { roleStarText } from '../../../content/role-star';
import { useLang } from '../../i18n';
import { valueLabel } from './chart-input';
import { type Change, type RoundData, roundLabel } from './model';

/** What changed between two agreed stars, biggest change first. */
export function ChangeList(props: { a: RoundData; b: RoundData; nameB: string; changes: Change[] }) {
  const { t, lang, kind } = useLang();
  const describe = (c: Change) => {
    switch (c.status) {
      case 'changed':
        return t(roleStarText.change)(valueLabel(c.a, lang), valueLabel(c.b, lang));
      case 'same':
        return t(roleStarText.unchanged)(valueLabel(c.b, lang));
      case 'added':
        return t(roleStarText.added)(props.nameB);
      case 'removed':
        return t(roleStarText.removedFromRound)(props.nameB);
      default:
        return t(roleStarText.unknownChange);
    }
  };
  const label = (c: Change) =>
    roundLabel(props.b.dimensionIds.includes(c.id) ? props.b : props.a, c.id, lang, kind);
  const moved = props.changes.filter((c) => c.status !== 'same');
  const same = props.changes.filter((c) => c.status === 'same');
  return (
    <section class="rs-differences" aria-labelledby="rs-changes-heading">
      <h3 id="rs-changes-heading">{t(roleStarText.changesHeading)}</h3>
      {moved.length === 0 && <p class="muted">{t(roleStarText.noChanges)}</p>}
      <ol class="rs-difference-list">
        {moved.map((c) => (
          <li key={c.id} class={c.status === 'changed' ? 'rs-talk' : undefined}>
            <span class="rs-difference-name">{label(c)}</span>
            <span class="rs-difference-values">
              {c.delta !== null && c.delta !== 0 && (
                <span class="rs-delta" aria-hidden="true">
                  {c.delta > 0 ? `↑ +${c.delta}` : `↓ ${c.delta}`}
                </span>
              )}
              <span>{describe(c)}</span>
            </span>
          </li>
        ))}
      </ol>
      {same.length > 0 && (
        <p class="rs-unchanged">
          <strong>{t(roleStarText.unchangedHeading)}</strong>{' '}
          {same.map((c) => `${label(c)} (${valueLabel(c.b, lang)})`).join(' · ')}
        </p>
      )}
    </section>
  );
}
