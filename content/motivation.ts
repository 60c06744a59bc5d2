/**
 * The Motivation tool: Socialstyrelsen's (2016) three questions on why a workplace wants a peer
 * worker, in our own words, each with short guidance. Ids m1–m3 are storage keys: never change them.
 */
import type { AdviceId, KindScoped, Text, TextFn } from './types';

/** In a volunteer case (issue 22) the questions speak of an association: board, volunteers, members. */
export interface MotivationQuestion extends KindScoped {
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
      volunteer: {
        da: 'Hvad har inspireret jer til at ville have en frivillig peer i foreningen?',
        en: 'What has inspired you to want a volunteer peer in the association?',
      },
    },
    guidance: {
      da: 'Tænk på det, der konkret satte jer i gang: en borger eller patient, en kollega, et besøg et andet sted, noget I har læst eller hørt.',
      en: 'Think of what actually set you going: someone you support, a colleague, a visit elsewhere, something you read or heard.',
      volunteer: {
        da: 'Tænk på det, der konkret satte jer i gang: et medlem eller en bruger, en anden frivillig, et besøg i en anden forening, noget I har læst eller hørt.',
        en: 'Think of what actually set you going: a member or visitor, another volunteer, a visit to another association, something you read or heard.',
      },
    },
  },
  {
    id: 'm2',
    question: {
      da: 'Hvad håber I at opnå ved at have en peer-medarbejder ansat?',
      en: 'What do you hope to achieve by employing a peer worker?',
      volunteer: {
        da: 'Hvad håber I at opnå ved at have en frivillig peer?',
        en: 'What do you hope to achieve by having a volunteer peer?',
      },
    },
    guidance: {
      da: 'Beskriv forandringen for dem, I støtter, for teamet og for jeres måde at arbejde på. Jo mere konkret, jo lettere er det senere at se, om I er nået dertil.',
      en: 'Describe the change for the people you support, for the team and for the way you work. The more concrete, the easier it is to see later whether you got there.',
      volunteer: {
        da: 'Beskriv forandringen for brugerne, for medlemmerne, for de andre frivillige og for den måde, foreningen gør tingene på. Jo mere konkret, jo lettere er det senere at se, om I er nået dertil.',
        en: 'Describe the change for the visitors, for the members, for the other volunteers and for the way the association does things. The more concrete, the easier it is to see later whether you got there.',
      },
    },
    advice: 'hire-right',
  },
  {
    id: 'm3',
    question: {
      da: 'Hvad kan en peer-medarbejder bidrage med, som ingen andre hos jer kan?',
      en: 'What can a peer worker contribute that no one else in your workplace can?',
      volunteer: {
        da: 'Hvad kan en frivillig peer bidrage med, som ingen andre i foreningen kan?',
        en: 'What can a volunteer peer contribute that no one else in the association can?',
      },
    },
    guidance: {
      da: 'Levede erfaringer er en faglighed i sig selv. Hvad tilføjer den, som jeres andre faggrupper ikke gør?',
      en: 'Lived experience is an expertise in its own right. What does it add that your other professions do not?',
      volunteer: {
        da: 'Levede erfaringer er en styrke i sig selv. Mange i foreningen har måske egne erfaringer – hvad tilføjer det, når de bruges bevidst i en peer-rolle?',
        en: 'Lived experience is a strength in its own right. Many in the association may have their own experience – what does it add when it is used on purpose in a peer role?',
      },
    },
    advice: 'openness',
  },
] as const satisfies readonly MotivationQuestion[];

export type MotivationQuestionId = (typeof motivationQuestions)[number]['id'];

export const motivationText = {
  intro: {
    da: 'Før I ansætter, er det godt at være enige om hvorfor. Svar på de tre spørgsmål sammen – gerne med ord, I kan genbruge, når I fortæller teamet om ansættelsen.',
    en: 'Before you hire, it helps to agree on why. Answer the three questions together – ideally in words you can reuse when you tell the team about the hiring.',
    volunteer: {
      da: 'Før I går i gang, er det godt at være enige om hvorfor. Svar på de tre spørgsmål sammen – fx bestyrelsen og koordinatoren – gerne med ord, I kan genbruge, når I fortæller de andre frivillige og medlemmerne om det.',
      en: 'Before you begin, it helps to agree on why. Answer the three questions together – e.g. the board and the coordinator – ideally in words you can reuse when you tell the other volunteers and the members about it.',
    },
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
    volunteer: {
      da: 'Valgfrit. Brug den fx, når I søger en frivillig peer, eller når I fortæller de andre frivillige og medlemmerne om det.',
      en: 'Optional. Use it e.g. when you look for a volunteer peer, or when you tell the other volunteers and the members about it.',
    },
  },
  notAnswered: { da: 'Ikke besvaret', en: 'Not answered' },
} as const;
