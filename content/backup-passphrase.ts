import type { Text, TextFn } from './types';

/** Texts for protecting a backup file with a passphrase, and for opening such a file. */
export const backupPassphraseUi = {
  protect: { da: 'Beskyt med adgangssætning', en: 'Protect with a passphrase' },
  protectHint: {
    da: 'Filen bliver krypteret, så kun den, der kender adgangssætningen, kan læse den.',
    en: 'The file is encrypted, so only someone who knows the passphrase can read it.',
  },
  passphrase: { da: 'Adgangssætning', en: 'Passphrase' },
  passphraseHint: {
    da: (min: number) => `Mindst ${min} tegn. Flere ord er lettere at huske og sværere at gætte.`,
    en: (min: number) =>
      `At least ${min} characters. Several words are easier to remember and harder to guess.`,
  } satisfies TextFn<[number]>,
  repeat: { da: 'Skriv adgangssætningen igen', en: 'Type the passphrase again' },
  forgotten: {
    da: 'Glemmer du adgangssætningen, kan sikkerhedskopien ikke åbnes, og ingen kan finde den frem igen. Skriv den ned et sikkert sted – ikke sammen med filen.',
    en: 'If you forget the passphrase, the backup file cannot be opened, and nobody can recover it. Write it down somewhere safe – not with the file.',
  },
  tooShort: {
    da: (min: number) => `Adgangssætningen skal være på mindst ${min} tegn.`,
    en: (min: number) => `The passphrase must be at least ${min} characters long.`,
  } satisfies TextFn<[number]>,
  mismatch: {
    da: 'De to adgangssætninger er ikke ens. Skriv den samme i begge felter.',
    en: 'The two passphrases are not the same. Type the same one in both fields.',
  },
  encrypting: { da: 'Krypterer sikkerhedskopien …', en: 'Encrypting the backup file …' },
  exported: {
    da: (name: string) => `Sikkerhedskopien er gemt som ${name}, beskyttet med adgangssætning.`,
    en: (name: string) => `The backup was saved as ${name}, protected with a passphrase.`,
  } satisfies TextFn<[string]>,
  lockedTitle: {
    da: (file: string) => `${file} er beskyttet med en adgangssætning`,
    en: (file: string) => `${file} is protected with a passphrase`,
  } satisfies TextFn<[string]>,
  lockedIntro: {
    da: 'Skriv den adgangssætning, filen blev gemt med. Du ser filens indhold, før noget bliver gemt.',
    en: 'Type the passphrase the file was saved with. You see what the file contains before anything is saved.',
  },
  unlock: { da: 'Åbn filen', en: 'Open the file' },
  unlocking: { da: 'Åbner filen …', en: 'Opening the file …' },
} as const satisfies Record<string, Text | TextFn<never[]>>;
