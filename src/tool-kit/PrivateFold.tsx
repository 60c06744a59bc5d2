import type { ComponentChildren } from 'preact';
import { useId, useState } from 'preact/hooks';
import { consentUi } from '../../content/ui-consent';
import { useLang } from '../i18n';
import type { CaseRecord } from '../storage/db';
import { type PrivatePartId, possessive } from './ownership';

/**
 * One of the peer worker's own parts on the shared tablet (issue 18): folded behind a tap that
 * names whose it is ("Jonas' egne overvejelser – vis"), saying only how much is written, never
 * what. Its words are not in the page while folded, and it folds again whenever the screen is left
 * (the state lives here, and the screen's components go when it does).
 */
export function PrivateFold(props: {
  part: PrivatePartId;
  caseRecord: Pick<CaseRecord, 'peerName'>;
  /** How many answers hold text; null where counting means nothing (a star). */
  written: number | null;
  children: ComponentChildren;
}) {
  const { t, lang } = useLang();
  const [open, setOpen] = useState(false);
  const id = useId();
  // The role's possessive follows the case's kind ("den frivillige peers" in a volunteer case).
  const name = props.caseRecord.peerName.trim();
  const title = t(consentUi.partTitle[props.part])(name ? possessive(name, lang) : t(consentUi.noName));
  const Title = title.charAt(0).toLocaleUpperCase() + title.slice(1);
  return (
    <div class={`private-fold${open ? ' private-open' : ''}`} data-private={props.part}>
      <div class="private-fold-bar">
        <button
          type="button"
          class="btn private-toggle"
          aria-expanded={open}
          aria-controls={`${id}-body`}
          onClick={() => setOpen(!open)}
        >
          {Title} – {t(open ? consentUi.hide : consentUi.show)}
        </button>
        {props.written !== null && props.written > 0 && (
          <span class="status-pill">{t(consentUi.written)(props.written)}</span>
        )}
      </div>
      {!open && <p class="muted private-hint">{t(consentUi.foldedHint)}</p>}
      <div id={`${id}-body`} class="private-body">
        {open && props.children}
      </div>
    </div>
  );
}
