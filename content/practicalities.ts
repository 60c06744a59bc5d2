/**
 * Practicalities: what the hiring must settle besides the role itself – qualifications, hours,
 * terms, supervision, peer sparring, the peer worker's own thoughts and an agreement on openness –
 * and the function description. Facts from Peer-Netværket / PeerMidt's hiring page, Peer-støtte i
 * Region Hovedstaden, FOA, Peer-Netværket (2021), Social- og Boligstyrelsen, funktionærloven and
 * the act on active employment (LAB-loven), in our own words; each fact names its sources. Field, option, prompt and item ids are storage keys: never change them.
 */
import type { SourceId } from './sources';
import type { AdviceId, Text, TextFn } from './types';

export const PEER_EDUCATION_OPTIONS = ['yes', 'in-progress', 'no'] as const;
export type PeerEducation = (typeof PEER_EDUCATION_OPTIONS)[number];

/** 'wage-subsidy' (løntilskudsjob for førtidspensionister) was added later; the display order is not a storage key. */
export const TERMS_OPTIONS = ['ordinary', 'fleksjob', 'wage-subsidy', 'other'] as const;
export type Terms = (typeof TERMS_OPTIONS)[number];

export const peerEducationLabels: Readonly<Record<PeerEducation, Text>> = {
  yes: { da: 'Ja', en: 'Yes' },
  'in-progress': { da: 'I gang / planlagt', en: 'Under way / planned' },
  no: { da: 'Nej', en: 'No' },
};

export const termsLabels: Readonly<Record<Terms, Text>> = {
  ordinary: { da: 'Almindelige vilkår', en: 'Ordinary terms' },
  fleksjob: { da: 'Fleksjob', en: 'Flexi-job' },
  // "Løntilskudsjob for førtidspensionister" in full in the section's introduction; short on the button.
  'wage-subsidy': { da: 'Løntilskudsjob', en: 'Wage-subsidised job' },
  other: { da: 'Andet', en: 'Other' },
};

/** The sections of the screen, in order; each counts once towards progress when anything in it is filled. */
export const PRACTICALITIES_SECTIONS = [
  'qualifications',
  'hours',
  'terms',
  'supervision',
  'sparring',
  'functionDescription',
  'peerVoice',
  'disclosure',
] as const;
export type PracticalitiesSection = (typeof PRACTICALITIES_SECTIONS)[number];

/** A fact shown under a section's introduction, with the sources it comes from. */
export interface SectionFact {
  text: Text;
  sources: readonly SourceId[];
}

export interface SectionText {
  title: Text;
  intro: Text;
  advice?: AdviceId;
  facts?: readonly SectionFact[];
}

export const practicalitiesSections: Readonly<Record<PracticalitiesSection, SectionText>> = {
  qualifications: {
    title: { da: 'Kvalifikationer', en: 'Qualifications' },
    intro: {
      da: 'Mange peer-medarbejdere har taget en peer-uddannelse, som findes i flere lokale udgaver. Ud over den er baggrunden vidt forskellig. Levede erfaringer og egen recovery vejer ofte tungere end formel uddannelse.',
      en: 'Many peer workers have taken a peer education, which exists in several local versions. Beyond that, backgrounds vary widely. Lived experience and one’s own recovery often weigh more than formal education.',
    },
    advice: 'hire-right',
  },
  hours: {
    title: { da: 'Timetal', en: 'Hours' },
    intro: {
      da: 'Overvej timetallet som for enhver anden faggruppe. Det varierer meget fra sted til sted.',
      en: 'Consider the hours as for any other profession. They vary a lot from place to place.',
    },
  },
  terms: {
    title: { da: 'Vilkår og løn', en: 'Terms and pay' },
    intro: {
      da: 'Ansættelsen er typisk ordinær, men kan også være et fleksjob eller et løntilskudsjob for førtidspensionister. Hvilken overenskomst der gælder, afhænger af, hvor stillingen er – i en region eller en kommune. Punkterne nedenfor siger, hvad vi har kunnet læse os til; tjek altid den gældende overenskomst.',
      en: 'Employment is typically ordinary, but can also be a flexi-job or a wage-subsidised job for people on early retirement pension. Which collective agreement applies depends on where the post is – in a region or a municipality. The points below say what we have been able to read; always check the current agreement.',
    },
    advice: 'equal-terms',
    facts: [
      {
        text: {
          da: 'I regionernes psykiatri ansættes peer-medarbejdere efter FOA’s overenskomst for peer-medarbejdere. Den er et protokollat (protokollat 5, da vi læste den) til overenskomsten for social- og sundhedshjælpere på det regionale område, med mulighed for individuelle tillæg. Peer-Netværket har kaldt aftalen ufordelagtig for peer-medarbejdere (2021). Tjek den gældende udgave, før I aftaler løn.',
          en: 'In the regions’ psychiatric services, peer workers are employed under FOA’s collective agreement for peer workers. It is a protocol (protocol 5 when we read it) to the regional agreement for social and healthcare helpers, with room for individual supplements. Peer-Netværket has called the agreement unfavourable to peer workers (2021). Check the current version before you agree on pay.',
        },
        sources: ['foa-peer', 'peernet-2021'],
      },
      {
        text: {
          da: 'I kommunerne og andre steder ansættes peer-medarbejderen lokalt, og løn og arbejdstid aftales ofte lokalt. Egne erfaringer med psykiske vanskeligheder og recovery er ikke en overenskomstmæssigt anerkendt kompetence. Har peer-medarbejderen ikke en uddannelse, der giver løn efter overenskomsten, bliver ansættelsen derfor typisk som ufaglært; nogle steder gives tillæg for andre uddannelser.',
          en: 'In the municipalities and elsewhere, the peer worker is employed locally, and pay and working hours are often agreed locally. One’s own experience of mental health difficulties and recovery is not a competence recognised by the collective agreements. Without an education that carries pay under the agreement, the peer worker is therefore typically employed as unskilled; some places pay a supplement for other education.',
        },
        sources: ['peerstoette-terms'],
      },
      {
        text: {
          da: 'Funktionærloven gælder, når peer-medarbejderen i gennemsnit arbejder mere end 8 timer om ugen og udfører en af de typer arbejde, loven opregner. Tjek, om det gælder jeres stilling. En prøvetid er højst 3 måneder og skal være aftalt skriftligt, fx i ansættelseskontrakten.',
          en: 'The Danish Salaried Employees Act (funktionærloven) applies when the peer worker works more than 8 hours a week on average and does one of the kinds of work the act lists. Check whether that holds for your post. A trial period is at most 3 months and must be agreed in writing, e.g. in the employment contract.',
        },
        sources: ['funktionaerloven'],
      },
      {
        text: {
          da: 'Et fleksjob kræver, at kommunen (jobcentret) har godkendt peer-medarbejderen til fleksjob. Det gives ved varige og væsentlige begrænsninger i arbejdsevnen, når et job på normale vilkår ikke er muligt, og ikke til den, der får førtidspension.',
          en: 'A flexi-job requires that the municipality (the jobcentre) has approved the peer worker for a flexi-job. It is granted for a lasting and substantial limitation of working capacity, when a job on normal terms is not possible, and not to someone who receives early retirement pension.',
        },
        sources: ['lab-fleksjob'],
      },
      {
        text: {
          da: 'Et løntilskudsjob er derimod kun for den, der får førtidspension: pensionen fortsætter, og kommunen giver et tilskud til lønnen. Jobcentret godkender jobbet, før ansættelsen begynder.',
          en: 'A wage-subsidised job, by contrast, is only for someone who receives early retirement pension: the pension continues, and the municipality subsidises the pay. The jobcentre approves the job before the employment begins.',
        },
        sources: ['lab-fleksjob'],
      },
      {
        text: {
          da: 'Får peer-medarbejderen førtidspension eller andre offentlige ydelser, kan lønnen påvirke fx pensionen, boligstøtte og medicintilskud. Peer-medarbejderen bør tjekke det med sin sagsbehandler, før aftalen er på plads, og orientere sagsbehandleren ved fleksjob eller løntilskud.',
          en: 'If the peer worker receives early retirement pension or other public benefits, the pay can affect e.g. the pension, housing benefit and medicine subsidy. The peer worker should check with their caseworker before the agreement is settled, and inform the caseworker in a flexi-job or wage-subsidised job.',
        },
        sources: ['peerstoette-terms'],
      },
      {
        text: {
          da: 'Har peer-medarbejderen en kronisk eller langvarig sygdom, der ventes at give mindst 10 sygedage om året, kan hun eller han vælge at søge en § 56-aftale efter sygedagpengeloven. Så får arbejdsgiveren sygedagpenge refunderet fra første sygedag, men kun for fravær på grund af den sygdom, aftalen gælder. Det er medarbejderens valg, kommunen godkender aftalen, og det er ikke noget, I forventer af en peer-medarbejder frem for andre.',
          en: 'If the peer worker has a chronic or long-term illness expected to cause at least 10 days of sickness a year, they may choose to apply for a § 56 agreement under the Sickness Benefit Act (sygedagpengeloven). The employer is then refunded sickness benefit from the first day of sickness, but only for absence due to the illness the agreement covers. It is the employee’s choice, the municipality approves the agreement, and it is nothing you expect of a peer worker more than of others.',
        },
        sources: ['sygedagpenge-56'],
      },
      {
        text: {
          da: 'Tilbyd en frivillig trivselsplan til alle medarbejdere – ikke kun peer-medarbejderen: hvad hjælper, når arbejdet bliver hårdt, og hvem siger man det til? Det er medarbejderens egen plan, og den deles kun, hvis medarbejderen vil.',
          en: 'Offer a voluntary wellbeing plan to every employee – not only the peer worker: what helps when work gets hard, and who do you tell? It is the employee’s own plan, shared only if they want to.',
        },
        sources: [],
      },
    ],
  },
  supervision: {
    title: { da: 'Supervision', en: 'Supervision' },
    intro: {
      da: 'Aftal, hvem der giver supervision, og hvor ofte – fx en ekstern supervisor med peer-baggrund eller en erfaren kollega.',
      en: 'Agree who gives supervision and how often – e.g. an external supervisor with a peer background or an experienced colleague.',
    },
  },
  sparring: {
    title: { da: 'Sparring med andre peer-medarbejdere', en: 'Reflection with other peer workers' },
    intro: {
      da: 'Hvor møder peer-medarbejderen andre peer-medarbejdere? Fx et lokalt netværk, intervision eller Peer-Netværkets fællesskab.',
      en: 'Where does the peer worker meet other peer workers? E.g. a local network, peer group supervision or Peer-Netværket’s community.',
    },
    advice: 'sparring',
  },
  functionDescription: {
    title: { da: 'Funktionsbeskrivelse', en: 'Job description' },
    intro: {
      da: 'Alle erfaringer viser, at en tydelig funktionsbeskrivelse er vigtig. Lav et udkast ud fra jeres aftalte rollestjerne, og ret det til, så det passer.',
      en: 'All experience shows that a clear job description matters. Draft one from your agreed Role Star, then edit it until it fits.',
    },
  },
  peerVoice: {
    title: { da: 'Peer-medarbejderens egne overvejelser', en: 'The peer worker’s own thoughts' },
    intro: {
      da: 'Mange peer-medarbejdere har de samme overvejelser, når de starter: Er mine erfaringer noget værd? Hvor anderledes skal jeg være? Hvor går mine grænser? Peer-medarbejderen svarer med sine egne ord, og lederen lytter. Svarene er peer-medarbejderens egne: de er skjult på skærmen, til nogen trykker på dem, og kommer kun med i en PDF, hvis peer-medarbejderen selv siger ja.',
      en: 'Many peer workers have the same thoughts when they start: Is my experience worth something? How different should I be? Where are my limits? The peer worker answers in their own words, and the manager listens. The answers are the peer worker’s own: they are hidden on the screen until someone taps to show them, and go into a PDF only if the peer worker says yes.',
    },
    facts: [
      {
        text: {
          da: 'De tre første spørgsmål er dem, peer-medarbejdere selv har sat ord på. Det fjerde er vores eget.',
          en: 'The first three questions are the ones peer workers themselves have put into words. The fourth is our own.',
        },
        sources: ['rasmussen-johansen-2015'],
      },
    ],
  },
  disclosure: {
    title: { da: 'Aftale om åbenhed', en: 'An agreement on openness' },
    intro: {
      da: 'Det er peer-medarbejderen, der bestemmer over sin egen historie. Aftal, hvad der deles med hvem og hvornår, og skriv det ned, så alle ved, hvad der gælder. Tavshedspligt og dokumentation aftales med lederen, som for alle andre. Aftalen er peer-medarbejderens egen: den er skjult på skærmen og kommer kun med i en PDF, hvis peer-medarbejderen siger ja.',
      en: 'The peer worker is in charge of their own story. Agree what is shared with whom and when, and write it down so everyone knows what applies. Confidentiality and record keeping are agreed with the manager, as for everyone else. The agreement is the peer worker’s own: it is hidden on the screen and goes into a PDF only if the peer worker says yes.',
    },
    facts: [
      {
        text: {
          da: 'Punkterne er vores egne. At tavshedspligt og dokumentation aftales med lederen, bygger på Peer-støtte i Region Hovedstaden.',
          en: 'The points are our own. That confidentiality and record keeping are agreed with the manager builds on Peer-støtte i Region Hovedstaden.',
        },
        sources: ['peerstoette-terms'],
      },
    ],
  },
};

/** The questions in "The peer worker's own thoughts". Ids are storage keys: never change them. */
export const voicePrompts = [
  {
    id: 'worth',
    prompt: { da: 'Er mine erfaringer noget værd her?', en: 'Is my experience worth something here?' },
    hint: {
      da: 'Hvilke af dine erfaringer kan gøre en forskel i jobbet, og hvordan vil du gerne bruge dem?',
      en: 'Which of your experiences could make a difference in the job, and how would you like to use them?',
    },
  },
  {
    id: 'different',
    prompt: { da: 'Hvor anderledes skal jeg være?', en: 'How different should I be?' },
    hint: {
      da: 'Hvad skal være særligt ved din rolle, og hvor vil du gerne være som alle andre i teamet?',
      en: 'What should be distinct about your role, and where would you like to be like everyone else in the team?',
    },
  },
  {
    id: 'limits',
    prompt: { da: 'Hvor går mine grænser?', en: 'Where are my limits?' },
    hint: {
      da: 'Hvad deler du gerne, og hvad holder du for dig selv? Hvad gør du – og hvad gør vi – hvis en opgave kommer for tæt på?',
      en: 'What do you happily share, and what do you keep to yourself? What do you do – and what do we do – if a task comes too close?',
    },
  },
  {
    id: 'needs',
    prompt: { da: 'Hvad har jeg brug for fra jer?', en: 'What do I need from you?' },
    hint: {
      da: 'Fx sparring, en fast kontaktperson eller tid til at finde dig til rette.',
      en: 'E.g. someone to reflect with, a named contact person or time to settle in.',
    },
  },
] as const satisfies readonly { id: string; prompt: Text; hint: Text }[];

export type VoicePromptId = (typeof voicePrompts)[number]['id'];

/** The points of "An agreement on openness". Ids are storage keys: never change them. */
export const disclosureItems = [
  {
    id: 'colleagues',
    prompt: { da: 'Hvad må kollegerne vide?', en: 'What may colleagues know?' },
    hint: {
      da: 'Fx at du har levede erfaringer, men ikke detaljer eller diagnoser – medmindre du selv vil fortælle mere.',
      en: 'E.g. that you have lived experience, but not details or diagnoses – unless you choose to say more.',
    },
  },
  {
    id: 'people-supported',
    prompt: {
      da: 'Hvad deler du med borgere/patienter, og hvornår?',
      en: 'What do you share with the people you support, and when?',
    },
    hint: {
      da: 'Fx kun når det kan hjælpe den anden, kort og uden detaljer. Du vælger selv fra gang til gang.',
      en: 'E.g. only when it can help the other person, briefly and without details. You choose each time.',
    },
  },
  {
    id: 'own-records',
    prompt: { da: 'Dine egne journaler og oplysninger', en: 'Your own records' },
    hint: {
      da: 'Har du selv brugt dette tilbud eller denne afdeling, så aftal, hvordan dine egne journaler holdes adskilt fra dit arbejde, og at du ikke slår op i dem i jobbet.',
      en: 'If you have used this service or ward yourself, agree how your own records are kept apart from your work, and that you do not look them up at work.',
    },
  },
  {
    id: 'former-treaters',
    prompt: {
      da: 'Tidligere behandlere eller kontaktpersoner blandt kollegerne',
      en: 'Former clinicians or key workers among your colleagues',
    },
    hint: {
      da: 'Har nogen af dine nye kolleger behandlet dig eller været din kontaktperson? Aftal, hvordan I håndterer det, fx hvem der ikke skal være din supervisor.',
      en: 'Has any of your new colleagues treated you or been your key worker? Agree how you handle it, e.g. who should not be your supervisor.',
    },
  },
  {
    id: 'review',
    prompt: { da: 'Hvornår ser vi på aftalen igen?', en: 'When do we look at the agreement again?' },
    hint: {
      da: 'Fx ved opfølgningerne efter 3 og 12 måneder, eller når noget ændrer sig.',
      en: 'E.g. at the follow-ups after 3 and 12 months, or when something changes.',
    },
  },
] as const satisfies readonly { id: string; prompt: Text; hint: Text }[];

export type DisclosureItemId = (typeof disclosureItems)[number]['id'];

export const practicalitiesText = {
  intro: {
    da: 'De praktiske rammer for ansættelsen: hvad peer-medarbejderen har med sig, timer, vilkår, supervision og sparring – og en funktionsbeskrivelse, I kan bruge.',
    en: 'The practical frame of the hiring: what the peer worker brings, hours, terms, supervision and reflection with other peer workers – and a job description you can use.',
  },
  peerEducation: {
    da: 'Har peer-medarbejderen en peer-uddannelse?',
    en: 'Does the peer worker have a peer education?',
  },
  peerEducationWhich: { da: 'Hvilken peer-uddannelse?', en: 'Which peer education?' },
  peerEducationWhichHint: {
    da: 'Fx navn, sted og år – eller hvornår den er planlagt.',
    en: 'E.g. name, place and year – or when it is planned.',
  },
  otherBackground: { da: 'Anden uddannelse og erhvervserfaring', en: 'Other education and work experience' },
  hours: { da: 'Timer om ugen', en: 'Hours per week' },
  hoursHint: {
    da: 'Typisk 20–30 timer, så peer-medarbejderen bliver en del af personalegruppen. Anbefalet mellem 12 og 37.',
    en: 'Typically 20–30 hours, so the peer worker becomes part of the staff group. Recommended between 12 and 37.',
  },
  hoursOutside: {
    da: (hours: string) =>
      `${hours} timer ligger uden for det anbefalede (12–37). Det kan være helt rigtigt hos jer – tal om hvorfor.`,
    en: (hours: string) =>
      `${hours} hours is outside the recommended range (12–37). That may be right for you – talk about why.`,
  } satisfies TextFn<[string]>,
  hoursNotNumber: {
    da: 'Skriv timetallet som et tal, fx 25.',
    en: 'Write the hours as a number, e.g. 25.',
  },
  terms: { da: 'Ansættelsesform', en: 'Type of employment' },
  termsNote: { da: 'Løn, overenskomst og andre vilkår', en: 'Pay, collective agreement and other terms' },
  termsNoteHint: {
    da: 'Som for andre medarbejdere: overenskomst, løntrin, titel, prøvetid.',
    en: 'As for other employees: collective agreement, pay grade, title, trial period.',
  },
  clear: { da: 'Ryd', en: 'Clear' },
  wellbeingPlan: {
    da: 'Trivselsplan (frivillig, tilbydes alle)',
    en: 'Wellbeing plan (voluntary, offered to all)',
  },
  wellbeingPlanHint: {
    da: 'Valgfrit. Fx at I tilbyder alle i teamet en trivselsplan, og hvad peer-medarbejderen selv vil have med.',
    en: 'Optional. E.g. that you offer everyone in the team a wellbeing plan, and what the peer worker wants in theirs.',
  },
  factSources: {
    da: (names: string, count: number) => `${count === 1 ? 'Kilde' : 'Kilder'}: ${names}`,
    en: (names: string, count: number) => `${count === 1 ? 'Source' : 'Sources'}: ${names}`,
  } satisfies TextFn<[string, number]>,
  ownWording: { da: 'Vores egen formulering', en: 'Our own wording' },
  supervisionWho: { da: 'Hvem giver supervision?', en: 'Who gives supervision?' },
  supervisionHowOften: { da: 'Hvor ofte?', en: 'How often?' },
  supervisionHowOftenHint: { da: 'Fx hver 4. uge, 1½ time.', en: 'E.g. every 4 weeks, 1½ hours.' },
  sparring: {
    da: 'Sådan får peer-medarbejderen sparring',
    en: 'How the peer worker reflects with other peer workers',
  },
  functionDescription: { da: 'Funktionsbeskrivelse', en: 'Job description' },
  functionDescriptionHint: {
    da: 'Skriv frit, eller begynd med et udkast ud fra rollestjernen.',
    en: 'Write freely, or start from a draft made from the Role Star.',
  },
  draftButton: { da: 'Lav udkast ud fra rollestjernen', en: 'Draft from the Role Star' },
  draftFrom: {
    da: (round: string, count: number) =>
      `Den aftalte rollestjerne (${round}) har værdier for ${count} opgaver.`,
    en: (round: string, count: number) => `The agreed Role Star (${round}) has values for ${count} tasks.`,
  } satisfies TextFn<[string, number]>,
  noStar: {
    da: 'Der er ingen aftalt rollestjerne endnu. Tag rollestjernen sammen og aftal jeres fælles stjerne – så kan I lave et udkast til funktionsbeskrivelsen her.',
    en: 'There is no agreed Role Star yet. Take the Role Star together and agree on your joint star – then you can draft the job description here.',
  },
  toRoleStar: { da: 'Gå til rollestjernen', en: 'Go to the Role Star' },
  drafted: { da: 'Udkastet er sat ind.', en: 'The draft was inserted.' },
  replaced: {
    da: 'Udkastet erstattede jeres tekst.',
    en: 'The draft replaced your text.',
  },
  undo: { da: 'Fortryd', en: 'Undo' },
  notAnswered: { da: 'Ikke besvaret', en: 'Not answered' },
} as const;

/** The texts of a drafted function description. */
export const functionDraftText = {
  heading: {
    da: (role: string) => (role ? `Funktionsbeskrivelse: ${role}` : 'Funktionsbeskrivelse'),
    en: (role: string) => (role ? `Job description: ${role}` : 'Job description'),
  } satisfies TextFn<[string]>,
  basis: {
    da: (round: string) => `Udkast ud fra den aftalte rollestjerne (${round}). Ret det til, så det passer.`,
    en: (round: string) => `Draft from the agreed Role Star (${round}). Edit it until it fits.`,
  } satisfies TextFn<[string]>,
  core: { da: 'Kerneopgaver', en: 'Core tasks' },
  important: { da: 'Vigtige opgaver', en: 'Important tasks' },
  part: { da: 'Også en del af rollen', en: 'Also part of the role' },
  notPart: { da: 'Ikke en fast del af rollen', en: 'Not a regular part of the role' },
  unnamedRound: { da: 'uden navn', en: 'unnamed' },
} as const;
