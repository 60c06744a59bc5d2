import type { ComponentChildren } from 'preact';
import { createContext } from 'preact';
import { useContext, useEffect, useMemo, useState } from 'preact/hooks';
import { type ByLang, type CaseKind, type Lang, pickText } from '../../content/types';
import { afterNextPaint } from '../after-paint';
import { readLanguage, writeLanguage } from '../storage/preferences';

export interface LangApi {
  lang: Lang;
  /** The kind of case the texts speak to (issue 22): employment outside a case. */
  kind: CaseKind;
  setLang: (lang: Lang) => void;
  /**
   * Picks the current language's value (a string, or a function for texts with parameters), in the
   * volunteer wording inside a volunteer case.
   */
  t: <V>(text: ByLang<V>) => V;
  /** Formats a timestamp as a short date and time in the current language. */
  formatDateTime: (ms: number) => string;
  /** Formats an ISO date (YYYY-MM-DD) as a long date in the current language. */
  formatDate: (isoDate: string) => string;
}

const LangContext = createContext<LangApi | null>(null);

const locales: Record<Lang, string> = { da: 'da-DK', en: 'en-GB' };

/**
 * Builds the language API for one language and kind of case (also used outside components, e.g. by
 * the PDF export).
 */
export function makeLangApi(
  lang: Lang,
  setLang: (lang: Lang) => void = () => {},
  kind: CaseKind = 'employment',
): LangApi {
  return {
    lang,
    kind,
    setLang,
    t: (text) => pickText(text, lang, kind),
    formatDateTime: (ms) => dateTimeFormat(lang).format(ms),
    formatDate: (iso) => {
      const ms = Date.parse(`${iso}T00:00:00Z`);
      return Number.isNaN(ms) ? iso : dateFormat(lang).format(ms);
    },
  };
}

/**
 * A date and time as the current language writes it, or '' until the first paint is done when the
 * language's formatters are not made yet: making them costs tens of milliseconds on a slow tablet,
 * and the case list's "Sidst ændret" must not hold up the list itself (issue 20).
 */
export function useDateTime(ms: number): string {
  const { lang, formatDateTime } = useLang();
  const [ready, setReady] = useState(() => dateTimes[lang] !== undefined);
  useEffect(() => {
    if (!ready) void afterNextPaint().then(() => setReady(true));
  }, [ready]);
  return ready ? formatDateTime(ms) : '';
}

/**
 * Each language's date formatters, made on first use and kept: making one loads the locale's data,
 * which costs tens of milliseconds on a slow tablet (issue 20), so not at start-up and not per screen.
 */
const dateTimes: Partial<Record<Lang, Intl.DateTimeFormat>> = {};
const dates: Partial<Record<Lang, Intl.DateTimeFormat>> = {};
function dateTimeFormat(lang: Lang): Intl.DateTimeFormat {
  dateTimes[lang] ??= new Intl.DateTimeFormat(locales[lang], { dateStyle: 'medium', timeStyle: 'short' });
  return dateTimes[lang];
}
function dateFormat(lang: Lang): Intl.DateTimeFormat {
  dates[lang] ??= new Intl.DateTimeFormat(locales[lang], { dateStyle: 'long', timeZone: 'UTC' });
  return dates[lang];
}

/** Provides the remembered language (Danish by default) to the tree. */
export function LangProvider({ children, initial }: { children: ComponentChildren; initial?: Lang }) {
  const [lang, setLangState] = useState<Lang>(() => initial ?? readLanguage());
  useEffect(() => {
    document.documentElement.lang = lang;
  }, [lang]);
  const api = useMemo(
    () =>
      makeLangApi(lang, (next) => {
        writeLanguage(next);
        setLangState(next);
      }),
    [lang],
  );
  return <LangContext.Provider value={api}>{children}</LangContext.Provider>;
}

/**
 * Inside one case: the texts below speak to the case's kind (a volunteer case reads "bestyrelse",
 * "frivillige", "forening"), in the language chosen above.
 */
export function CaseKindProvider({ kind, children }: { kind: CaseKind; children: ComponentChildren }) {
  const outer = useLang();
  const api = useMemo(() => makeLangApi(outer.lang, outer.setLang, kind), [outer.lang, outer.setLang, kind]);
  return <LangContext.Provider value={api}>{children}</LangContext.Provider>;
}

/** The current language and its helpers. */
export function useLang(): LangApi {
  const api = useContext(LangContext);
  if (!api) throw new Error('useLang() outside <LangProvider>');
  return api;
}
