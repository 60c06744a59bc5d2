/**
 * Hiring topics: the topics a workplace should settle before and when it employs a peer worker.
 * The St George's toolkit (2015) has a questionnaire for this, but its items could not be obtained;
 * these sixteen are our own, grounded in the research behind it (Gillard et al. 2013, 2015) and in
 * the Danish hiring advice, and shown as "inspired by". Ids i1–i16 are storage keys: never change
 * them. The recruitment section (job ad, panel, interview, health questions, rejection) follows
 * peerstoette.dk's hiring guide and helbredsoplysningsloven § 2; its ids are storage keys too.
 */
import type { SourceId } from './sources';
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
      en: 'Employment on the same terms as others: collective agreement, pay, title and weekly hours.',
    },
    advice: 'equal-terms',
  },
  {
    id: 'i5',
    title: { da: 'Funktionsbeskrivelse', en: 'Job description' },
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
    title: { da: 'Supervision og faglig sparring', en: 'Supervision and professional reflection' },
    explanation: {
      da: 'Hvem giver supervision, hvor ofte, og skal det være en med peer-baggrund?',
      en: 'Who gives supervision, how often, and should it be someone with a peer background?',
    },
    advice: 'sparring',
  },
  {
    id: 'i8',
    title: { da: 'Netværk med andre peer-medarbejdere', en: 'A network with other peer workers' },
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
      da: 'Relationen til dem, I støtter, også kontakt uden for arbejdstiden.',
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
  // Added later (identity, a theme of the research behind the toolkit): appended so stored ratings keep their ids.
  {
    id: 'i16',
    title: { da: 'Peer-identitet', en: 'Peer identity' },
    explanation: {
      da: 'Hvordan peer-medarbejderen kan blive ved med at se sig selv – og blive set – som peer, og ikke glider over i de andre faggruppers roller.',
      en: 'How the peer worker can keep seeing themself – and being seen – as a peer, rather than sliding into the other professions’ roles.',
    },
    advice: 'openness',
  },
] as const satisfies readonly HiringTopic[];

export type HiringTopicId = (typeof hiringTopics)[number]['id'];

/** One part of the recruitment: what the sources say, and a question the workplace answers in writing. */
export interface RecruitmentItem {
  id: string;
  title: Text;
  /** What to know, in our words, from the sources named in `sources`. */
  guidance: Text;
  /** The question the answer field asks. */
  prompt: Text;
  hint: Text;
  sources: readonly SourceId[];
}

/** Recruitment and the interview, in the order a hiring takes. Ids are storage keys: never change them. */
export const recruitmentItems = [
  {
    id: 'job-ad',
    title: { da: 'Stillingsopslaget', en: 'The job ad' },
    guidance: {
      da: 'Slå stillingen op åbent, som andre stillinger. Skriv, at levede erfaringer med psykiske vanskeligheder og recovery er en del af kvalifikationerne, og hvad rollen skal bruge dem til. Forskningen bag St George’s-værktøjerne fandt, at uklare forventninger til rollen ofte opstår allerede ved udvælgelsen, når rekrutteringen er uformel. Del gerne opslaget i peer-netværk og brugerforeninger.',
      en: 'Advertise the post openly, like other posts. Say that lived experience of mental health difficulties and recovery is part of the qualifications, and what the role will use it for. The research behind the St George’s tools found that unclear expectations of the role often arise already at selection when recruitment is informal. Consider sharing the ad in peer networks and user organisations.',
    },
    prompt: {
      da: 'Hvad skal stå i opslaget, og hvor slår I det op?',
      en: 'What should the ad say, and where will you advertise?',
    },
    hint: {
      da: 'Fx rollens formål, timetal, krav om levede erfaringer, og hvor opslaget deles.',
      en: 'E.g. the role’s purpose, hours, the lived-experience requirement, and where the ad is shared.',
    },
    sources: ['gillard-2013', 'peer-partnerskabet-2024'],
  },
  {
    id: 'panel',
    title: { da: 'Ansættelsesudvalget', en: 'The hiring panel' },
    guidance: {
      da: 'Sammensæt udvalget som ved andre ansættelser, og få gerne en peer-medarbejder eller en brugerrepræsentant med. Aftal på forhånd, hvad I lægger vægt på. Det er udvalget, der vælger, hvad der er vigtigt i samtalen.',
      en: 'Put the panel together as for other hires, and consider including a peer worker or a user representative. Agree beforehand what you will look for. The panel decides what matters in the interview.',
    },
    prompt: { da: 'Hvem sidder i udvalget?', en: 'Who is on the panel?' },
    hint: {
      da: 'Fx leder, en kollega fra teamet og en peer-medarbejder fra et andet sted.',
      en: 'E.g. the manager, a colleague from the team and a peer worker from elsewhere.',
    },
    sources: ['peerstoette-hiring', 'peer-partnerskabet-2024'],
  },
  {
    id: 'qualities',
    title: { da: 'Det vigtigste hos ansøgeren', en: 'What matters most in the applicant' },
    guidance: {
      da: 'Peer-støtte i Region Hovedstaden peger på to ting. Ansøgeren har nok afstand til sine egne psykiske vanskeligheder til at kunne bruge erfaringerne i arbejdet: kan sætte ord på dem, tale frit om dem og se dem i et perspektiv. Og ansøgeren ser sig selv som peer på arbejdspladsen – ikke kun som fx uddannet i et andet fag. Tal om, hvordan ansøgeren vil bruge sine erfaringer i arbejdet. Det er ansøgeren, der bestemmer, hvad hun eller han fortæller om dem.',
      en: 'Peer-støtte i Region Hovedstaden names two things. The applicant has enough distance to their own mental health difficulties to use the experience in the work: can put words to it, talk about it freely and see it in perspective. And the applicant sees themself as a peer in the workplace – not only as, say, trained in another profession. Talk about how the applicant would use their experience in the work. The applicant decides what to tell you about it.',
    },
    prompt: {
      da: 'Hvilke spørgsmål stiller I om de to ting?',
      en: 'What questions will you ask about these two things?',
    },
    hint: {
      da: 'Fx "Hvordan kan dine erfaringer gøre en forskel her?" og "Hvordan ser du din rolle i forhold til kollegerne?"',
      en: 'E.g. "How could your experience make a difference here?" and "How do you see your role next to your colleagues?"',
    },
    sources: ['peerstoette-hiring'],
  },
  {
    id: 'health',
    title: { da: 'Spørgsmål om helbred', en: 'Questions about health' },
    guidance: {
      da: 'Tal om, hvordan ansøgeren bruger sine erfaringer i arbejdet – ikke om diagnoser eller behandling. Efter helbredsoplysningsloven § 2 må en arbejdsgiver kun spørge til sygdom eller symptomer, der vil have væsentlig betydning for arbejdsdygtigheden i netop dette job, og skal sige, hvilken sygdom spørgsmålet gælder. Spørg ikke generelt til helbredet eller til risikoen for at blive syg igen. Ud over det bestemmer ansøgeren selv, hvad hun eller han vil fortælle. Det gælder også emnerne fra jeres prioriterede liste: emner om trivsel og hensyn handler om rammerne på arbejdspladsen og må ikke blive til spørgsmål om ansøgerens helbred.',
      en: 'Talk about how the applicant uses their experience in the work – not about diagnoses or treatment. Under the Danish Health Information Act (helbredsoplysningsloven) § 2, an employer may only ask about illness or symptoms that will be of significant importance for the ability to do that particular job, and must say which illness the question concerns. Do not ask about health in general or about the risk of becoming ill again. Beyond that, the applicant decides what they want to tell you. This also holds for the topics on your prioritised list: topics about wellbeing and adjustments are about the conditions at the workplace and must not turn into questions about the applicant’s health.',
    },
    prompt: {
      da: 'Hvad spørger I om – og hvad lader I være?',
      en: 'What will you ask – and what will you leave out?',
    },
    hint: {
      da: 'Skriv gerne jeres spørgsmål ned, så alle i udvalget holder sig inden for rammen.',
      en: 'Consider writing your questions down so everyone on the panel stays within the limits.',
    },
    sources: ['helbredsoplysningsloven', 'peerstoette-hiring'],
  },
  {
    id: 'rejection',
    title: { da: 'Et godt afslag', en: 'A good rejection' },
    guidance: {
      da: 'Mange ansøgere har fortalt om noget personligt. Giv afslaget personligt, fx i en telefonsamtale, sig, hvad der talte for ansøgeren, og peg gerne på andre veje, fx frivilligt peer-arbejde, en peer-uddannelse eller et peer-netværk.',
      en: 'Many applicants have shared something personal. Give the rejection personally, for example in a phone call, say what spoke for the applicant, and consider pointing to other paths, such as volunteer peer work, a peer education or a peer network.',
    },
    prompt: {
      da: 'Hvem giver afslagene, og hvordan?',
      en: 'Who gives the rejections, and how?',
    },
    hint: {
      da: 'Fx hvem der ringer, hvornår, og hvad I kan pege videre på.',
      en: 'E.g. who calls, when, and what you can point to next.',
    },
    sources: ['peerstoette-hiring'],
  },
] as const satisfies readonly RecruitmentItem[];

export type RecruitmentItemId = (typeof recruitmentItems)[number]['id'];

/** The importance scale: 1–5, plus "don't know" (stored as 'unknown'). */
export const importanceScale = [
  { value: 1, label: { da: 'Ikke vigtigt', en: 'Not important' } },
  { value: 2, label: { da: 'Lidt vigtigt', en: 'A little important' } },
  { value: 3, label: { da: 'Ret vigtigt', en: 'Fairly important' } },
  { value: 4, label: { da: 'Meget vigtigt', en: 'Very important' } },
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
    da: 'Emnerne sorteret efter, hvor vigtige I har vurderet dem. De fem øverste tager I med til samtalen. Handler et emne om trivsel eller helbred, så tal om rammerne på arbejdspladsen – det må ikke blive til spørgsmål om ansøgerens helbred i jobsamtalen.',
    en: 'The topics sorted by how important you rated them. Take the top five into the interview. If a topic is about wellbeing or health, talk about the conditions at the workplace – it must not turn into questions about the applicant’s health in the job interview.',
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
  reportAgendaWarning: {
    da: 'Handler et emne om trivsel eller helbred, så tal om rammerne på arbejdspladsen. Det må ikke blive til spørgsmål om ansøgerens helbred: ansøgeren bestemmer selv, hvad hun eller han fortæller (helbredsoplysningsloven § 2).',
    en: 'If a topic is about wellbeing or health, talk about the conditions at the workplace. It must not become questions about the applicant’s health: the applicant decides what they tell (the Danish Health Information Act, § 2).',
  },
  reportUnknownHeading: { da: 'Markeret “ved ikke”', en: 'Marked “don’t know”' },
  recruitmentHeading: { da: 'Rekruttering og samtale', en: 'Recruitment and the interview' },
  recruitmentIntro: {
    da: 'Forbered opslaget, udvalget og samtalen, før I møder ansøgerne. Skriv jeres svar ned, så de kommer med i PDF’en.',
    en: 'Prepare the ad, the panel and the interview before you meet the applicants. Write your answers down so they go into the PDF.',
  },
  recruitmentSources: {
    da: (names: string, count: number) => `${count === 1 ? 'Kilde' : 'Kilder'}: ${names}`,
    en: (names: string, count: number) => `${count === 1 ? 'Source' : 'Sources'}: ${names}`,
  } satisfies TextFn<[string, number]>,
} as const;
