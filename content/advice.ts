import type { SourceId } from './sources';
import type { AdviceId, Text } from './types';

export interface Advice {
  id: AdviceId;
  title: Text;
  body: Text;
  source: SourceId;
}

/**
 * Peer-Netværket's "5 gode råd", in our own words, with the details of each råd kept. The source
 * speaks to "organisationen/foreningen" too; a volunteer case reads each råd in an association's
 * words (a volunteer peer, the other volunteers), with the same meaning. Tools show one beside
 * the item it applies to; the case overview and the PDF show all five.
 */
export const advice: readonly Advice[] = [
  {
    id: 'openness',
    title: { da: 'Tag imod forstyrrelsen', en: 'Welcome the disturbance' },
    body: {
      da: 'En peer-medarbejder skal ikke ligne de andre faggrupper. Det nye blik er netop meningen, og det kan ændre jeres praksis til det bedre.',
      en: 'A peer worker is not meant to resemble the other professions. The fresh view is the point, and it can change your practice for the better.',
      volunteer: {
        da: 'En frivillig peer skal ikke ligne de andre frivillige. Det nye blik er netop meningen, og det kan ændre foreningens praksis til det bedre.',
        en: 'A volunteer peer is not meant to resemble the other volunteers. The fresh view is the point, and it can change the association’s practice for the better.',
      },
    },
    source: 'peernet-start',
  },
  {
    id: 'sparring',
    title: {
      da: 'Sørg for sparring med andre peer-medarbejdere',
      en: 'Give access to reflection with other peer workers',
      volunteer: {
        da: 'Sørg for sparring med andre frivillige peers',
        en: 'Give access to reflection with other volunteer peers',
      },
    },
    body: {
      da: 'Det kan være meget hårdt at stå alene med sin faglighed. Uden sparring, supervision eller lignende risikerer peer-medarbejderen at miste sit fokus. Giv adgang til et fagligt fællesskab med andre peer-medarbejdere.',
      en: 'Standing alone with one’s expertise can be very hard. Without peers to reflect with, supervision or the like, the peer worker risks losing their focus. Give access to a professional community of other peer workers.',
      volunteer: {
        da: 'Det kan være meget hårdt at stå alene med sin faglighed. Uden sparring, supervision eller lignende risikerer den frivillige peer at miste sit fokus. Giv adgang til et fagligt fællesskab med andre frivillige peers.',
        en: 'Standing alone with one’s expertise can be very hard. Without peers to reflect with, supervision or the like, the volunteer peer risks losing their focus. Give access to a professional community of other volunteer peers.',
      },
    },
    source: 'peernet-start',
  },
  {
    id: 'development',
    title: { da: 'Giv plads til udvikling', en: 'Leave room to grow' },
    body: {
      da: 'Nogle ledere vil gerne holde peer-medarbejderen "tæt på brugerne". Men som alle andre har en peer-medarbejder brug for at udvikle sig fagligt og personligt, med kurser, inspiration og nye opgaver. Man kan også blive dygtigere som peer gennem peer-faglige kurser, uddannelser og netværk.',
      en: 'Some managers want to keep the peer worker "close to the users". But like everyone else, a peer worker needs to develop professionally and personally, with courses, inspiration and new tasks. One can also grow as a peer through peer-specific courses, education and networks.',
      volunteer: {
        da: 'Nogle foreninger vil gerne holde den frivillige peer "tæt på brugerne". Men som alle andre har en frivillig peer brug for at udvikle sig fagligt og personligt, med kurser, inspiration og nye opgaver. Man kan også blive dygtigere som peer gennem peer-faglige kurser, uddannelser og netværk.',
        en: 'Some associations want to keep the volunteer peer "close to the users". But like everyone else, a volunteer peer needs to develop professionally and personally, with courses, inspiration and new tasks. One can also grow as a peer through peer-specific courses, education and networks.',
      },
    },
    source: 'peernet-start',
  },
  {
    id: 'equal-terms',
    title: { da: 'På lige fod med alle andre', en: 'On the same footing as everyone else' },
    body: {
      da: 'Pas på stigmatisering. I ansætter hverken en "sårbar" eller en "særlig robust" – bare en medarbejder. Forvent det samme som af andre, og tag ikke bekymringer på forskud.',
      en: 'Watch out for stigma. You are hiring neither someone "fragile" nor someone "extra robust" – just an employee. Expect the same as of others, and don’t worry in advance.',
      volunteer: {
        da: 'Pas på stigmatisering. I får hverken en "sårbar" eller en "særlig robust" – bare en frivillig på lige fod med de andre frivillige. Forvent det samme som af andre, og tag ikke bekymringer på forskud.',
        en: 'Watch out for stigma. You are taking on neither someone "fragile" nor someone "extra robust" – just a volunteer, on the same footing as the other volunteers. Expect the same as of others, and don’t worry in advance.',
      },
    },
    source: 'peernet-start',
  },
  {
    id: 'hire-right',
    title: {
      da: 'Ansæt den rette',
      en: 'Hire the right person',
      volunteer: { da: 'Vælg den rette frivillige', en: 'Choose the right volunteer' },
    },
    body: {
      da: 'Vær lige så kritisk som ved enhver anden ansættelse: vælg den, der passer bedst til jer og bedst kan løse opgaven.',
      en: 'Be as critical as in any other hiring: choose the person who fits you best and can best do the job.',
      volunteer: {
        da: 'Vær kritisk i processen, som når I vælger andre frivillige: vælg den, der passer bedst til foreningen og bedst kan løse opgaven.',
        en: 'Be critical in the process, as when you choose other volunteers: choose the person who fits the association best and can best do the task.',
      },
    },
    source: 'peernet-start',
  },
];

/** Looks an advice up by id. */
export function adviceById(id: AdviceId): Advice {
  const found = advice.find((a) => a.id === id);
  if (!found) throw new Error(`Unknown advice ${id}`);
  return found;
}

/** What an advice note beside an item is called for a screen reader: "Godt råd: Lad peeren udvikle sig". */
export const adviceNoteLabel = { da: 'Godt råd', en: 'Advice' } as const satisfies Text;
