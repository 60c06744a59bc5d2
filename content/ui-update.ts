import type { Text, TextFn } from './types';

/** Texts of the update prompt (loaded after the first render). */
export const updateUi = {
  ready: {
    da: 'En ny version af Peerstart er klar. Alt, hvad du har skrevet, er gemt.',
    en: 'A new version of Peerstart is ready. Everything you have typed is saved.',
  },
  apply: { da: 'Opdater nu', en: 'Update now' },
  later: { da: 'Senere', en: 'Later' },
  offlineReady: {
    da: 'Peerstart virker nu også uden internet.',
    en: 'Peerstart now works without internet too.',
  },
  close: { da: 'Luk', en: 'Close' },
} as const satisfies Record<string, Text | TextFn<never[]>>;
