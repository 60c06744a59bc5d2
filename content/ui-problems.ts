import type { Text } from './types';

/** Texts shown when storage, a screen's code or a screen itself fails (in the first load, so a
 * failure never waits for a chunk to explain itself). */
export const problemsUi = {
  database: {
    opening: { da: 'Åbner dine data …', en: 'Opening your data …' },
    title: { da: 'Dine data kan ikke åbnes lige nu', en: 'Your data cannot be opened just now' },
    blocked: {
      da: 'Peerstart er åben i en anden fane med en ældre version. Luk den anden fane, så fortsætter vi her.',
      en: 'Peerstart is open in another tab with an older version. Close the other tab and we will continue here.',
    },
    newerVersion: {
      da: 'Dine data er gemt af en nyere version af Peerstart. Genindlæs siden for at hente den nye version.',
      en: 'Your data was saved by a newer version of Peerstart. Reload the page to get the new version.',
    },
    versionChange: {
      da: 'Peerstart er blevet opdateret i en anden fane. Genindlæs for at fortsætte – alt er gemt.',
      en: 'Peerstart was updated in another tab. Reload to continue – everything is saved.',
    },
    unavailable: {
      da: 'Browseren giver ikke Peerstart lov til at gemme data (fx i privat tilstand). Intet kan gemmes her.',
      en: 'The browser does not let Peerstart store data (e.g. in private mode). Nothing can be saved here.',
    },
    reload: { da: 'Genindlæs', en: 'Reload' },
    loadFailed: {
      da: 'Peerstart kunne ikke hente den del, der åbner dine data. Dine data er ikke rørt. Prøv igen.',
      en: 'Peerstart could not load the part that opens your data. Your data is untouched. Please try again.',
    },
    queryFailed: {
      da: 'Noget af det gemte kunne ikke læses lige nu. Intet er slettet. Prøv igen.',
      en: 'Some of the saved data could not be read just now. Nothing is deleted. Please try again.',
    },
  },
  screen: {
    loadFailed: {
      da: 'Denne side kunne ikke hentes. Dine data er gemt. Prøv igen.',
      en: 'This page could not be loaded. Your data is saved. Please try again.',
    },
    crashed: {
      da: 'Noget gik galt på denne side. Det, du har skrevet, er gemt. Prøv igen, eller gå til forsiden.',
      en: 'Something went wrong on this page. What you typed is saved. Try again, or go to the start page.',
    },
    retry: { da: 'Prøv igen', en: 'Try again' },
    home: { da: 'Til forsiden', en: 'To the start page' },
  },
  /** index.html's own notice, for when the app's script never ran (see vite.config.ts). */
  start: {
    failed: {
      da: 'Peerstart er ikke startet. Genindlæs siden; alt, hvad du har gemt, er der stadig.',
      en: 'Peerstart did not start. Reload the page; everything you saved is still there.',
    },
    reload: { da: 'Genindlæs siden', en: 'Reload the page' },
  },
  save: {
    quota: {
      da: 'Der er ikke plads på enheden, så den seneste ændring blev ikke gemt. Din tekst står der stadig. Frigør plads (fx ved at slette gamle forløb eller filer), så gemmes den ved næste ændring.',
      en: 'The device is out of space, so the latest change was not saved. Your text is still here. Free some space (e.g. delete old cases or files) and it will be saved on the next change.',
    },
    unknown: {
      da: 'Den seneste ændring kunne ikke gemmes. Din tekst står der stadig; prøv igen om lidt.',
      en: 'The latest change could not be saved. Your text is still here; try again in a moment.',
    },
    retry: { da: 'Prøv at gemme igen', en: 'Try saving again' },
  },
} as const satisfies Record<string, Record<string, Text>>;
