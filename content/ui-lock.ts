import type { Text, TextFn } from './types';

/** Texts of the passcode lock: the unlock screen and the lock section of the settings. */
export const lockUi = {
  unlockTitle: { da: 'Peerstart er låst', en: 'Peerstart is locked' },
  unlockIntro: {
    da: 'Forløbene på denne tablet er beskyttet med en adgangskode. Skriv den for at åbne.',
    en: 'The cases on this tablet are protected by a passcode. Enter it to open them.',
  },
  passcode: { da: 'Adgangskode', en: 'Passcode' },
  unlock: { da: 'Lås op', en: 'Unlock' },
  unlocking: { da: 'Låser op …', en: 'Unlocking …' },
  wrong: {
    da: 'Forkert adgangskode. Prøv igen.',
    en: 'Wrong passcode. Try again.',
  },
  unlockFailed: {
    da: 'Peerstart kunne ikke læse data på tabletten. Prøv igen, eller genindlæs siden.',
    en: 'Peerstart could not read the data on this tablet. Try again, or reload the page.',
  },
  wait: {
    da: (seconds: number) => `For mange forkerte forsøg. Vent ${seconds} sekunder, før du prøver igen.`,
    en: (seconds: number) => `Too many wrong attempts. Wait ${seconds} seconds before you try again.`,
  } satisfies TextFn<[number]>,
  forgottenSummary: { da: 'Glemt adgangskoden?', en: 'Forgotten the passcode?' },
  forgotten: {
    da: 'Adgangskoden kan ikke gendannes, og uden den kan forløbene ikke læses. I kan slette alt på tabletten og bagefter hente forløbene ind fra en sikkerhedskopi.',
    en: 'The passcode cannot be recovered, and without it the cases cannot be read. You can delete everything on the tablet, then bring the cases back from a backup file.',
  },
  lockNow: { da: 'Lås', en: 'Lock' },
  lockNowLabel: { da: 'Lås Peerstart nu', en: 'Lock Peerstart now' },

  sectionTitle: { da: 'Adgangskode og kryptering', en: 'Passcode and encryption' },
  offIntro: {
    da: 'Deler I tabletten med andre? Med en adgangskode krypteres alt, hvad I skriver, på tabletten, og Peerstart låser sig selv, når den ikke bruges eller lægges væk.',
    en: 'Do you share the tablet with others? With a passcode, everything you type is encrypted on the tablet, and Peerstart locks itself when it is idle or put away.',
  },
  onIntro: {
    da: 'Låsen er slået til. Alt, hvad I skriver, er krypteret på tabletten.',
    en: 'The lock is on. Everything you type is encrypted on the tablet.',
  },
  noRecovery: {
    da: 'Vigtigt: En glemt adgangskode kan ikke gendannes, heller ikke af os. Tag en sikkerhedskopi, før I slår låsen til, og gem koden et sikkert sted.',
    en: 'Important: a forgotten passcode cannot be recovered, not even by us. Make a backup file before you turn the lock on, and keep the passcode somewhere safe.',
  },
  backupFirst: { da: 'Tag en sikkerhedskopi først', en: 'Make a backup file first' },
  newPasscode: { da: 'Ny adgangskode', en: 'New passcode' },
  repeatPasscode: { da: 'Gentag adgangskoden', en: 'Repeat the passcode' },
  currentPasscode: { da: 'Nuværende adgangskode', en: 'Current passcode' },
  tooShort: {
    da: (min: number) => `Adgangskoden skal have mindst ${min} tegn.`,
    en: (min: number) => `The passcode must have at least ${min} characters.`,
  } satisfies TextFn<[number]>,
  mismatch: { da: 'De to adgangskoder er ikke ens.', en: 'The two passcodes do not match.' },
  turnOn: { da: 'Slå låsen til', en: 'Turn the lock on' },
  turnOff: { da: 'Slå låsen fra', en: 'Turn the lock off' },
  change: { da: 'Skift adgangskode', en: 'Change passcode' },
  encrypting: { da: 'Krypterer forløbene …', en: 'Encrypting the cases …' },
  progress: {
    da: (done: number, total: number) => `${done} af ${total} dele er skrevet om.`,
    en: (done: number, total: number) => `${done} of ${total} parts rewritten.`,
  } satisfies TextFn<[number, number]>,
  decrypting: { da: 'Fjerner krypteringen …', en: 'Removing the encryption …' },
  turnedOn: { da: 'Låsen er slået til.', en: 'The lock is on.' },
  turnedOff: { da: 'Låsen er slået fra.', en: 'The lock is off.' },
  changed: { da: 'Adgangskoden er skiftet.', en: 'The passcode has been changed.' },
  failed: {
    da: 'Det lykkedes ikke. Intet er ændret, og alle data er, som de var.',
    en: 'That did not work. Nothing has changed, and all data is as it was.',
  },
  idleLabel: { da: 'Lås automatisk efter', en: 'Lock automatically after' },
  idleMinutes: {
    da: (minutes: number) => (minutes === 1 ? '1 minut uden brug' : `${minutes} minutter uden brug`),
    en: (minutes: number) => (minutes === 1 ? '1 minute idle' : `${minutes} minutes idle`),
  } satisfies TextFn<[number]>,
  unreadableTitle: {
    da: (count: number) => (count === 1 ? '1 del kunne ikke læses' : `${count} dele kunne ikke læses`),
    en: (count: number) => (count === 1 ? '1 part could not be read' : `${count} parts could not be read`),
  } satisfies TextFn<[number]>,
  unreadableBody: {
    da: 'Alt andet er åbnet som normalt, og intet er slettet. Den ulæselige del ligger urørt på tabletten. Gem den som fil, hvis nogen skal forsøge at redde den.',
    en: 'Everything else has opened as usual, and nothing has been deleted. The unreadable part is left untouched on the tablet. Save it as a file if someone is to try to recover it.',
  },
  unreadableSave: { da: 'Gem de ulæselige dele som fil', en: 'Save the unreadable parts as a file' },
  passcodeHint: {
    da: 'Brug gerne en kort sætning, som I kan huske, fx "Vi drikker kaffe i haven". Mindst 8 tegn.',
    en: 'A short sentence you can remember works well, e.g. "We drink coffee in the garden". At least 8 characters.',
  },
  shortTitle: { da: 'Adgangskoden er kort', en: 'The passcode is short' },
  shortBody: {
    da: 'Adgangskoden har færre end 8 tegn, og en kort kode er hurtig at gætte, hvis nogen kopierer tabletten. Den virker stadig, men skift den gerne til en kort sætning.',
    en: 'The passcode has fewer than 8 characters, and a short one is quick to guess if someone copies the tablet. It still works, but please change it to a short sentence.',
  },
  shortAction: { da: 'Skift adgangskoden', en: 'Change the passcode' },
  lockedElsewhere: {
    da: 'Låsen blev ændret i et andet vindue. Det, I har skrevet her, er gemt og venter. Skriv adgangskoden for at gå videre.',
    en: 'The lock was changed in another window. What you typed here is kept and waiting. Enter the passcode to go on.',
  },

  backgroundNote: {
    da: 'Peerstart låser også, når I skifter til en anden app eller slukker skærmen.',
    en: 'Peerstart also locks when you switch to another app or turn off the screen.',
  },
} as const satisfies Record<string, Text | TextFn<never[]>>;

/** Texts of the passcode asked again before an export or a change to the lock settings. */
export const passcodeGateUi = {
  title: { da: 'Bekræft med adgangskoden', en: 'Confirm with the passcode' },
  exportIntro: {
    da: 'Filen kan forlade tabletten. Skriv adgangskoden, så vi ved, at det er jer.',
    en: 'The file can leave the tablet. Enter the passcode, so we know it is you.',
  },
  settingsIntro: {
    da: 'Låsens indstillinger kan kun ændres med adgangskoden.',
    en: 'The lock settings can only be changed with the passcode.',
  },
  confirm: { da: 'Fortsæt', en: 'Continue' },
  checking: { da: 'Tjekker …', en: 'Checking …' },
  cancel: { da: 'Annullér', en: 'Cancel' },
} as const satisfies Record<string, Text>;
