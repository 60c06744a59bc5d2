import type { Text, TextFn } from './types';

/** Texts of the case overview and the tool frame (not needed on first load). */
export const overviewUi = {
  back: { da: 'Alle forløb', en: 'All cases' },
  tools: { da: 'Redskaber', en: 'Tools' },
  suggestedOrder: {
    da: 'Forslag til rækkefølge. I kan tage redskaberne i den rækkefølge, der passer jer.',
    en: 'A suggested order. Use the tools in whatever order suits you.',
  },
  youAreHere: { da: 'I er her', en: 'You are here' },
  followUpText: {
    da: 'Efter fx 3 og 12 måneder: tag en ny runde af rollestjernen og sammenlign den med den første – og tag temperaturmålingen igen.',
    en: 'After e.g. 3 and 12 months: take a new Role Star round and compare it with the first – and take the readiness check again.',
  },
  followUpStar: { da: 'Ny runde af rollestjernen', en: 'New Role Star round' },
  followUpReadiness: { da: 'Tag temperaturmålingen igen', en: 'Take the readiness check again' },
  notStarted: { da: 'Ikke startet', en: 'Not started' },
  inProgress: { da: 'I gang', en: 'In progress' },
  done: { da: 'Færdig', en: 'Done' },
  progress: {
    da: (done: number, total: number) => `${done} af ${total}`,
    en: (done: number, total: number) => `${done} of ${total}`,
  } satisfies TextFn<[number, number]>,
  lastChanged: {
    da: (when: string) => `Sidst ændret ${when}`,
    en: (when: string) => `Last changed ${when}`,
  } satisfies TextFn<[string]>,
  notFound: {
    da: 'Forløbet findes ikke. Det kan være slettet.',
    en: 'The case does not exist. It may have been deleted.',
  },
  inspiredBy: { da: 'Egne formuleringer inspireret af', en: 'Our own wording, inspired by' },
  basedOn: { da: 'Bygger på', en: 'Based on' },
  adviceHeading: { da: 'Peer-Netværkets 5 gode råd', en: 'Peer-Netværket’s five pieces of advice' },
  adviceIntro: {
    da: 'Med vores egne ord. Rådene står også ved de punkter i redskaberne, hvor de hører hjemme, og i PDF’en.',
    en: 'In our own words. The advice also appears beside the items in the tools where it applies, and in the PDF.',
  },
} as const satisfies Record<string, Text | TextFn<never[]>>;
