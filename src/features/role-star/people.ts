/** How the app names the two people of a round: their names from the case, else their role. */
import { roleStarText } from '../../../content/role-star';
import type { Lang } from '../../../content/types';
import type { CaseRecord } from '../../storage/db';
import type { Person } from './model';

export interface PersonNames {
  /** As in "Giv tabletten til Mette" / "… til lederen". */
  name: string;
  /** At the start of a sentence: "Mette" / "Lederen". */
  Name: string;
  /** Possessive at the start of a sentence: "Mettes" / "Lederens" / "Mette's". */
  Genitive: string;
  /** Legend and table label: "Leder (Mette)" / "Leder". */
  series: string;
}

function capitalise(text: string): string {
  return text.charAt(0).toLocaleUpperCase() + text.slice(1);
}

function genitive(name: string, lang: Lang): string {
  if (lang === 'en') return /s$/i.test(name) ? `${name}’` : `${name}’s`;
  return /[sxz]$/i.test(name) ? `${name}’` : `${name}s`;
}

/** The names of one person in the given language. */
export function personNames(
  caseRecord: Pick<CaseRecord, 'managerName' | 'peerName'>,
  person: Person,
  lang: Lang,
): PersonNames {
  const own = (person === 'manager' ? caseRecord.managerName : caseRecord.peerName).trim();
  const name = own || roleStarText.person[person][lang];
  return {
    name,
    Name: capitalise(name),
    Genitive: capitalise(genitive(name, lang)),
    series: roleStarText.seriesLabel[lang](roleStarText.role[person][lang], own),
  };
}
