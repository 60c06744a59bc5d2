import type { Text } from './types';

/** Texts shown only when storage fails (loaded on demand, not on first load). */
export const problemsUi = {
  database: {
    opening: { da: 'Åbner dine data …', en: 'Opening your data …' },
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
