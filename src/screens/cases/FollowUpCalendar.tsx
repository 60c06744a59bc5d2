import { useEffect, useId, useRef, useState } from 'preact/hooks';
import { type CaseKind, type Lang, pickText } from '../../../content/types';
import {
  calendarUi,
  DEFAULT_FOLLOW_UP_MINUTES,
  DEFAULT_FOLLOW_UP_TIME,
  FOLLOW_UP_DURATIONS,
  FOLLOW_UP_MONTHS,
  type FollowUpMonths,
  followUpEvents,
} from '../../../content/ui-calendar';
import { addMonthsIso, calendarEvent } from '../../files/ics';
import { downloadFile } from '../../files/share';
import { useLang } from '../../i18n';
import { caseKindOf, useCase } from '../../storage/cases';
import { todayIso } from '../../tool-kit/normalise';
import '../export/export.css';

/** The suggested day of a follow-up: months after the case's start date, or after today. */
function suggestedDate(startDate: string | undefined, months: number): string {
  try {
    if (startDate) return addMonthsIso(startDate, months);
  } catch {
    // Not a valid date (it is checked when stored, but an old record may hold anything): today.
  }
  return addMonthsIso(todayIso(), months);
}

/** The event's description: its agenda, one point a line, under a heading, in the case's kind. */
function agendaText(months: FollowUpMonths, lang: Lang, kind: CaseKind): string {
  const lines = followUpEvents[months].agenda.map((line) => `• ${pickText(line, lang, kind)}`);
  return [`${pickText(calendarUi.agendaHeading, lang, kind)}:`, ...lines].join('\n');
}

interface Draft {
  date: string;
  time: string;
  minutes: number;
}

/**
 * "Læg i kalenderen" for each follow-up the overview suggests (after 3 and 12 months): a small
 * form (date, time, length) and a calendar file (.ics) with the event's title and agenda. The file
 * names no one, whatever the case holds; only the case's start date is read, for the suggestion.
 */
export function FollowUpCalendar({ caseId }: { caseId: string }) {
  const { t, lang, kind, formatDate } = useLang();
  const record = useCase(caseId);
  const id = useId();
  const [open, setOpen] = useState<FollowUpMonths | null>(null);
  const [draft, setDraft] = useState<Draft | null>(null);
  const [problem, setProblem] = useState(false);
  const [delivered, setDelivered] = useState<FollowUpMonths | null>(null);
  const buttons = useRef<Partial<Record<FollowUpMonths, HTMLButtonElement | null>>>({});
  const dateInput = useRef<HTMLInputElement>(null);
  /** The button the keyboard goes back to once the form has closed. */
  const refocus = useRef<FollowUpMonths | null>(null);
  const c = calendarUi;

  useEffect(() => {
    if (open !== null) dateInput.current?.focus();
  }, [open]);
  useEffect(() => {
    if (open !== null || refocus.current === null) return;
    buttons.current[refocus.current]?.focus();
    refocus.current = null;
  }, [open]);

  const startDate = record?.startDate;

  const openForm = (months: FollowUpMonths) => {
    setDraft({
      date: suggestedDate(startDate, months),
      time: DEFAULT_FOLLOW_UP_TIME,
      minutes: DEFAULT_FOLLOW_UP_MINUTES,
    });
    setProblem(false);
    setDelivered(null);
    setOpen(months);
  };
  const close = (months: FollowUpMonths) => {
    refocus.current = months;
    setOpen(null);
    setProblem(false);
  };

  const download = (months: FollowUpMonths, chosen: Draft) => {
    let ics: string;
    try {
      ics = calendarEvent({
        uid: `${caseId}-${months}m@peerstart.local`,
        title: t(followUpEvents[months].title),
        description: agendaText(months, lang, record ? caseKindOf(record) : kind),
        date: chosen.date,
        time: chosen.time,
        minutes: chosen.minutes,
        now: new Date(),
      });
    } catch (error) {
      if (!(error instanceof RangeError)) throw error;
      setProblem(true);
      return;
    }
    const name = t(c.fileName)(months);
    downloadFile(new File([ics], name, { type: 'text/calendar' }), name);
    setDelivered(months);
    close(months);
  };

  if (record === undefined) return null;

  return (
    <div class="follow-up-calendar no-print">
      <ul class="follow-up-calendar-list stack">
        {FOLLOW_UP_MONTHS.map((months) => {
          const event = followUpEvents[months];
          const formId = `${id}-${months}-form`;
          const isOpen = open === months && draft !== null;
          return (
            <li key={months} class="follow-up-calendar-item">
              <p>
                <strong id={`${id}-${months}-name`}>{t(event.name)}</strong>{' '}
                <span class="muted">{t(c.suggested)(formatDate(suggestedDate(startDate, months)))}</span>
              </p>
              <button
                ref={(element) => {
                  buttons.current[months] = element;
                }}
                type="button"
                class="btn"
                aria-label={t(c.addLabel)(t(event.name))}
                aria-expanded={isOpen}
                aria-controls={isOpen ? formId : undefined}
                onClick={() => (isOpen ? close(months) : openForm(months))}
              >
                {t(c.add)}
              </button>
              {isOpen && (
                <form
                  id={formId}
                  class="follow-up-calendar-form"
                  aria-labelledby={`${id}-${months}-name`}
                  aria-describedby={`${id}-${months}-hint`}
                  noValidate
                  onSubmit={(submitted) => {
                    submitted.preventDefault();
                    download(months, draft);
                  }}
                  onKeyDown={(key) => {
                    if (key.key === 'Escape') {
                      key.preventDefault();
                      close(months);
                    }
                  }}
                >
                  <label class="field">
                    <span class="field-label">{t(c.date)}</span>
                    <input
                      ref={dateInput}
                      type="date"
                      class="field-input"
                      required
                      value={draft.date}
                      onInput={(input) => {
                        const date = input.currentTarget.value;
                        setDraft((d) => (d ? { ...d, date } : d));
                        setProblem(false);
                      }}
                    />
                  </label>
                  <label class="field">
                    <span class="field-label">{t(c.time)}</span>
                    <input
                      type="time"
                      class="field-input"
                      required
                      value={draft.time}
                      onInput={(input) => {
                        const time = input.currentTarget.value;
                        setDraft((d) => (d ? { ...d, time } : d));
                        setProblem(false);
                      }}
                    />
                  </label>
                  <label class="field">
                    <span class="field-label">{t(c.duration)}</span>
                    <select
                      class="field-input"
                      value={String(draft.minutes)}
                      onChange={(change) => {
                        const minutes = Number(change.currentTarget.value);
                        setDraft((d) => (d ? { ...d, minutes } : d));
                      }}
                    >
                      {FOLLOW_UP_DURATIONS.map((minutes) => (
                        <option key={minutes} value={String(minutes)}>
                          {t(c.minutes)(minutes)}
                        </option>
                      ))}
                    </select>
                  </label>
                  <p id={`${id}-${months}-hint`} class="field-hint">
                    {t(c.noNames)}
                  </p>
                  {problem && (
                    <p role="alert" class="banner banner-danger">
                      {t(c.invalid)}
                    </p>
                  )}
                  <div class="export-actions">
                    <button type="submit" class="btn btn-primary">
                      {t(c.download)}
                    </button>
                    <button type="button" class="btn btn-quiet" onClick={() => close(months)}>
                      {t(c.cancel)}
                    </button>
                  </div>
                </form>
              )}
            </li>
          );
        })}
      </ul>
      <p class="export-status" role="status">
        {delivered !== null && t(c.ready)}
      </p>
    </div>
  );
}
