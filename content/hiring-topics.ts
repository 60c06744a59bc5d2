/**
 * Hiring topics: the topics a workplace should settle before and when it employs a peer worker.
 * The St George's toolkit (2015) has a questionnaire for this, but its items could not be obtained;
 * these fifteen are our own, grounded in the research behind it (Gillard et al. 2013) and in the
 * Danish hiring advice, and shown as "inspired by". Ids i1–i15 are storage keys: never change them.
 */
import type { AdviceId, Text, TextFn } from './types';

export interface HiringTopic {
  id: string;
  title: Text;
  /** One line on what the topic covers. */
  explanation: Text;
  /** One of the "5 gode råd" that applies to this topic, shown beside it. */
  advice?: AdviceId;
}

export const hiringTopics = [
  {
    id: 'i1',
    title: {
      da: 'Hvad rollen skal, og hvordan den adskiller sig',
      en: 'What the role is for and how it differs',
    },
    explanation: {
      da: 'Hvad peer-medarbejderen skal bidrage med, som de andre faggrupper ikke gør.',
      en: 'What the peer worker is to bring that the other professions do not.',
    },
    advice: 'openness',
  },
  {
    id: 'i2',
    title: {
      da: 'Rekruttering og krav om levede erfaringer',
      en: 'Recruitment and lived experience as a requirement',
    },
    explanation: {
      da: 'Hvordan stillingen slås op, hvem der vælger, og hvilke erfaringer der er et krav.',
      en: 'How the post is advertised, who chooses, and which experience is required.',
    },
    advice: 'hire-right',
  },
  {
    id: 'i3',
    title: { da: 'Deling af egne erfaringer', en: 'Sharing one’s own experience' },
    explanation: {
      da: 'Hvornår og hvordan egne erfaringer bruges i arbejdet – og at peer-medarbejderen selv bestemmer.',
      en: 'When and how one’s own experience is used in the work – and that the peer worker decides.',
    },
  },
  {
    id: 'i4',
    title: { da: 'Løn, titel, timetal og vilkår', en: 'Pay, title, hours and terms' },
    explanation: {
      da: 'Ansættelse på samme vilkår som andre: overenskomst, løn, titel og timer om ugen.',
      en: 'Employment on the same terms as others: agreement, pay, title and weekly hours.',
    },
    advice: 'equal-terms',
  },
  {
    id: 'i5',
    title: { da: 'Funktionsbeskrivelse', en: 'Function description' },
    explanation: {
      da: 'En skriftlig, tydelig beskrivelse af opgaverne, som alle kan læse.',
      en: 'A clear written description of the tasks that everyone can read.',
    },
  },
  {
    id: 'i6',
    title: { da: 'Uddannelse og udvikling', en: 'Training and development' },
    explanation: {
      da: 'Peer-uddannelse, kurser og andre måder at blive dygtigere på undervejs.',
      en: 'Peer education, courses and other ways of growing along the way.',
    },
    advice: 'development',
  },
  {
    id: 'i7',
    title: { da: 'Supervision og faglig sparring', en: 'Supervision and professional sparring' },
    explanation: {
      da: 'Hvem giver supervision, hvor ofte, og skal det være en med peer-baggrund?',
      en: 'Who gives supervision, how often, and should it be someone with a peer background?',
    },
    advice: 'sparring',
  },
  {
    id: 'i8',
    title: { da: 'Netværk med andre peers', en: 'A network with other peers' },
    explanation: {
      da: 'Adgang til et fællesskab med peer-medarbejdere uden for det daglige team.',
      en: 'Access to a community of peer workers outside the everyday team.',
    },
    advice: 'sparring',
  },
  {
    id: 'i9',
    title: { da: 'Forberedelse af kollegerne', en: 'Preparing colleagues' },
    explanation: {
      da: 'Hvad teamet ved om rollen, og hvordan I taler om fordomme og berøringsangst.',
      en: 'What the team knows about the role, and how you talk about prejudice and awkwardness.',
    },
    advice: 'openness',
  },
  {
    id: 'i10',
    title: { da: 'Grænser i relationerne', en: 'Boundaries in relationships' },
    explanation: {
      da: 'Relationen til borgerne, også kontakt uden for arbejdstiden.',
      en: 'The relationship with the people you support, including contact outside working hours.',
    },
  },
  {
    id: 'i11',
    title: {
      da: 'Tavshedspligt, journal og dokumentation',
      en: 'Confidentiality, records and documentation',
    },
    explanation: {
      da: 'Hvad peer-medarbejderen skriver, læser og deler – på samme måde som andre.',
      en: 'What the peer worker writes, reads and shares – in the same way as others.',
    },
  },
  {
    id: 'i12',
    title: { da: 'Risiko og sikkerhed', en: 'Risk and safety' },
    explanation: {
      da: 'Hvad man gør, hvis en situation spidser til, og hvem man kan kalde på.',
      en: 'What to do if a situation escalates, and who to call on.',
    },
  },
  {
    id: 'i13',
    title: { da: 'Trivsel, fleksibilitet og hensyn', en: 'Wellbeing, flexibility and adjustments' },
    explanation: {
      da: 'Hensyn aftales som for alle andre – uden særbehandling på forhånd.',
      en: 'Adjustments are agreed as for everyone else – without special treatment in advance.',
    },
    advice: 'equal-terms',
  },
  {
    id: 'i14',
    title: { da: 'Karriere og nye opgaver', en: 'Career and new tasks' },
    explanation: {
      da: 'Hvordan rollen kan vokse med tiden, så peer-medarbejderen ikke står stille.',
      en: 'How the role can grow over time, so the peer worker does not stand still.',
    },
    advice: 'development',
  },
  {
    id: 'i15',
    title: { da: 'Ledelsens opbakning og opfølgning', en: 'Management backing and follow-up' },
    explanation: {
      da: 'Hvordan ledelsen bakker op, og hvornår I følger op på, hvordan det går.',
      en: 'How management backs the role, and when you follow up on how it is going.',
    },
  },
] as const satisfies readonly HiringTopic[];

export type HiringTopicId = (typeof hiringTopics)[number]['id'];

/** The importance scale: 1–5, plus "don't know" (stored as 'unknown'). */
export const importanceScale = [
  { value: 1, label: { da: 'Ikke vigtigt', en: 'Not important' } },
  { value: 2, label: { da: 'Lidt', en: 'A little' } },
  { value: 3, label: { da: 'Noget', en: 'Fairly' } },
  { value: 4, label: { da: 'Meget', en: 'Very' } },
  { value: 5, label: { da: 'Afgørende', en: 'Essential' } },
] as const satisfies readonly { value: number; label: Text }[];

export const IMPORTANCE_MIN = 1;
export const IMPORTANCE_MAX = 5;
/** How many of the highest-rated topics to take into the interview. */
export const AGENDA_SIZE = 5;

export const hiringTopicsText = {
  intro: {
    da: 'Hvilke emner er vigtigst at tale om, før og når I ansætter? Vurdér hvert emne sammen, tilføj jeres egne, og få en prioriteret liste med til samtalen.',
    en: 'Which topics matter most to discuss before and when you hire? Rate each topic together, add your own, and take a prioritised list into the interview.',
  },
  scaleQuestion: {
    da: 'Hvor vigtigt er det at tale om før eller ved ansættelsen?',
    en: 'How important is it to discuss before or at the hiring?',
  },
  unknown: { da: 'Ved ikke', en: 'Don’t know' },
  clear: { da: 'Ryd', en: 'Clear' },
  rateHeading: { da: 'Vurdér emnerne', en: 'Rate the topics' },
  ownHeading: { da: 'Jeres egne emner', en: 'Your own topics' },
  ownIntro: {
    da: 'Mangler der noget, som er vigtigt hos jer? Tilføj det her.',
    en: 'Is something that matters to you missing? Add it here.',
  },
  ownLabel: { da: 'Emne', en: 'Topic' },
  ownUntitled: { da: 'Eget emne', en: 'Own topic' },
  ownBadge: { da: 'Eget emne', en: 'Own topic' },
  addOwn: { da: 'Tilføj eget emne', en: 'Add your own topic' },
  remove: { da: 'Fjern emnet', en: 'Remove the topic' },
  removed: { da: 'Emnet er fjernet.', en: 'The topic was removed.' },
  undo: { da: 'Fortryd', en: 'Undo' },
  jumpToList: {
    da: (n: number) =>
      n === 1 ? 'Se den prioriterede liste (1 emne)' : `Se den prioriterede liste (${n} emner)`,
    en: (n: number) =>
      n === 1 ? 'See the prioritised list (1 topic)' : `See the prioritised list (${n} topics)`,
  } satisfies TextFn<[number]>,
  listHeading: { da: 'Jeres prioriterede liste', en: 'Your prioritised list' },
  listIntro: {
    da: 'Emnerne sorteret efter, hvor vigtige I har vurderet dem. De fem øverste tager I med til samtalen.',
    en: 'The topics sorted by how important you rated them. Take the top five into the interview.',
  },
  listEmpty: {
    da: 'Listen kommer her, når I har vurderet det første emne.',
    en: 'The list appears here once you have rated the first topic.',
  },
  agendaBadge: { da: 'Tag med til samtalen', en: 'Take to the interview' },
  noteLabel: { da: 'Beslutning eller note', en: 'Decision or note' },
  noteHint: { da: 'Valgfrit. Hvad aftalte I?', en: 'Optional. What did you agree?' },
  rank: {
    da: (n: number) => `Nr. ${n}`,
    en: (n: number) => `No. ${n}`,
  } satisfies TextFn<[number]>,
  ratedAs: {
    da: (label: string) => `Vurderet: ${label}`,
    en: (label: string) => `Rated: ${label}`,
  } satisfies TextFn<[string]>,
  unrated: {
    da: (n: number) =>
      n === 1 ? '1 emne mangler at blive vurderet.' : `${n} emner mangler at blive vurderet.`,
    en: (n: number) => (n === 1 ? '1 topic is not rated yet.' : `${n} topics are not rated yet.`),
  } satisfies TextFn<[number]>,
  unknownCount: {
    da: (n: number) => (n === 1 ? '1 emne er markeret “ved ikke”.' : `${n} emner er markeret “ved ikke”.`),
    en: (n: number) => (n === 1 ? '1 topic is marked “don’t know”.' : `${n} topics are marked “don’t know”.`),
  } satisfies TextFn<[number]>,
  reportTableCaption: { da: 'Emner efter vigtighed', en: 'Topics by importance' },
  reportColumns: {
    rank: { da: 'Nr.', en: 'No.' },
    topic: { da: 'Emne', en: 'Topic' },
    importance: { da: 'Vigtighed', en: 'Importance' },
    note: { da: 'Beslutning eller note', en: 'Decision or note' },
  },
  reportAgendaHeading: { da: 'Til samtalen', en: 'For the interview' },
  reportUnknownHeading: { da: 'Markeret “ved ikke”', en: 'Marked “don’t know”' },
} as const;
