/**
 * Job start: a checklist for the peer worker's first months. Peer-Netværket cites a list of
 * suggestions (Rasmussen & Johansen 2015) that could not be obtained; these twelve items are our
 * own, grounded in the seed's advice (do what you do for every new employee, clarify special needs
 * together, a clear function description), ImROC's phases and the "5 gode råd", and shown as
 * "inspired by". Ids j1–j12 are storage keys: never change them.
 */
import type { AdviceId, Text, TextFn } from './types';

/** When an item belongs, in the order the groups are shown. */
export const JOB_START_WHEN = ['before', 'week1', 'month1', 'month3', 'ongoing'] as const;
export type JobStartWhen = (typeof JOB_START_WHEN)[number];

export const jobStartWhenTitles: Readonly<Record<JobStartWhen, Text>> = {
  before: { da: 'Før første dag', en: 'Before the first day' },
  week1: { da: 'Første uge', en: 'First week' },
  month1: { da: 'Første måned', en: 'First month' },
  month3: { da: 'De første 3 måneder', en: 'The first 3 months' },
  ongoing: { da: 'Løbende', en: 'Ongoing' },
};

export interface JobStartItem {
  id: string;
  when: JobStartWhen;
  title: Text;
  /** One line on what the item means in practice. */
  explanation: Text;
  /** One of the "5 gode råd" that applies to this item, shown beside it. */
  advice?: AdviceId;
}

export const jobStartItems = [
  {
    id: 'j1',
    when: 'before',
    title: { da: 'Samme velkomst som alle nye', en: 'The same welcome as every new employee' },
    explanation: {
      da: 'Introprogram, nøgler, IT-adgang, vagtplan og et sted at arbejde – det, alle nye medarbejdere får.',
      en: 'Induction programme, keys, IT access, rota and somewhere to work – what every new employee gets.',
    },
  },
  {
    id: 'j2',
    when: 'before',
    title: { da: 'Kollegerne er forberedt på rollen', en: 'Colleagues are prepared for the role' },
    explanation: {
      da: 'Fortæl på et personalemøde, hvad peer-rollen er, og hvorfor I ansætter. Giv plads til spørgsmål og tvivl.',
      en: 'Explain at a staff meeting what the peer role is and why you are hiring. Make room for questions and doubts.',
    },
    advice: 'openness',
  },
  {
    id: 'j3',
    when: 'before',
    title: { da: 'En fast kontaktperson', en: 'A named contact person' },
    explanation: {
      da: 'En kollega, som peer-medarbejderen kan gå til med de små og store spørgsmål fra første dag.',
      en: 'A colleague the peer worker can turn to with questions big and small from day one.',
    },
  },
  {
    id: 'j4',
    when: 'week1',
    title: { da: 'Samtale om eventuelle særlige behov', en: 'A talk about any special needs' },
    explanation: {
      da: 'Leder og peer-medarbejder afklarer sammen, om der er hensyn at tage – som med enhver anden ny medarbejder.',
      en: 'Manager and peer worker clarify together whether there is anything to take into account – as with any new employee.',
    },
  },
  {
    id: 'j5',
    when: 'week1',
    title: { da: 'Funktionsbeskrivelsen er aftalt', en: 'The job description is agreed' },
    explanation: {
      da: 'En tydelig, skriftlig beskrivelse af opgaverne. Rollestjernen er et godt sted at starte. Begynd med veldefinerede opgaver, der skaber kontakt til dem, I støtter, og til kollegerne, og giv mere frihed, efterhånden som rollen finder sin form.',
      en: 'A clear written description of the tasks. The Role Star is a good place to start. Begin with well-defined tasks that build contact with the people you support and with colleagues, and give more freedom as the role takes shape.',
    },
  },
  {
    id: 'j6',
    when: 'week1',
    title: { da: 'Aftale om at dele egne erfaringer', en: 'An agreement on sharing own experience' },
    explanation: {
      da: 'Hvordan og hvornår egne erfaringer bruges i arbejdet. Det er peer-medarbejderen, der bestemmer.',
      en: 'How and when one’s own experience is used in the work. The peer worker decides.',
    },
  },
  {
    id: 'j7',
    when: 'month1',
    title: { da: 'Supervision er aftalt', en: 'Supervision is arranged' },
    explanation: {
      da: 'Hvem giver supervision, og hvor ofte? Skriv det ned, så det ikke bliver glemt i en travl hverdag.',
      en: 'Who gives supervision, and how often? Write it down so it is not forgotten in a busy week.',
    },
    advice: 'sparring',
  },
  {
    id: 'j8',
    when: 'month1',
    title: {
      da: 'Adgang til netværk med andre peer-medarbejdere',
      en: 'Access to a network of other peer workers',
    },
    explanation: {
      da: 'Sparring med andre peer-medarbejdere, fx i et lokalt netværk eller hos Peer-Netværket.',
      en: 'Peer support and reflection with other peer workers, e.g. in a local network or through Peer-Netværket.',
    },
    advice: 'sparring',
  },
  {
    id: 'j9',
    when: 'month1',
    title: { da: 'Dokumentation og tavshedspligt er afklaret', en: 'Records and confidentiality are clear' },
    explanation: {
      da: 'Hvad peer-medarbejderen skriver i journal eller log, og hvad tavshedspligten betyder i hverdagen.',
      en: 'What the peer worker writes in records or logs, and what confidentiality means day to day.',
    },
  },
  {
    id: 'j10',
    when: 'month3',
    title: { da: 'En plan for uddannelse og kurser', en: 'A plan for training and courses' },
    explanation: {
      da: 'Peer-uddannelse, kurser og faglige netværk – så peer-medarbejderen kan vokse med opgaven.',
      en: 'Peer education, courses and professional networks – so the peer worker can grow with the job.',
    },
    advice: 'development',
  },
  {
    id: 'j11',
    when: 'ongoing',
    title: { da: 'Opfølgningssamtaler i kalenderen', en: 'Follow-up talks in the calendar' },
    explanation: {
      da: 'Fx en kort snak efter de første uger og faste opfølgninger efter 3 og 12 måneder. Tag gerne rollestjernen igen ved opfølgningerne og sammenlign.',
      en: 'E.g. a short check-in after the first weeks and regular follow-ups after 3 and 12 months. Consider taking the Role Star again at the follow-ups and comparing.',
    },
  },
  {
    id: 'j12',
    when: 'ongoing',
    title: { da: 'Forvent det samme som af andre', en: 'Expect the same as of others' },
    explanation: {
      da: 'Samme krav, samme feedback og samme muligheder som resten af teamet.',
      en: 'The same demands, the same feedback and the same opportunities as the rest of the team.',
    },
    advice: 'equal-terms',
  },
] as const satisfies readonly JobStartItem[];

export type JobStartItemId = (typeof jobStartItems)[number]['id'];

export const jobStartText = {
  intro: {
    da: 'Gør det samme for peer-medarbejderen, som I gør for alle nye medarbejdere, og afklar sammen, om der er særlige behov. Giv hvert punkt en ansvarlig og en dato, og sæt flueben, når det er klaret.',
    en: 'Do for the peer worker what you do for every new employee, and clarify together whether there are any special needs. Give each item an owner and a date, and tick it off when it is done.',
  },
  doneCount: {
    da: (done: number, total: number) => `${done} af ${total} klaret`,
    en: (done: number, total: number) => `${done} of ${total} done`,
  } satisfies TextFn<[number, number]>,
  overdueSummary: {
    da: (n: number) =>
      n === 1
        ? '1 punkt har en dato, der er passeret. Måske skal datoen bare flyttes?'
        : `${n} punkter har en dato, der er passeret. Måske skal datoerne bare flyttes?`,
    en: (n: number) =>
      n === 1
        ? '1 item has a date that has passed. Perhaps the date just needs moving?'
        : `${n} items have dates that have passed. Perhaps the dates just need moving?`,
  } satisfies TextFn<[number]>,
  overdue: { da: 'Datoen er passeret', en: 'The date has passed' },
  doneLabel: { da: 'Klaret', en: 'Done' },
  doneOn: {
    da: (when: string) => `Klaret ${when}`,
    en: (when: string) => `Done ${when}`,
  } satisfies TextFn<[string]>,
  responsible: { da: 'Ansvarlig', en: 'Responsible' },
  due: { da: 'Klar senest', en: 'Due by' },
  note: { da: 'Note', en: 'Note' },
  responsibleSuggestions: [
    { da: 'Leder', en: 'Manager' },
    { da: 'Peer-medarbejder', en: 'Peer worker' },
    { da: 'Kontaktperson', en: 'Contact person' },
    { da: 'Kollega', en: 'Colleague' },
    { da: 'Leder og peer-medarbejder', en: 'Manager and peer worker' },
  ],
  ownBadge: { da: 'Eget punkt', en: 'Own item' },
  ownLabel: { da: 'Punkt', en: 'Item' },
  ownUntitled: { da: 'Eget punkt', en: 'Own item' },
  addOwnShort: { da: 'Tilføj punkt', en: 'Add an item' },
  addOwn: {
    da: (group: string) => `Tilføj punkt til "${group}"`,
    en: (group: string) => `Add an item to "${group}"`,
  } satisfies TextFn<[string]>,
  remove: { da: 'Fjern punktet', en: 'Remove the item' },
  removed: { da: 'Punktet er fjernet.', en: 'The item was removed.' },
  undo: { da: 'Fortryd', en: 'Undo' },
  reportResponsible: {
    da: (who: string) => `Ansvarlig: ${who}`,
    en: (who: string) => `Responsible: ${who}`,
  } satisfies TextFn<[string]>,
  reportDue: {
    da: (when: string) => `Klar senest ${when}`,
    en: (when: string) => `Due by ${when}`,
  } satisfies TextFn<[string]>,
  reportNote: {
    da: (note: string) => `Note: ${note}`,
    en: (note: string) => `Note: ${note}`,
  } satisfies TextFn<[string]>,
} as const;
