/**
 * The readiness check (temperaturmåling). The Western Mass Peer Network's 10 questions (via
 * Socialstyrelsen 2016) could not be obtained, so these 10 items are our own, inspired by the source
 * and grounded in research/content.md §2 and §9. Ids r1–r10 are storage keys: never change them, so
 * the original questions can replace the texts if they are ever obtained.
 *
 * A volunteer case (issue 22) also gets ten: the same statements in an association's words (board,
 * coordinator, other volunteers), except r6 on pay and terms, which only an employment has; in its
 * place a volunteer case rates r6v, expenses and insurance on the same terms as other volunteers.
 */
import type { AdviceId, KindScoped, Text, TextFn } from './types';

export type ReadinessValue = 1 | 2 | 3 | 4;
export type ReadinessAnswer = ReadinessValue | 'unknown';

export interface ReadinessItem extends KindScoped {
  id: string;
  /** The statement the workplace rates. */
  text: Text;
  /** A short label for the chart and tables. */
  short: Text;
  /** A one-line "Hvad betyder det?" explanation. */
  explanation: Text;
  advice?: AdviceId;
}

export const readinessItems = [
  {
    id: 'r1',
    text: {
      da: 'Ledelsen bakker aktivt op om at ansætte en peer-medarbejder.',
      en: 'Management actively backs hiring a peer worker.',
      volunteer: {
        da: 'Bestyrelsen bakker aktivt op om at have en frivillig peer i foreningen.',
        en: 'The board actively backs having a volunteer peer in the association.',
      },
    },
    short: {
      da: 'Ledelsen bakker op',
      en: 'Management backs it',
      volunteer: { da: 'Bestyrelsen bakker op', en: 'The board backs it' },
    },
    explanation: {
      da: 'Mere end et ja: ledelsen giver tid, penge og opfølgning – også når noget bliver svært.',
      en: 'More than a yes: management gives time, money and follow-up – also when something gets hard.',
      volunteer: {
        da: 'Mere end et ja: bestyrelsen sørger for en koordinator, tid og opfølgning – også når noget bliver svært.',
        en: 'More than a yes: the board provides a coordinator, time and follow-up – also when something gets hard.',
      },
    },
  },
  {
    id: 'r2',
    text: {
      da: 'Vi er enige om, hvorfor vi vil ansætte en peer-medarbejder.',
      en: 'We agree on why we want to hire a peer worker.',
      volunteer: {
        da: 'Vi er enige om, hvorfor vi vil have en frivillig peer.',
        en: 'We agree on why we want a volunteer peer.',
      },
    },
    short: { da: 'Enige om hvorfor', en: 'Agreed on why' },
    explanation: {
      da: 'Har I talt motivationen igennem sammen? Redskabet Motivation kan hjælpe jer.',
      en: 'Have you talked the motivation through together? The Motivation tool can help.',
    },
    advice: 'hire-right',
  },
  {
    id: 'r3',
    text: {
      da: 'Vi tror på, at mennesker kan komme sig – og det kan ses i vores praksis.',
      en: 'We believe people can recover – and it shows in our practice.',
    },
    short: { da: 'Tro på recovery i praksis', en: 'Recovery in practice' },
    explanation: {
      da: 'Recovery betyder at kunne leve et godt liv med eller efter psykiske vanskeligheder. Kan det høres i den måde, I taler om og med dem, I støtter?',
      en: 'Recovery means living a good life with or after mental health difficulties. Can it be heard in the way you talk about and with the people you support?',
    },
  },
  {
    id: 'r4',
    text: {
      da: 'Kollegerne ved, hvad en peer-rolle er, og er blevet inddraget.',
      en: 'Colleagues know what a peer role is and have been involved.',
      volunteer: {
        da: 'De andre frivillige ved, hvad en peer-rolle er, og er blevet inddraget.',
        en: 'The other volunteers know what a peer role is and have been involved.',
      },
    },
    short: {
      da: 'Kolleger kender og er inddraget',
      en: 'Colleagues informed, involved',
      volunteer: { da: 'De andre frivillige er inddraget', en: 'Other volunteers involved' },
    },
    explanation: {
      da: 'Fx et oplæg på et personalemøde, hvor teamet kan stille spørgsmål og være med til at forme rollen.',
      en: 'E.g. a talk at a staff meeting where the team can ask questions and help shape the role.',
      volunteer: {
        da: 'Fx et oplæg på et frivilligmøde, hvor de andre frivillige og gerne medlemmerne kan stille spørgsmål og være med til at forme rollen.',
        en: 'E.g. a talk at a volunteers’ meeting where the other volunteers, and ideally the members, can ask questions and help shape the role.',
      },
    },
  },
  {
    id: 'r5',
    text: {
      da: 'Der er – eller kommer – en klar funktionsbeskrivelse for stillingen.',
      en: 'There is – or will be – a clear job description for the post.',
      volunteer: {
        da: 'Der er – eller kommer – en klar beskrivelse af den frivillige peers opgaver.',
        en: 'There is – or will be – a clear description of the volunteer peer’s tasks.',
      },
    },
    short: {
      da: 'Klar funktionsbeskrivelse',
      en: 'Clear job description',
      volunteer: { da: 'Klare opgaver', en: 'Clear tasks' },
    },
    explanation: {
      da: 'Den siger, hvad stillingen skal løse, og hvordan den supplerer kollegerne. Alle erfaringer viser, at den betyder meget.',
      en: 'It says what the post is for and how it complements colleagues. All experience shows it matters a lot.',
      volunteer: {
        da: 'Den siger, hvad peeren skal lave, cirka hvor meget tid det tager, og hvordan rollen supplerer de andre frivillige. Skriv den gerne ind i en frivilligaftale.',
        en: 'It says what the peer will do, roughly how much time it takes, and how the role complements the other volunteers. Consider writing it into a volunteer agreement.',
      },
    },
  },
  {
    id: 'r6',
    only: 'employment',
    text: {
      da: 'Løn og vilkår svarer til sammenlignelige stillinger.',
      en: 'Pay and terms match comparable posts.',
    },
    short: { da: 'Løn og vilkår på lige fod', en: 'Equal pay and terms' },
    explanation: {
      da: 'Løn og vilkår aftales efter den relevante overenskomst, som for alle andre faggrupper.',
      en: 'Pay and terms follow the relevant collective agreement, as for every other profession.',
    },
    advice: 'equal-terms',
  },
  {
    id: 'r6v',
    only: 'volunteer',
    text: {
      da: 'Det er afklaret, hvilke udgifter foreningen dækker, og hvordan den frivillige peer er forsikret – på samme vilkår som for de andre frivillige.',
      en: 'It is settled which expenses the association covers and how the volunteer peer is insured – on the same terms as for the other volunteers.',
    },
    short: { da: 'Udgifter og forsikring afklaret', en: 'Expenses and insurance settled' },
    explanation: {
      da: 'Fx udlæg mod kvittering, kørsel og skattefri godtgørelse inden for Skatterådets satser (tjek de aktuelle satser på skat.dk), og om foreningen har en ulykkes- og ansvarsforsikring for frivillige.',
      en: 'E.g. outlays refunded against receipts, travel, and tax-free reimbursement within the Danish tax council’s rates (check the current rates on skat.dk), and whether the association has accident and liability insurance for volunteers.',
    },
    advice: 'equal-terms',
  },
  {
    id: 'r7',
    text: {
      da: 'Supervision og sparring med andre peer-medarbejdere er sikret.',
      en: 'Supervision and reflection with other peer workers are in place.',
      volunteer: {
        da: 'Den frivillige peer har en fast koordinator og mulighed for sparring med andre frivillige peers.',
        en: 'The volunteer peer has a named coordinator and the chance to reflect with other volunteer peers.',
      },
    },
    short: {
      da: 'Supervision og peer-sparring',
      en: 'Supervision and peer reflection',
      volunteer: { da: 'Koordinator og peer-sparring', en: 'Coordinator and peer reflection' },
    },
    explanation: {
      da: 'Fx et netværk af peer-medarbejdere, fælles supervision eller faste møder med peers fra andre arbejdspladser.',
      en: 'E.g. a network of peer workers, shared supervision or regular meetings with peers from other workplaces.',
      volunteer: {
        da: 'Koordinatoren kan være en frivilligkoordinator, et bestyrelsesmedlem eller en lønnet koordinator i foreningen. Sparring kan fx være en netværksgruppe i Peer-Netværket eller faste møder med peers fra andre foreninger.',
        en: 'The coordinator can be a volunteer coordinator, a board member or paid staff in the association. Peer reflection can be e.g. a network group in Peer-Netværket or regular meetings with peers from other associations.',
      },
    },
    advice: 'sparring',
  },
  {
    id: 'r8',
    text: {
      da: 'Vores regler og vores sprog udelukker eller stempler ikke mennesker med levede erfaringer.',
      en: 'Our rules and our language do not exclude or label people with lived experience.',
    },
    short: { da: 'Regler og sprog uden stempel', en: 'Rules and words without stigma' },
    explanation: {
      da: 'Se fx på helbredsspørgsmål ved ansættelse, krav om at fortælle om egen sygdom og de ord, I bruger om dem, I støtter.',
      en: 'Look e.g. at health questions when hiring, rules on disclosing one’s own illness and the words you use about the people you support.',
      volunteer: {
        da: 'Se fx på, hvad I spørger om, når en ny frivillig starter, om nogen forventer, at peeren fortæller om egen sygdom, og de ord, I bruger om brugerne. Den frivillige peer er frivillig på lige fod med andre – ikke en patient.',
        en: 'Look e.g. at what you ask when a new volunteer starts, whether anyone expects the peer to talk about their own illness, and the words you use about the visitors. The volunteer peer is a volunteer on equal terms with others – not a patient.',
      },
    },
    advice: 'equal-terms',
  },
  {
    id: 'r9',
    text: {
      da: 'Vi er åbne for, at peer-medarbejderen udfordrer den måde, vi plejer at arbejde på.',
      en: 'We are open to the peer worker challenging the way we usually work.',
      volunteer: {
        da: 'Vi er åbne for, at den frivillige peer udfordrer den måde, vi plejer at gøre tingene på i foreningen.',
        en: 'We are open to the volunteer peer challenging the way we usually do things in the association.',
      },
    },
    short: { da: 'Åbne for at blive udfordret', en: 'Open to being challenged' },
    explanation: {
      da: 'Et nyt blik kan føles som en forstyrrelse. Det er netop det, der kan gøre jeres praksis bedre.',
      en: 'A fresh view can feel like a disturbance. That is exactly what can make your practice better.',
    },
    advice: 'openness',
  },
  {
    id: 'r10',
    text: {
      da: 'Vi har en plan for de første måneder og for opfølgning.',
      en: 'We have a plan for the first months and for follow-up.',
      volunteer: {
        da: 'Vi har en plan for introduktionen, de første måneder og opfølgning.',
        en: 'We have a plan for the introduction, the first months and follow-up.',
      },
    },
    short: {
      da: 'Plan for start og opfølgning',
      en: 'Plan for start and follow-up',
      volunteer: { da: 'Plan for introduktion og opfølgning', en: 'Plan for introduction and follow-up' },
    },
    explanation: {
      da: 'Fx en jobstart som for andre nye kolleger, en kort snak efter de første uger og faste opfølgninger efter 3 og 12 måneder.',
      en: 'E.g. a job start like any new colleague’s, a short check-in after the first weeks and regular follow-ups after 3 and 12 months.',
      volunteer: {
        da: 'Fx en introduktion som for andre nye frivillige, en kort snak efter de første uger og faste opfølgninger efter 3 og 12 måneder.',
        en: 'E.g. an introduction like any new volunteer’s, a short check-in after the first weeks and regular follow-ups after 3 and 12 months.',
      },
    },
    advice: 'development',
  },
] as const satisfies readonly ReadinessItem[];

export type ReadinessItemId = (typeof readinessItems)[number]['id'];

export interface ReadinessScaleStep {
  value: ReadinessAnswer;
  label: Text;
  hint: Text;
}

/** The temperature scale: 1 cold … 4 warm, plus "don't know", which is left out of the total. */
export const readinessScale = [
  { value: 1, label: { da: 'Koldt', en: 'Cold' }, hint: { da: 'Ikke på plads', en: 'Not in place' } },
  { value: 2, label: { da: 'Køligt', en: 'Cool' }, hint: { da: 'På vej', en: 'Under way' } },
  {
    value: 3,
    label: { da: 'Lunt', en: 'Lukewarm' },
    hint: { da: 'Stort set på plads', en: 'Mostly in place' },
  },
  { value: 4, label: { da: 'Varmt', en: 'Warm' }, hint: { da: 'Helt på plads', en: 'Fully in place' } },
  {
    value: 'unknown',
    label: { da: 'Ved ikke', en: 'Don’t know' },
    hint: { da: 'Tæller ikke med', en: 'Not counted' },
  },
] as const satisfies readonly ReadinessScaleStep[];

export type ReadinessBandId = 'cold' | 'lukewarm' | 'warm';

export interface ReadinessBand {
  id: ReadinessBandId;
  /** The band covers totals min..max on the 10–40 scale. */
  min: number;
  max: number;
  title: Text;
  reading: Text;
}

/** Plain-language readings of the total. They describe the workplace's preparation, never a person. */
export const readinessBands = [
  {
    id: 'cold',
    min: 10,
    max: 19,
    title: { da: 'Koldt – godt at vide nu', en: 'Cold – good to know now' },
    reading: {
      da: 'Der er en del at få på plads, før en peer-medarbejder starter. Det er helt almindeligt, og det er netop derfor, I måler. Begynd med punkterne nedenfor, og tag målingen igen, når I er kommet videre.',
      en: 'There is a fair amount to put in place before a peer worker starts. That is quite normal, and it is exactly why you measure. Begin with the points below, and take the check again once you have moved on.',
      volunteer: {
        da: 'Der er en del at få på plads, før en frivillig peer starter. Det er helt almindeligt, og det er netop derfor, I måler. Begynd med punkterne nedenfor, og tag målingen igen, når I er kommet videre.',
        en: 'There is a fair amount to put in place before a volunteer peer starts. That is quite normal, and it is exactly why you measure. Begin with the points below, and take the check again once you have moved on.',
      },
    },
  },
  {
    id: 'lukewarm',
    min: 20,
    max: 29,
    title: { da: 'Lunt – godt på vej', en: 'Lukewarm – well on the way' },
    reading: {
      da: 'Meget er på vej. Brug punkterne nedenfor til at blive helt klar, før I ansætter.',
      en: 'Much is on its way. Use the points below to get fully ready before you hire.',
      volunteer: {
        da: 'Meget er på vej. Brug punkterne nedenfor til at blive helt klar, før den frivillige peer starter.',
        en: 'Much is on its way. Use the points below to get fully ready before the volunteer peer starts.',
      },
    },
  },
  {
    id: 'warm',
    min: 30,
    max: 40,
    title: { da: 'Varmt – klar til at gå i gang', en: 'Warm – ready to begin' },
    reading: {
      da: 'I har et godt fundament for at tage imod en peer-medarbejder. Hold fast i det, og tag målingen igen efter opstarten.',
      en: 'You have a good foundation for welcoming a peer worker. Hold on to it, and take the check again after the start.',
      volunteer: {
        da: 'I har et godt fundament for at tage imod en frivillig peer. Hold fast i det, og tag målingen igen efter starten.',
        en: 'You have a good foundation for welcoming a volunteer peer. Hold on to it, and take the check again after the start.',
      },
    },
  },
] as const satisfies readonly ReadinessBand[];

export const readinessText = {
  intro: {
    da: 'Hvor klar er arbejdspladsen til at tage imod en peer-medarbejder? Tag stilling til hvert udsagn sammen, og giv ét fælles svar. Ser I forskelligt på et udsagn, så tal om hvorfor, og skriv det i noten.',
    en: 'How ready is the workplace to welcome a peer worker? Consider each statement together and give one shared answer. Where you see a statement differently, talk about why and write it in the note.',
    volunteer: {
      da: 'Hvor klar er foreningen til at tage imod en frivillig peer? Tag stilling til hvert udsagn sammen, fx bestyrelsen og koordinatoren, og giv ét fælles svar. Ser I forskelligt på et udsagn, så tal om hvorfor, og skriv det i noten.',
      en: 'How ready is the association to welcome a volunteer peer? Consider each statement together, e.g. the board and the coordinator, and give one shared answer. Where you see a statement differently, talk about why and write it in the note.',
    },
  },
  inspiredNote: {
    da: 'De originale spørgsmål fra Western Mass Peer Network kunne ikke skaffes. Udsagnene, temperaturskalaen og læsningen af resultatet er Peerstarts egne, inspireret af kilden – ikke et afprøvet måleredskab.',
    en: 'The original questions from the Western Mass Peer Network could not be obtained. The statements, the temperature scale and the reading of the result are Peerstart’s own, inspired by the source – not a validated measure.',
  },
  roundLabel: { da: 'Runde', en: 'Round' },
  roundName: { da: 'Navn på runden', en: 'Name of the round' },
  roundDate: { da: 'Dato', en: 'Date' },
  roundNameHint: {
    da: (name: string) => `Lad feltet stå tomt for at kalde runden "${name}".`,
    en: (name: string) => `Leave the field empty to call the round "${name}".`,
  } satisfies TextFn<[string]>,
  reportOwnNote: {
    da: 'Udsagnene, temperaturskalaen og læsningen af totalen er Peerstarts egne, inspireret af Western Mass Peer Networks temperaturmåling (via Socialstyrelsen 2016). Det er et samtaleredskab, ikke et afprøvet måleredskab.',
    en: 'The statements, the temperature scale and the reading of the total are Peerstart’s own, inspired by the Western Mass Peer Network’s readiness check (via Socialstyrelsen 2016). It is a conversation tool, not a validated measure.',
  },
  defaultRoundName: {
    da: (n: number) => `Runde ${n}`,
    en: (n: number) => `Round ${n}`,
  } satisfies TextFn<[number]>,
  start: { da: 'Start målingen', en: 'Start the check' },
  startIntro: {
    da: 'I har ikke taget målingen endnu. Den tager 10–15 minutter.',
    en: 'You have not taken the check yet. It takes 10–15 minutes.',
  },
  takeAgain: { da: 'Tag målingen igen', en: 'Take the check again' },
  takeAgainHint: {
    da: 'Starter en ny runde. Den tidligere gemmes, så I kan sammenligne.',
    en: 'Starts a new round. The earlier one is kept so you can compare.',
  },
  deleteRound: { da: 'Slet runden', en: 'Delete the round' },
  roundDeleted: { da: 'Runden er slettet.', en: 'The round was deleted.' },
  undo: { da: 'Fortryd', en: 'Undo' },
  itemsHeading: { da: 'Udsagn', en: 'Statements' },
  answered: {
    da: (done: number, total: number) => `${done} af ${total} besvaret`,
    en: (done: number, total: number) => `${done} of ${total} answered`,
  } satisfies TextFn<[number, number]>,
  note: { da: 'Note', en: 'Note' },
  noteFor: {
    da: (item: string) => `Note til "${item}"`,
    en: (item: string) => `Note on "${item}"`,
  } satisfies TextFn<[string]>,
  noteHint: {
    da: 'Fx hvad der skal til, eller hvem der ved mere.',
    en: 'E.g. what it takes, or who knows more.',
  },
  clear: { da: 'Ryd svar', en: 'Clear answer' },
  ownHeading: { da: 'Jeres egne udsagn', en: 'Your own statements' },
  ownIntro: {
    da: 'Tilføj udsagn, der er vigtige hos jer. De tæller med i totalen i alle runder.',
    en: 'Add statements that matter in your workplace. They count in the total in every round.',
    volunteer: {
      da: 'Tilføj udsagn, der er vigtige i jeres forening. De tæller med i totalen i alle runder.',
      en: 'Add statements that matter in your association. They count in the total in every round.',
    },
  },
  ownLabel: { da: 'Udsagn', en: 'Statement' },
  ownUntitled: { da: 'Eget udsagn', en: 'Own statement' },
  addOwn: { da: 'Tilføj eget udsagn', en: 'Add your own statement' },
  removeOwn: { da: 'Fjern udsagnet', en: 'Remove the statement' },
  ownRemoved: { da: 'Udsagnet er fjernet.', en: 'The statement was removed.' },
  resultHeading: { da: 'Resultat', en: 'Result' },
  total: {
    da: (total: number) => `${total} af 40`,
    en: (total: number) => `${total} of 40`,
  } satisfies TextFn<[number]>,
  totalLabel: { da: 'Temperatur', en: 'Temperature' },
  scaledUnknown: {
    da: (n: number) =>
      `${n === 1 ? 'Ét udsagn' : `${n} udsagn`} er besvaret med "ved ikke" og tæller ikke med. Totalen er omregnet til skalaen 10–40 ud fra de øvrige svar.`,
    en: (n: number) =>
      `${n === 1 ? 'One statement is' : `${n} statements are`} answered "don't know" and not counted. The total is converted to the 10–40 scale from the other answers.`,
  } satisfies TextFn<[number]>,
  scaledOwn: {
    da: (n: number) =>
      `Jeres ${n === 1 ? 'eget udsagn' : `${n} egne udsagn`} tæller med, så totalen er omregnet til skalaen 10–40.`,
    en: (n: number) =>
      `Your ${n === 1 ? 'own statement counts' : `${n} own statements count`}, so the total is converted to the 10–40 scale.`,
  } satisfies TextFn<[number]>,
  provisional: {
    da: (n: number) => `Foreløbigt: ${n === 1 ? 'ét udsagn mangler' : `${n} udsagn mangler`} svar.`,
    en: (n: number) =>
      `Provisional: ${n === 1 ? 'one statement has' : `${n} statements have`} no answer yet.`,
  } satisfies TextFn<[number]>,
  noResult: {
    da: 'Svar på udsagnene, så vises resultatet her.',
    en: 'Answer the statements and the result appears here.',
  },
  workOnHeading: {
    da: 'Det kan I arbejde med før ansættelsen',
    en: 'What to work on before hiring',
    volunteer: {
      da: 'Det kan I arbejde med, før den frivillige peer starter',
      en: 'What to work on before the volunteer peer starts',
    },
  },
  workOnNone: {
    da: 'Alle udsagn, I har svaret på, er helt på plads.',
    en: 'Every statement you answered is fully in place.',
  },
  unknownHeading: { da: 'Det kan I undersøge', en: 'What to find out' },
  chartTitle: { da: 'Temperatur pr. udsagn', en: 'Temperature per statement' },
  chartDescription: {
    da: 'Søjlediagram: hvor varmt hvert udsagn er, fra 1 (koldt) til 4 (varmt). Tabellen ved siden af viser de samme tal.',
    en: 'Bar chart: how warm each statement is, from 1 (cold) to 4 (warm). The table beside it shows the same numbers.',
  },
  tableCaption: { da: 'Svar i runden', en: 'Answers in the round' },
  colItem: { da: 'Udsagn', en: 'Statement' },
  colAnswer: { da: 'Svar', en: 'Answer' },
  notAnswered: { da: 'Ikke besvaret', en: 'Not answered' },
  compareHeading: { da: 'Sammenlign runder', en: 'Compare rounds' },
  compareIntro: {
    da: 'Vælg to runder for at se, hvad der har flyttet sig.',
    en: 'Pick two rounds to see what has moved.',
  },
  compareFrom: { da: 'Fra runde', en: 'From round' },
  compareTo: { da: 'Til runde', en: 'To round' },
  colChange: { da: 'Ændring', en: 'Change' },
  compareTotal: { da: 'Temperatur (10–40)', en: 'Temperature (10–40)' },
  provisionalShort: { da: 'foreløbig', en: 'provisional' },
  warmer: { da: 'varmere', en: 'warmer' },
  cooler: { da: 'køligere', en: 'cooler' },
  same: { da: 'uændret', en: 'unchanged' },
  compareCaption: {
    da: (from: string, to: string) => `Fra ${from} til ${to}`,
    en: (from: string, to: string) => `From ${from} to ${to}`,
  } satisfies TextFn<[string, string]>,
  reportRound: {
    da: (name: string, date: string) => `${name}, ${date}`,
    en: (name: string, date: string) => `${name}, ${date}`,
  } satisfies TextFn<[string, string]>,
} as const;
