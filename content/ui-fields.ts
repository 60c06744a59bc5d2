import type { Text } from './types';

/** Texts of form controls used on tool screens (not needed on first load). */
export const fieldsUi = {
  whatDoesItMean: { da: 'Hvad betyder det?', en: 'What does it mean?' },
  changedElsewhere: {
    da: 'Teksten blev ændret i en anden fane. Din udgave står her og gemmes, når du skriver videre.',
    en: 'The text was changed in another tab. Your version is shown here and is saved when you keep typing.',
  },
  useOtherVersion: { da: 'Brug den anden udgave', en: 'Use the other version' },
} as const satisfies Record<string, Text>;
