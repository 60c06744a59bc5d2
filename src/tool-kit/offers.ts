/**
 * What one tool offers another, declared here so neither imports the other's folder (a lint wall):
 * the tool that has it names a loader in its feature (`offers`), the tool that wants it asks the kit
 * (`useToolOffer`). Today: the Role Star's agreed values, which draft the function description in
 * Det praktiske.
 */
import { useEffect, useState } from 'preact/hooks';
import type { Lang } from '../../content/types';
import type { CaseSnapshot } from '../storage/cases';
import { useTools } from './tools-context';

/** The agreed Role Star of a case. */
export interface AgreedStar {
  roundName: string;
  /** ISO date `YYYY-MM-DD`, or '' when the round has none. */
  date: string;
  /** Every agreed dimension, most central first. */
  items: { id: string; label: string; value: number; valueLabel: string; note: string }[];
}

/** What the agreed star is read from: the case and its rounds (its tools' documents play no part). */
export type AgreedStarSource = Pick<CaseSnapshot, 'case' | 'rounds'>;

/** Every offer a tool can make, by name. */
export interface ToolOffers {
  /** The most recent round with agreed values, most central first; `null` when there is none. */
  agreedStar: (source: AgreedStarSource, lang: Lang) => AgreedStar | null;
}

/** What a feature declares: a lazy loader per offer it makes (kept out of the first load). */
export type OfferLoaders = { [Name in keyof ToolOffers]?: () => Promise<ToolOffers[Name]> };

/**
 * The offer `name` from whichever tool makes it: `undefined` while it loads, `null` when no tool
 * makes it (or it failed to load; the asking screen then goes on without it).
 */
export function useToolOffer<Name extends keyof ToolOffers>(name: Name): ToolOffers[Name] | null | undefined {
  const tools = useTools();
  const load = Object.values(tools).find((feature) => feature.offers?.[name])?.offers?.[name];
  const [offer, setOffer] = useState<{ fn: ToolOffers[Name] | null } | undefined>(undefined);
  useEffect(() => {
    if (!load) return setOffer({ fn: null });
    let live = true;
    load().then(
      (fn) => live && setOffer({ fn: fn as ToolOffers[Name] }),
      () => live && setOffer({ fn: null }),
    );
    return () => {
      live = false;
    };
  }, [load]);
  return offer === undefined ? undefined : offer.fn;
}
