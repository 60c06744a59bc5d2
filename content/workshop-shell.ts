import type { Text } from './types';

/**
 * Workshop mode's texts that the start page needs at once (the header badge and the note shown for
 * a case that cannot be opened during a workshop); the rest is in workshop.ts and loads with its screens.
 */
export const workshopShellUi = {
  badge: { da: 'Workshop i gang', en: 'Workshop running' },
  blocked: {
    title: { da: 'Forløbet kan ikke åbnes nu', en: 'The case cannot be opened now' },
    text: {
      da: 'Under en workshop kan kun det forløb, der er i gang, åbnes.',
      en: 'During a workshop only the case in progress can be opened.',
    },
    back: { da: 'Til forsiden', en: 'To the start page' },
  },
} as const satisfies Record<string, Text | Record<string, Text>>;
