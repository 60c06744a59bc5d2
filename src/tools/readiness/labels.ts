/** How the readiness check names its statements and answers, in one language (screen and PDF). */
import { type ReadinessAnswer, readinessScale, readinessText } from '../../../content/readiness';
import type { Text } from '../../../content/types';
import type { ReadinessEntry } from './model';

type Pick = <V>(text: Readonly<Record<'da' | 'en', V>>) => V;

/** An answer in words: "3 – Lunt", "Ved ikke" or "Ikke besvaret". */
export function answerText(t: Pick, answer: ReadinessAnswer | undefined): string {
  if (answer === undefined) return t(readinessText.notAnswered);
  const step = readinessScale.find((s) => s.value === answer);
  const label = step ? t(step.label as Text) : '';
  return typeof answer === 'number' ? `${answer} – ${label}` : label;
}

/** Numbers own statements 1, 2, … in list order, for their fallback names. */
function ownNumber(entries: readonly ReadinessEntry[], id: string): number {
  return entries.filter((e) => e.kind === 'own').findIndex((e) => e.id === id) + 1;
}

/** A statement's full wording (own ones fall back to "Eget udsagn N" while empty). */
export function entryText(t: Pick, entry: ReadinessEntry, entries: readonly ReadinessEntry[]): string {
  if (entry.kind === 'content') return t(entry.item.text);
  return entry.ownText.trim() || `${t(readinessText.ownUntitled)} ${ownNumber(entries, entry.id)}`;
}

/** A statement's short name, for the chart and the tables. */
export function entryShort(t: Pick, entry: ReadinessEntry, entries: readonly ReadinessEntry[]): string {
  return entry.kind === 'content' ? t(entry.item.short) : entryText(t, entry, entries);
}

/** The scale's words for 1–4, for the chart's axis. */
export function tickLabels(t: Pick): string[] {
  return readinessScale.filter((s) => typeof s.value === 'number').map((s) => t(s.label as Text));
}

/** A change between rounds in words: "+2 varmere", "−1 køligere", "uændret" or "–". */
export function changeText(t: Pick, change: number | null): string {
  if (change === null) return '–';
  if (change === 0) return t(readinessText.same);
  const word = t(change > 0 ? readinessText.warmer : readinessText.cooler);
  return `${change > 0 ? '+' : '−'}${Math.abs(change)} ${word}`;
}

/** Default names saved by earlier versions ("Runde 2", "Round 2"): shown in the reader's language. */
const SAVED_DEFAULT = /^(?:Runde|Round) (\d{1,3})$/;

/**
 * A round's name: its own name, or the default "Runde N" / "Round N" in the reader's language when the
 * name is empty (new rounds are saved without a name) or is a default saved by an earlier version.
 * `number` is the round's place among the case's rounds, oldest first.
 */
export function roundName(t: Pick, name: string, number: number): string {
  const trimmed = name.trim();
  const saved = SAVED_DEFAULT.exec(trimmed);
  if (saved) return t(readinessText.defaultRoundName)(Number(saved[1]));
  return trimmed || t(readinessText.defaultRoundName)(number);
}

/** A round's name and date: "Runde 1 · 3. marts 2027". `rounds` (oldest first) gives its number. */
export function roundTitle(
  t: Pick,
  formatDate: (iso: string) => string,
  round: { id: string; name: string; date: string },
  rounds: readonly { id: string }[],
): string {
  const number = Math.max(1, rounds.findIndex((r) => r.id === round.id) + 1);
  return [roundName(t, round.name, number), round.date && formatDate(round.date)].filter(Boolean).join(' · ');
}
