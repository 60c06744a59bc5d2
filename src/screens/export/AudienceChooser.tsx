import { useEffect, useId, useRef, useState } from 'preact/hooks';
import { toolMeta } from '../../../content/tools';
import { TOOL_IDS, type ToolId } from '../../../content/types';
import { AUDIENCES, type Audience, audienceUi, consentUi } from '../../../content/ui-consent';
import { useLang } from '../../i18n';
import type { PdfScope } from '../../pdf/make-pdf';
import { type CaseSnapshot, useCaseSnapshot } from '../../storage/cases';
import { todayIso } from '../../tool-kit/normalise';
import {
  type Consent,
  PRIVATE_PART_TOOL,
  type PrivatePartId,
  peerPossessive,
  privatePartTitle,
  recordConsent,
} from '../../tool-kit/ownership';
import type { ToolRegistry } from '../../tool-kit/tools-context';
import { useTools } from '../../tool-kit/tools-context';

/** What can be ticked: a tool's section, the case's note, the closing advice. */
type SectionKey = ToolId | 'caseNote' | 'advice';

/** What each audience holds by default: the team and HR do not get the pair's note on the case. */
const DEFAULTS: Readonly<Record<Audience, (key: SectionKey) => boolean>> = {
  pair: () => true,
  team: (key) => key !== 'caseNote',
  custom: () => false,
};

function capitalise(text: string): string {
  return text.charAt(0).toLocaleUpperCase() + text.slice(1);
}

/** The sections the case has content for, in journey order (one tool's PDF: that tool alone). */
function sectionsOf(snapshot: CaseSnapshot, tools: ToolRegistry, tool?: ToolId): SectionKey[] {
  const withContent = Object.values(tools)
    .filter((feature) => (tool ? feature.id === tool : true))
    .filter((feature) => feature.progress(snapshot).answered > 0)
    .map((feature) => feature.id);
  return [
    ...(snapshot.case.note.trim() ? (['caseNote'] as const) : []),
    ...withContent,
    ...(tool ? [] : (['advice'] as const)),
  ];
}

/** The peer worker's own parts that hold something (of one tool, for one tool's PDF). */
function privatePartsOf(snapshot: CaseSnapshot, tools: ToolRegistry, tool?: ToolId): PrivatePartId[] {
  return Object.values(tools)
    .flatMap((feature) => feature.privateParts?.(snapshot) ?? [])
    .filter((part) => !tool || PRIVATE_PART_TOOL[part] === tool);
}

/**
 * "Lav PDF" starts here (issue 18): who the file is for ("Til jer to", "Til teamet eller HR", or
 * chosen by hand), and every section it will hold, each with a tick. The peer worker's own parts
 * are never ticked from the start, whatever the audience: ticking one asks the peer worker, by
 * name, to say yes, and that consent (who, what, when) is stored with the case and printed on the
 * file's first page.
 */
export function AudienceChooser(props: {
  caseId: string;
  tool?: ToolId;
  onMake: (scope: PdfScope) => void;
  onCancel: () => void;
}) {
  const { t, lang, formatDate } = useLang();
  const tools = useTools();
  const snapshot = useCaseSnapshot(props.caseId);
  const id = useId();
  const [audience, setAudience] = useState<Audience>('pair');
  const [ticked, setTicked] = useState<Partial<Record<SectionKey, boolean>>>({});
  const [consents, setConsents] = useState<Partial<Record<PrivatePartId, Consent>>>({});
  const [asking, setAsking] = useState<PrivatePartId | null>(null);
  const [problem, setProblem] = useState(false);
  const form = useRef<HTMLFormElement>(null);
  const ready = snapshot !== undefined && snapshot !== null;
  useEffect(() => {
    // The button that opened the choice is gone: the keyboard goes to the first choice.
    if (ready) form.current?.querySelector<HTMLInputElement>('input:checked')?.focus();
  }, [ready]);
  const a = audienceUi;
  if (!snapshot) return null;

  const sections = sectionsOf(snapshot, tools, props.tool);
  const parts = privatePartsOf(snapshot, tools, props.tool);
  const isTicked = (key: SectionKey) => ticked[key] ?? DEFAULTS[audience](key);
  const peerName = snapshot.case.peerName.trim();
  const whose = capitalise(peerPossessive(snapshot.case, lang));
  const partTitle = (part: PrivatePartId) => capitalise(privatePartTitle(part, snapshot.case, lang));
  const sectionLabel = (key: SectionKey) =>
    key === 'caseNote' ? t(a.caseNote) : key === 'advice' ? t(a.advice) : t(toolMeta(key).title);

  const choose = (next: Audience) => {
    setAudience(next);
    setTicked({});
    setProblem(false);
  };

  const consent = (part: PrivatePartId) => {
    setConsents((c) => ({ ...c, [part]: { name: peerName, date: todayIso(), audience } }));
    setAsking(null);
  };

  const make = () => {
    const chosen = sections.filter(isTicked);
    const given = parts.flatMap((part) => {
      const yes = consents[part];
      return yes ? [{ part, yes }] : [];
    });
    const shared = given.map(({ part }) => part);
    // A shared part's tool is in the file even when its section is not ticked: then with that
    // part alone, so the file holds what the list says and no more.
    const toolIds = TOOL_IDS.filter(
      (tool) => chosen.includes(tool) || shared.some((part) => PRIVATE_PART_TOOL[part] === tool),
    );
    const partsOnly = toolIds.filter((tool) => !chosen.includes(tool));
    if (toolIds.length === 0 && !chosen.includes('advice') && shared.length === 0) {
      setProblem(true);
      return;
    }
    // Stored when the file is made, with the audience it is made for: the yes is for this file.
    for (const { part, yes } of given) void recordConsent(props.caseId, part, { ...yes, audience });
    const coverLines = [t(a.coverAudience[audience])];
    if (shared.length > 0) {
      const titles = shared.map((part) => t(consentUi.partShort[part])).join(', ');
      coverLines.push(t(a.coverConsent)(peerPossessive(snapshot.case, lang), titles, formatDate(todayIso())));
    } else if (parts.length > 0) coverLines.push(t(a.coverNoPeerParts));
    props.onMake({
      tools: toolIds,
      partsOnly,
      caseNote: chosen.includes('caseNote'),
      advice: chosen.includes('advice'),
      shared: new Set(shared),
      coverLines,
    });
  };

  return (
    <form
      ref={form}
      class="audience-chooser stack"
      aria-labelledby={`${id}-legend`}
      onSubmit={(event) => {
        event.preventDefault();
        make();
      }}
    >
      <fieldset class="import-mode">
        <legend id={`${id}-legend`}>{t(a.legend)}</legend>
        {AUDIENCES.map((option) => (
          <label key={option} class="import-mode-option audience-option">
            <input
              type="radio"
              name={`${id}-audience`}
              value={option}
              checked={audience === option}
              aria-describedby={`${id}-${option}-hint`}
              onChange={() => choose(option)}
            />
            <span>
              <strong>{t(a.audience[option])}</strong>
              <span id={`${id}-${option}-hint`} class="muted audience-hint">
                {t(a.audienceHint[option])}
              </span>
            </span>
          </label>
        ))}
      </fieldset>

      <fieldset class="import-mode">
        <legend>{t(a.contents)}</legend>
        <p class="audience-fixed">{t(a.caseDetails)}</p>
        {sections.map((key) => (
          <label key={key} class="import-mode-option">
            <input
              type="checkbox"
              checked={isTicked(key)}
              onChange={(event) => {
                const checked = event.currentTarget.checked;
                setTicked((current) => ({ ...current, [key]: checked }));
                setProblem(false);
              }}
            />
            <span>{sectionLabel(key)}</span>
          </label>
        ))}
      </fieldset>

      {parts.length > 0 && (
        <fieldset class="import-mode audience-private">
          <legend>{t(a.peerPartsHeading)(whose)}</legend>
          <p class="muted">{t(a.peerPartsIntro)}</p>
          {parts.map((part) => {
            const given = consents[part];
            return (
              <div key={part} class="stack-tight">
                <label class="import-mode-option">
                  <input
                    type="checkbox"
                    checked={given !== undefined}
                    aria-describedby={given ? `${id}-${part}-given` : undefined}
                    onChange={(event) => {
                      if (event.currentTarget.checked) {
                        // Not ticked until the peer worker has said yes.
                        event.currentTarget.checked = false;
                        setAsking(part);
                      } else {
                        setConsents(({ [part]: _dropped, ...rest }) => rest);
                      }
                    }}
                  />
                  <span>{partTitle(part)}</span>
                </label>
                {given && (
                  <p id={`${id}-${part}-given`} class="muted audience-given">
                    {t(a.consentGiven)(formatDate(given.date))}
                  </p>
                )}
                {asking === part && (
                  <fieldset class="audience-confirm" aria-labelledby={`${id}-${part}-question`}>
                    <p id={`${id}-${part}-question`}>
                      <strong>
                        {t(a.confirmQuestion)(
                          capitalise(peerName || t(a.confirmNoName)),
                          t(consentUi.partYours[part]),
                        )}
                      </strong>
                    </p>
                    <div class="export-actions">
                      <button type="button" class="btn btn-primary" onClick={() => consent(part)}>
                        {t(a.confirmYes)(peerName || t(a.confirmNoName))}
                      </button>
                      <button type="button" class="btn" onClick={() => setAsking(null)}>
                        {t(a.confirmNo)}
                      </button>
                    </div>
                  </fieldset>
                )}
              </div>
            );
          })}
        </fieldset>
      )}

      {problem && (
        <p role="alert" class="banner banner-danger export-error-message">
          {t(a.nothingChosen)}
        </p>
      )}
      <div class="export-actions">
        <button type="submit" class="btn btn-primary">
          {t(a.make)}
        </button>
        <button type="button" class="btn btn-quiet" onClick={props.onCancel}>
          {t(a.cancel)}
        </button>
      </div>
    </form>
  );
}
