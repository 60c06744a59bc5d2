import type { Text, TextFn } from './types';

/** Texts of the sources screen. */
export const sourcesUi = {
  title: { da: 'Kilder', en: 'Sources' },
  intro: {
    da: 'Peerstart bygger på offentligt tilgængelig viden om peer-støtte. Teksterne er skrevet med vores egne ord. Hvor en original liste ikke kunne skaffes, har vi skrevet vores egen – og siger det.',
    en: 'Peerstart builds on publicly available knowledge about peer support. The texts are in our own words. Where an original list could not be obtained, we wrote our own – and say so.',
  },
  usedBy: { da: 'Bruges i', en: 'Used in' },
  provenanceSource: { da: 'Følger kilden', en: 'Follows the source' },
  provenanceInspired: { da: 'Inspireret af kilden', en: 'Inspired by the source' },
  advice: { da: '5 gode råd', en: 'Five pieces of advice' },
} as const satisfies Record<string, Text | TextFn<never[]>>;
