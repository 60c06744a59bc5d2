/**
 * How the app names the people of a round: their names from the case, else their role, in the
 * case's kind (a volunteer case: the coordinator, the volunteer peer, a third from the association).
 */
import { roleStarText } from '../../../content/role-star';
import { type CaseKind, type Lang, pickText } from '../../../content/types';
import type { CaseRecord } from '../../storage/db';
import { possessive } from '../../tool-kit/ownership';
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

/** The names of one person in the given language (a colleague's name comes from the round). */
export function personNames(
  caseRecord: Pick<CaseRecord, 'managerName' | 'peerName'>,
  person: Person,
  lang: Lang,
  colleagueName = '',
  kind: CaseKind = 'employment',
): PersonNames {
  const own = (
    person === 'manager' ? caseRecord.managerName : person === 'peer' ? caseRecord.peerName : colleagueName
  ).trim();
  const name = own || pickText(roleStarText.person[person], lang, kind);
  return {
    name,
    Name: capitalise(name),
    Genitive: capitalise(possessive(name, lang)),
    series: roleStarText.seriesLabel[lang](pickText(roleStarText.role[person], lang, kind), own),
  };
}

/** The names of everyone who can rate in a round. */
export function roundPeopleNames(
  caseRecord: Pick<CaseRecord, 'managerName' | 'peerName'>,
  lang: Lang,
  colleagueName = '',
  kind: CaseKind = 'employment',
): Record<Person, PersonNames> {
  return {
    manager: personNames(caseRecord, 'manager', lang, '', kind),
    peer: personNames(caseRecord, 'peer', lang, '', kind),
    colleague: personNames(caseRecord, 'colleague', lang, colleagueName, kind),
  };
}

/** The legend and table labels of everyone who can rate in a round. */
export function seriesLabels(names: Record<Person, PersonNames>): Record<Person, string> {
  return { manager: names.manager.series, peer: names.peer.series, colleague: names.colleague.series };
}
