/**
 * Job start: a checklist for the peer worker's first months. Peer-Netværket cites a list of
 * suggestions (Rasmussen & Johansen 2015) that could not be obtained; these twelve items are our
 * own, grounded in the seed's advice (do what you do for every new employee, clarify special needs
 * together, a clear function description), ImROC's phases and the "5 gode råd", and shown as
 * "inspired by". Ids j1–j16 are storage keys: never change them.
 *
 * A volunteer case (issue 22) reads it as the start as a volunteer: j1 is only for an employment;
 * j13–j16 only for a volunteer (introduction to the association, the volunteer agreement, insurance,
 * expenses), from docs/volunteer facts: the volunteer agreement's contents (Glostrup Kommune's
 * frivillighedsportal), reimbursement against receipts and the tax-free rates (skat.dk, CFSA),
 * insurance (Social- og Boligministeriet), sparring with other peers (CFSA, Peer-Netværket).
 */
import type { AdviceId, KindScoped, Text, TextFn } from './types';

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

export interface JobStartItem extends KindScoped {
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
    id: 'j13',
    when: 'before',
    only: 'volunteer',
    title: { da: 'Introduktion til foreningen', en: 'An introduction to the association' },
    explanation: {
      da: 'Foreningens formål, aktiviteter og folk, hvor tingene er, og hvem man spørger om hvad. Nøgler og adgang, hvis der er brug for det.',
      en: 'The association’s purpose, activities and people, where things are, and who to ask about what. Keys and access, if they are needed.',
    },
  },
  {
    id: 'j1',
    when: 'before',
    only: 'employment',
    title: { da: 'Samme velkomst som alle nye', en: 'The same welcome as every new employee' },
    explanation: {
      da: 'Introprogram, nøgler, IT-adgang, vagtplan og et sted at arbejde – det, alle nye medarbejdere får.',
      en: 'Induction programme, keys, IT access, rota and somewhere to work – what every new employee gets.',
    },
  },
  {
    id: 'j2',
    when: 'before',
    title: {
      da: 'Kollegerne er forberedt på rollen',
      en: 'Colleagues are prepared for the role',
      volunteer: {
        da: 'De andre frivillige er forberedt på rollen',
        en: 'The other volunteers are prepared for the role',
      },
    },
    explanation: {
      da: 'Fortæl på et personalemøde, hvad peer-rollen er, og hvorfor I ansætter. Giv plads til spørgsmål og tvivl.',
      en: 'Explain at a staff meeting what the peer role is and why you are hiring. Make room for questions and doubts.',
      volunteer: {
        da: 'Fortæl på et møde for de frivillige, hvad peer-rollen er, og hvorfor foreningen har frivillige peers. Giv plads til spørgsmål og tvivl.',
        en: 'Explain at a meeting for the volunteers what the peer role is and why the association has volunteer peers. Make room for questions and doubts.',
      },
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
      volunteer: {
        da: 'En koordinator eller en erfaren frivillig, som den frivillige peer kan gå til med de små og store spørgsmål fra første dag.',
        en: 'A coordinator or an experienced volunteer the volunteer peer can turn to with questions big and small from day one.',
      },
    },
  },
  {
    id: 'j14',
    when: 'before',
    only: 'volunteer',
    title: { da: 'Frivilligaftalen er skrevet under', en: 'The volunteer agreement is signed' },
    explanation: {
      da: 'Skriv ned: opgaverne, cirka hvor meget tid, hvem der er kontaktperson, hvad I forventer af hinanden, tavshedspligt, og hvordan I afslutter samarbejdet, hvis en af jer vil stoppe.',
      en: 'Write down: the tasks, roughly how much time, who the contact person is, what you expect of each other, confidentiality, and how you end the collaboration if one of you wants to stop.',
    },
  },
  {
    id: 'j16',
    when: 'before',
    only: 'volunteer',
    title: { da: 'Forsikringen er tjekket', en: 'Insurance is checked' },
    explanation: {
      da: 'Spørg, hvordan foreningen forsikrer sine frivillige, fx med en ulykkes- og ansvarsforsikring, og tjek den frivillige peers egen familieforsikring. Om en arbejdsskadeforsikring dækker, afhænger af opgaven.',
      en: 'Ask how the association insures its volunteers, e.g. with accident and liability insurance, and check the volunteer peer’s own household insurance. Whether industrial injury insurance covers it depends on the task.',
    },
  },
  {
    id: 'j4',
    when: 'week1',
    title: { da: 'Samtale om eventuelle særlige behov', en: 'A talk about any special needs' },
    explanation: {
      da: 'Leder og peer-medarbejder afklarer sammen, om der er hensyn at tage – som med enhver anden ny medarbejder.',
      en: 'Manager and peer worker clarify together whether there is anything to take into account – as with any new employee.',
      volunteer: {
        da: 'Koordinatoren og den frivillige peer afklarer sammen, om der er hensyn at tage – som med enhver anden ny frivillig.',
        en: 'The coordinator and the volunteer peer clarify together whether there is anything to take into account – as with any new volunteer.',
      },
    },
  },
  {
    id: 'j5',
    when: 'week1',
    title: {
      da: 'Funktionsbeskrivelsen er aftalt',
      en: 'The job description is agreed',
      volunteer: { da: 'Opgaverne er aftalt', en: 'The tasks are agreed' },
    },
    explanation: {
      da: 'En tydelig, skriftlig beskrivelse af opgaverne. Rollestjernen er et godt sted at starte. Begynd med veldefinerede opgaver, der skaber kontakt til dem, I støtter, og til kollegerne, og giv mere frihed, efterhånden som rollen finder sin form.',
      en: 'A clear written description of the tasks. The Role Star is a good place to start. Begin with well-defined tasks that build contact with the people you support and with colleagues, and give more freedom as the role takes shape.',
      volunteer: {
        da: 'En tydelig, skriftlig beskrivelse af opgaverne, fx i frivilligaftalen. Rollestjernen er et godt sted at starte. Begynd med veldefinerede opgaver, der skaber kontakt til brugerne og de andre frivillige, og giv mere frihed, efterhånden som rollen finder sin form.',
        en: 'A clear written description of the tasks, e.g. in the volunteer agreement. The Role Star is a good place to start. Begin with well-defined tasks that build contact with the users and the other volunteers, and give more freedom as the role takes shape.',
      },
    },
  },
  {
    id: 'j6',
    when: 'week1',
    title: { da: 'Aftale om at dele egne erfaringer', en: 'An agreement on sharing own experience' },
    explanation: {
      da: 'Hvordan og hvornår egne erfaringer bruges i arbejdet. Det er peer-medarbejderen, der bestemmer.',
      en: 'How and when one’s own experience is used in the work. The peer worker decides.',
      volunteer: {
        da: 'Hvordan og hvornår egne erfaringer bruges i foreningen. Det er den frivillige peer, der bestemmer.',
        en: 'How and when one’s own experience is used in the association. The volunteer peer decides.',
      },
    },
  },
  {
    id: 'j15',
    when: 'week1',
    only: 'volunteer',
    title: { da: 'Udgifter og godtgørelse er forklaret', en: 'Expenses and reimbursement are explained' },
    explanation: {
      da: 'Den frivillige peer er ulønnet. Fortæl, hvad foreningen dækker mod kvittering, og om I bruger Skatterådets skattefri satser. Satserne ændres – tjek de aktuelle på skat.dk.',
      en: 'The volunteer peer is unpaid. Explain what the association refunds against receipts, and whether you use the tax council’s tax-free rates. The rates change – check the current ones on skat.dk.',
    },
  },
  {
    id: 'j7',
    when: 'month1',
    title: {
      da: 'Supervision er aftalt',
      en: 'Supervision is arranged',
      volunteer: { da: 'Vejledning er aftalt', en: 'Guidance is arranged' },
    },
    explanation: {
      da: 'Hvem giver supervision, og hvor ofte? Skriv det ned, så det ikke bliver glemt i en travl hverdag.',
      en: 'Who gives supervision, and how often? Write it down so it is not forgotten in a busy week.',
      volunteer: {
        da: 'Hvem giver vejledning eller supervision, og hvor ofte? Skriv det ned, så det ikke bliver glemt.',
        en: 'Who gives guidance or supervision, and how often? Write it down so it is not forgotten.',
      },
    },
    advice: 'sparring',
  },
  {
    id: 'j8',
    when: 'month1',
    title: {
      da: 'Adgang til netværk med andre peer-medarbejdere',
      en: 'Access to a network of other peer workers',
      volunteer: {
        da: 'Sparring med andre frivillige peers er sat i gang',
        en: 'Support and reflection with other volunteer peers is set up',
      },
    },
    explanation: {
      da: 'Sparring med andre peer-medarbejdere, fx i et lokalt netværk eller hos Peer-Netværket.',
      en: 'Peer support and reflection with other peer workers, e.g. in a local network or through Peer-Netværket.',
      volunteer: {
        da: 'Peer-arbejde er krævende. Sparring med andre frivillige peers, fx i foreningen, i en lokal netværksgruppe eller hos Peer-Netværket, der også støtter frivillige.',
        en: 'Peer work is demanding. Support and reflection with other volunteer peers, e.g. in the association, in a local network group or through Peer-Netværket, which supports volunteers too.',
      },
    },
    advice: 'sparring',
  },
  {
    id: 'j9',
    when: 'month1',
    title: {
      da: 'Dokumentation og tavshedspligt er afklaret',
      en: 'Records and confidentiality are clear',
      volunteer: { da: 'Tavshedspligten er afklaret', en: 'Confidentiality is clear' },
    },
    explanation: {
      da: 'Hvad peer-medarbejderen skriver i journal eller log, og hvad tavshedspligten betyder i hverdagen.',
      en: 'What the peer worker writes in records or logs, and what confidentiality means day to day.',
      volunteer: {
        da: 'Hvad tavshedspligten betyder i foreningen, og hvordan I passer på brugernes personlige oplysninger. Skriv det gerne ind i frivilligaftalen.',
        en: 'What confidentiality means in the association, and how you look after the users’ personal information. Consider writing it into the volunteer agreement.',
      },
    },
  },
  {
    id: 'j10',
    when: 'month3',
    title: { da: 'En plan for uddannelse og kurser', en: 'A plan for training and courses' },
    explanation: {
      da: 'Peer-uddannelse, kurser og faglige netværk – så peer-medarbejderen kan vokse med opgaven.',
      en: 'Peer education, courses and professional networks – so the peer worker can grow with the job.',
      volunteer: {
        da: 'Peer-uddannelse, kurser og netværk – så den frivillige peer kan vokse med opgaven.',
        en: 'Peer education, courses and networks – so the volunteer peer can grow with the task.',
      },
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
      volunteer: {
        da: 'Samme forventninger, samme feedback og samme muligheder som de andre frivillige.',
        en: 'The same expectations, the same feedback and the same opportunities as the other volunteers.',
      },
    },
    advice: 'equal-terms',
  },
] as const satisfies readonly JobStartItem[];

export type JobStartItemId = (typeof jobStartItems)[number]['id'];

export const jobStartText = {
  intro: {
    da: 'Gør det samme for peer-medarbejderen, som I gør for alle nye medarbejdere, og afklar sammen, om der er særlige behov. Giv hvert punkt en ansvarlig og en dato, og sæt flueben, når det er klaret.',
    en: 'Do for the peer worker what you do for every new employee, and clarify together whether there are any special needs. Give each item an owner and a date, and tick it off when it is done.',
    volunteer: {
      da: 'Gør det samme for den frivillige peer, som I gør for alle nye frivillige, og afklar sammen, om der er særlige behov. Giv hvert punkt en ansvarlig og en dato, og sæt flueben, når det er klaret.',
      en: 'Do for the volunteer peer what you do for every new volunteer, and clarify together whether there are any special needs. Give each item an owner and a date, and tick it off when it is done.',
    },
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
    { da: 'Leder', en: 'Manager', volunteer: { da: 'Koordinator', en: 'Coordinator' } },
    { da: 'Peer-medarbejder', en: 'Peer worker', volunteer: { da: 'Frivillig peer', en: 'Volunteer peer' } },
    { da: 'Kontaktperson', en: 'Contact person' },
    { da: 'Kollega', en: 'Colleague', volunteer: { da: 'Bestyrelsen', en: 'The board' } },
    {
      da: 'Leder og peer-medarbejder',
      en: 'Manager and peer worker',
      volunteer: { da: 'Koordinator og frivillig peer', en: 'Coordinator and volunteer peer' },
    },
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
