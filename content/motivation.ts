/**
 * The Motivation tool: Socialstyrelsen's (2016) three questions on why a workplace wants a peer
 * worker, in our own words, each with short guidance. Ids m1–m3 are storage keys: never change them.
 */
import type { AdviceId, Text, TextFn } from './types';

export interface MotivationQuestion {
  id: string;
  question: Text;
  /** A short hint on how to answer, shown under the question. */
  guidance: Text;
  /** One of the "5 gode råd" that applies here, shown beside the question. */
  advice?: AdviceId;
}

export const motivationQuestions = [
  {
    id: 'm1',
    question: {
      da: 'Hvad har inspireret jer til at ville ansætte en peer-medarbejder?',
      en: 'What has inspired you to want to hire a peer worker?',
    },
    guidance: {
      da: 'Tænk på det, der konkret satte jer i gang: en borger eller patient, en kollega, et besøg et andet sted, noget I har læst eller hørt.',
      en: 'Think of what actually set you going: someone you support, a colleague, a visit elsewhere, something you read or heard.',
    },
  },
  {
    id: 'm2',
    question: {
      da: 'Hvad håber I at opnå ved at have en peer-medarbejder ansat?',
      en: 'What do you hope to achieve by employing a peer worker?',
    },
    guidance: {
      da: 'Beskriv forandringen for dem, I støtter, for teamet og for jeres måde at arbejde på. Jo mere konkret, jo lettere er det senere at se, om I er nået dertil.',
      en: 'Describe the change for the people you support, for the team and for the way you work. The more concrete, the easier it is to see later whether you got there.',
    },
    advice: 'hire-right',
  },
  {
    id: 'm3',
    question: {
      da: 'Hvad kan en peer-medarbejder bidrage med, som ingen andre hos jer kan?',
      en: 'What can a peer worker contribute that no one else in your workplace can?',
    },
    guidance: {
      da: 'Levede erfaringer er en faglighed i sig selv. Hvad tilføjer den, som jeres andre faggrupper ikke gør?',
      en: 'Lived experience is an expertise in its own right. What does it add that your other professions do not?',
    },
    advice: 'openness',
  },
] as const satisfies readonly MotivationQuestion[];

export type MotivationQuestionId = (typeof motivationQuestions)[number]['id'];

export const motivationText = {
  intro: {
    da: 'Før I ansætter, er det godt at være enige om hvorfor. Svar på de tre spørgsmål sammen – gerne med ord, I kan genbruge, når I fortæller teamet om ansættelsen.',
    en: 'Before you hire, it helps to agree on why. Answer the three questions together – ideally in words you can reuse when you tell the team about the hiring.',
  },
  answerLabel: { da: 'Jeres svar', en: 'Your answer' },
  questionNumber: {
    da: (n: number) => `Spørgsmål ${n}`,
    en: (n: number) => `Question ${n}`,
  } satisfies TextFn<[number]>,
  ownHeading: { da: 'Jeres egne spørgsmål', en: 'Your own questions' },
  ownIntro: {
    da: 'Er der mere, I vil afklare? Tilføj jeres egne spørgsmål.',
    en: 'Is there more you want to clarify? Add your own questions.',
  },
  ownQuestionLabel: { da: 'Spørgsmål', en: 'Question' },
  ownUntitled: { da: 'Eget spørgsmål', en: 'Own question' },
  addOwn: { da: 'Tilføj eget spørgsmål', en: 'Add your own question' },
  remove: { da: 'Fjern spørgsmålet', en: 'Remove the question' },
  removed: { da: 'Spørgsmålet er fjernet.', en: 'The question was removed.' },
  undo: { da: 'Fortryd', en: 'Undo' },
  summaryHeading: { da: 'Kort sagt', en: 'In short' },
  summaryLabel: { da: 'Vores motivation i én sætning', en: 'Our motivation in one sentence' },
  summaryHint: {
    da: 'Valgfrit. Brug den fx i stillingsopslaget, eller når I fortæller teamet om ansættelsen.',
    en: 'Optional. Use it e.g. in the job advert, or when you tell the team about the hiring.',
  },
  notAnswered: { da: 'Ikke besvaret', en: 'Not answered' },
} as const;
