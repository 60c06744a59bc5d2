import type { Text, TextFn } from './types';

/** Texts of the settings screen. */
export const settingsUi = {
  title: { da: 'Indstillinger', en: 'Settings' },
  storage: { da: 'Lagring på denne enhed', en: 'Storage on this device' },
  storageIntro: {
    da: 'Alt gemmes kun på denne enhed. Intet sendes nogen steder hen, medmindre du selv eksporterer det.',
    en: 'Everything is stored on this device only. Nothing is sent anywhere unless you export it yourself.',
  },
  persisted: {
    da: 'Beskyttet: browseren har lovet ikke at slette dataene af sig selv.',
    en: 'Protected: the browser has promised not to delete the data on its own.',
  },
  notPersisted: {
    da: 'Ikke beskyttet: browseren kan slette dataene, hvis der mangler plads, eller hvis Peerstart ikke bruges i længere tid. Tag en sikkerhedskopi.',
    en: 'Not protected: the browser may delete the data when space runs low or when Peerstart is not used for a while. Make a backup file.',
  },
  persistUnknown: {
    da: 'Browseren oplyser ikke, om dataene er beskyttet.',
    en: 'The browser does not say whether the data is protected.',
  },
  askPersist: { da: 'Bed om beskyttelse', en: 'Ask for protection' },
  used: {
    da: (used: string, quota: string) => `Bruger ${used} af ${quota} tilgængelig plads.`,
    en: (used: string, quota: string) => `Using ${used} of ${quota} available space.`,
  } satisfies TextFn<[string, string]>,
  deleteAll: { da: 'Slet alle data', en: 'Delete all data' },
  deleteAllIntro: {
    da: 'Sletter alle forløb og svar på denne enhed. Det kan ikke fortrydes.',
    en: 'Deletes all cases and answers on this device. This cannot be undone.',
  },
  deleteAllConfirmLabel: {
    da: 'Skriv SLET for at bekræfte',
    en: 'Type DELETE to confirm',
  },
  deleteAllWord: { da: 'SLET', en: 'DELETE' },
  deleteAllDone: { da: 'Alle data er slettet.', en: 'All data has been deleted.' },
  version: {
    da: (v: string) => `Peerstart version ${v}`,
    en: (v: string) => `Peerstart version ${v}`,
  } satisfies TextFn<[string]>,
} as const satisfies Record<string, Text | TextFn<never[]>>;
