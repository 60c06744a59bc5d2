import type { Text, TextFn } from './types';

/**
 * Texts added for the tablet: the next step after every tool, the folded source notes, installing and the
 * user guide, and the case details' "Ret oplysninger". Apart from ui.ts, so they stay out of the first load.
 */
export const tabletUi = {
  nextStep: {
    label: { da: 'Næste skridt', en: 'Next step' },
    toTool: {
      da: (tool: string) => `Videre til ${tool}`,
      en: (tool: string) => `On to ${tool}`,
    } satisfies TextFn<[string]>,
    toOverview: { da: 'Videre til forløbets oversigt', en: 'On to the case overview' },
    allDone: {
      da: 'Alle redskaber i forløbet er udfyldt. På oversigten kan I lave en PDF og planlægge opfølgningen.',
      en: 'Every tool in the case is filled in. On the overview you can make a PDF and plan the follow-up.',
    },
    nextIs: {
      da: (summary: string) => `Næste redskab: ${summary}`,
      en: (summary: string) => `Next tool: ${summary}`,
    } satisfies TextFn<[string]>,
    overview: { da: 'Til oversigten', en: 'To the overview' },
  },
  aboutTool: {
    summary: { da: 'Om redskabet', en: 'About the tool' },
    allSources: { da: 'Se alle kilder', en: 'See all sources' },
  },
  install: {
    heading: { da: 'Læg Peerstart på hjemmeskærmen', en: 'Add Peerstart to the home screen' },
    text: {
      da: 'Så åbner den som en app og virker uden internet.',
      en: 'Then it opens like an app and works without the internet.',
    },
    button: { da: 'Installér Peerstart', en: 'Install Peerstart' },
    iosSteps: {
      da: 'På iPad: tryk på Del-knappen (firkanten med pilen op) i Safari, og vælg "Føj til hjemmeskærm".',
      en: 'On iPad: tap the Share button (the square with the arrow) in Safari and choose "Add to Home Screen".',
    },
    dismiss: { da: 'Ikke nu', en: 'Not now' },
    guide: { da: 'Brugervejledning', en: 'User guide' },
    guideIntro: {
      da: 'Sådan åbner I Peerstart, lægger den på hjemmeskærmen, arbejder uden internet, tager en sikkerhedskopi, flytter et forløb til en anden tablet, kører en workshop og låser Peerstart med en adgangskode.',
      en: 'How to open Peerstart, add it to the home screen, work offline, make a backup, move a case to another tablet, run a workshop and lock Peerstart with a passcode.',
    },
    guideOpen: { da: 'Læs brugervejledningen', en: 'Read the user guide' },
  },
  caseDetails: {
    edit: { da: 'Ret oplysninger', en: 'Edit details' },
  },
} as const satisfies UiTree;

type UiTree = { readonly [key: string]: Text | TextFn<never[]> | UiTree };
