/**
 * Mapping peer roles: where peer roles exist or could be introduced. The St George's toolkit's own
 * grid could not be obtained, so these settings are our own, inspired by the toolkit and grounded in
 * Danish peer job types (research/content.md §1.1). Ids s1–s11 and sv1–sv6 are storage keys: never
 * change them.
 */
import type { KindScoped, Text, TextFn } from './types';

/**
 * A volunteer case (issue 22) maps the association's own activities instead: the psychiatric and
 * municipal services (s1–s5, s7) are `only: 'employment'`; sv1–sv6 are the association's, and the
 * settings both kinds share (s6, s8–s11) get an association's wording.
 */
export interface MappingSetting extends KindScoped {
  id: string;
  name: Text;
  /** Examples of what the setting covers. */
  examples: Text;
}

export const mappingSettings = [
  {
    id: 's1',
    only: 'employment',
    name: { da: 'Psykiatrisk sengeafsnit', en: 'Psychiatric inpatient ward' },
    examples: { da: 'Åbne og lukkede afsnit', en: 'Open and locked wards' },
  },
  {
    id: 's2',
    only: 'employment',
    name: { da: 'Ambulant psykiatri og distriktspsykiatri', en: 'Outpatient and community psychiatry' },
    examples: { da: 'Ambulatorier, opsøgende teams', en: 'Clinics, outreach teams' },
  },
  {
    id: 's3',
    only: 'employment',
    name: { da: 'Akut- og kriseindsatser', en: 'Crisis and acute services' },
    examples: { da: 'Akutteam, krisepladser, akuttelefon', en: 'Crisis team, crisis beds, helpline' },
  },
  {
    id: 's4',
    only: 'employment',
    name: { da: 'Botilbud', en: 'Supported housing' },
    examples: { da: 'Midlertidige og længerevarende botilbud', en: 'Short- and long-term housing services' },
  },
  {
    id: 's5',
    only: 'employment',
    name: { da: 'Bostøtte i eget hjem', en: 'Support in one’s own home' },
    examples: { da: 'Socialpædagogisk støtte (§ 85)', en: 'Social support at home (Danish § 85)' },
  },
  {
    id: 's6',
    name: {
      da: 'Aktivitets- og samværstilbud',
      en: 'Activity and drop-in services',
      volunteer: { da: 'Værested og samvær', en: 'Drop-in and social activities' },
    },
    examples: {
      da: 'Værested, klub, caféer',
      en: 'Drop-in centre, club, cafés',
      volunteer: {
        da: 'Værested, café, fællesspisning, ture',
        en: 'Drop-in centre, café, shared meals, outings',
      },
    },
  },
  {
    id: 'sv1',
    only: 'volunteer',
    name: { da: 'Selvhjælps- og samtalegrupper', en: 'Self-help and talk groups' },
    examples: {
      da: 'Peer-grupper, samtalegrupper, temaaftener',
      en: 'Peer groups, talk groups, theme evenings',
    },
  },
  {
    id: 'sv2',
    only: 'volunteer',
    name: { da: 'Rådgivning på telefon, chat og mail', en: 'Advice by phone, chat and email' },
    examples: { da: 'Telefonlinje, chat, brevkasse', en: 'Helpline, chat, advice column' },
  },
  {
    id: 'sv3',
    only: 'volunteer',
    name: { da: 'Besøg og ledsagelse', en: 'Visits and going along' },
    examples: {
      da: 'Besøgsven, følge nogen til et møde eller en aktivitet',
      en: 'Visiting friend, going with someone to a meeting or an activity',
    },
  },
  {
    id: 'sv4',
    only: 'volunteer',
    name: { da: 'Pårørende og familier', en: 'Relatives and families' },
    examples: { da: 'Pårørendegrupper, familiearrangementer', en: 'Groups for relatives, family events' },
  },
  {
    id: 's7',
    only: 'employment',
    name: { da: 'Beskæftigelse og uddannelse', en: 'Employment and education' },
    examples: { da: 'Jobcenter, IPS, studiestøtte', en: 'Job centre, IPS, study support' },
  },
  {
    id: 's8',
    name: {
      da: 'Recovery-skole og undervisning',
      en: 'Recovery college and teaching',
      volunteer: { da: 'Undervisning og oplæg', en: 'Teaching and talks' },
    },
    examples: {
      da: 'Kurser for borgere/patienter, pårørende og personale',
      en: 'Courses for people who use services, relatives and staff',
      volunteer: {
        da: 'Kurser og oplæg for medlemmer, pårørende og andre foreninger',
        en: 'Courses and talks for members, relatives and other associations',
      },
    },
  },
  {
    id: 's9',
    name: { da: 'Brobygning og overgange', en: 'Bridging and transitions' },
    examples: {
      da: 'Fra hospital til kommune, fra tilbud til lokalmiljø',
      en: 'From hospital to municipality, from service to community',
      volunteer: {
        da: 'Fx tage imod nye fra hospital eller kommune og hjælpe dem ind i foreningen',
        en: 'E.g. welcoming newcomers from hospital or municipality and helping them into the association',
      },
    },
  },
  {
    id: 'sv5',
    only: 'volunteer',
    name: {
      da: 'Samarbejde med psykiatri og kommune',
      en: 'Partnership with psychiatric and municipal services',
    },
    examples: {
      da: 'Frivillige peers, der kommer på et afsnit, et botilbud eller et kommunalt værested',
      en: 'Volunteer peers who visit a ward, a supported-housing service or a municipal drop-in centre',
    },
  },
  {
    id: 'sv6',
    only: 'volunteer',
    name: { da: 'Online fællesskaber', en: 'Online communities' },
    examples: { da: 'Onlinegrupper, videomøder, fora', en: 'Online groups, video meetings, forums' },
  },
  {
    id: 's10',
    name: {
      da: 'Ledelse, udvikling og rådgivning',
      en: 'Management, development and advice',
      volunteer: {
        da: 'Bestyrelse, udvikling og interessevaretagelse',
        en: 'Board, development and advocacy',
      },
    },
    examples: {
      da: 'Udvikling af tilbud, konsulentopgaver, styregrupper',
      en: 'Service development, consultancy, steering groups',
      volunteer: {
        da: 'Bestyrelsesarbejde, nye aktiviteter, brugerrepræsentation i råd og udvalg',
        en: 'Board work, new activities, user representation on councils and committees',
      },
    },
  },
  {
    id: 's11',
    name: {
      da: 'Frivillige foreninger og brugerorganisationer',
      en: 'Voluntary and user organisations',
      volunteer: {
        da: 'Netværk og samarbejde med andre foreninger',
        en: 'Networks and partnerships with other associations',
      },
    },
    examples: {
      da: 'Foreninger, netværk, selvhjælpsgrupper',
      en: 'Associations, networks, self-help groups',
      volunteer: {
        da: 'Andre foreninger, lokale netværk, Peer-Netværket',
        en: 'Other associations, local networks, Peer-Netværket',
      },
    },
  },
] as const satisfies readonly MappingSetting[];

export type MappingSettingId = (typeof mappingSettings)[number]['id'];

export type MappingStatus = 'exists' | 'possible' | 'not-now';
export type MappingPriority = 1 | 2 | 3;

export const mappingStatuses = [
  { value: 'exists', label: { da: 'Findes', en: 'Exists' } },
  { value: 'possible', label: { da: 'Kunne indføres', en: 'Could be introduced' } },
  { value: 'not-now', label: { da: 'Ikke aktuelt nu', en: 'Not relevant now' } },
] as const satisfies readonly { value: MappingStatus; label: Text }[];

export const mappingPriorities = [
  { value: 1, label: { da: '1 – først', en: '1 – first' } },
  { value: 2, label: { da: '2 – senere', en: '2 – later' } },
  { value: 3, label: { da: '3 – på sigt', en: '3 – in time' } },
] as const satisfies readonly { value: MappingPriority; label: Text }[];

export const mappingText = {
  intro: {
    da: 'Gå jeres tilbud og teams igennem: Hvor findes der allerede peer-roller, og hvor kunne en peer-rolle gøre en forskel? Så kan I vælge, hvor I starter.',
    en: 'Go through your services and teams: where do peer roles already exist, and where could a peer role make a difference? Then you can choose where to start.',
    volunteer: {
      da: 'Gå foreningens aktiviteter igennem: Hvor er der allerede frivillige peers, og hvor kunne en frivillig peer gøre en forskel? Så kan I vælge, hvor I starter.',
      en: 'Go through the association’s activities: where are there volunteer peers already, and where could a volunteer peer make a difference? Then you can choose where to start.',
    },
  },
  inspiredNote: {
    da: 'Værktøjets originale skema kunne ikke skaffes. Listen over steder er vores egen, inspireret af kilden og af danske peer-stillinger.',
    en: 'The tool’s original grid could not be obtained. The list of settings is our own, inspired by the source and by Danish peer posts.',
    volunteer: {
      da: 'Værktøjets originale skema kunne ikke skaffes. Listen over aktiviteter er vores egen, inspireret af kilden og af de måder, danske foreninger og brugerorganisationer organiserer peer-støtte på.',
      en: 'The tool’s original grid could not be obtained. The list of activities is our own, inspired by the source and by the ways Danish associations and user organisations organise peer support.',
    },
  },
  statusLegend: {
    da: (setting: string) => `${setting}: peer-rolle`,
    en: (setting: string) => `${setting}: peer role`,
  } satisfies TextFn<[string]>,
  priorityLegend: { da: 'Prioritet', en: 'Priority' },
  roleLabel: { da: 'Hvad ville en peer-rolle lave her?', en: 'What would a peer role do here?' },
  roleHint: {
    da: 'Fx samtaler, grupper, brobygning, undervisning.',
    en: 'E.g. conversations, groups, bridging, teaching.',
  },
  initiativesLabel: { da: 'Peer-indsatser her i dag', en: 'Peer initiatives here today' },
  initiativesHint: {
    da: 'Hvad findes allerede? Fx en peer-medarbejder, frivillige, et samarbejde med en forening.',
    en: 'What exists already? E.g. a peer worker, volunteers, a partnership with an association.',
    volunteer: {
      da: 'Hvad findes allerede? Fx frivillige peers, en samtalegruppe, et samarbejde med en anden forening eller med kommunen.',
      en: 'What exists already? E.g. volunteer peers, a talk group, a partnership with another association or with the municipality.',
    },
  },
  noteLabel: { da: 'Note', en: 'Note' },
  settingsHeading: { da: 'Steder', en: 'Settings', volunteer: { da: 'Aktiviteter', en: 'Activities' } },
  progress: {
    da: (done: number, total: number) => `${done} af ${total} gennemgået`,
    en: (done: number, total: number) => `${done} of ${total} reviewed`,
  } satisfies TextFn<[number, number]>,
  ownHeading: {
    da: 'Jeres egne steder',
    en: 'Your own settings',
    volunteer: { da: 'Jeres egne aktiviteter', en: 'Your own activities' },
  },
  ownIntro: {
    da: 'Mangler et sted, et team eller et tilbud? Tilføj det.',
    en: 'Is a place, team or service missing? Add it.',
    volunteer: {
      da: 'Mangler en aktivitet, en gruppe eller et sted? Tilføj det.',
      en: 'Is an activity, group or place missing? Add it.',
    },
  },
  ownLabel: {
    da: 'Sted, team eller tilbud',
    en: 'Setting, team or service',
    volunteer: { da: 'Aktivitet, gruppe eller sted', en: 'Activity, group or place' },
  },
  ownUntitled: {
    da: 'Eget sted',
    en: 'Own setting',
    volunteer: { da: 'Egen aktivitet', en: 'Own activity' },
  },
  addOwn: {
    da: 'Tilføj eget sted',
    en: 'Add your own setting',
    volunteer: { da: 'Tilføj egen aktivitet', en: 'Add your own activity' },
  },
  removeOwn: {
    da: 'Fjern stedet',
    en: 'Remove the setting',
    volunteer: { da: 'Fjern aktiviteten', en: 'Remove the activity' },
  },
  ownRemoved: {
    da: 'Stedet er fjernet.',
    en: 'The setting was removed.',
    volunteer: { da: 'Aktiviteten er fjernet.', en: 'The activity was removed.' },
  },
  undo: { da: 'Fortryd', en: 'Undo' },
  startHeading: { da: 'Her kan I starte', en: 'Where you could start' },
  startIntro: {
    da: 'De steder, hvor en peer-rolle findes eller kunne indføres, med højeste prioritet først.',
    en: 'The settings where a peer role exists or could be introduced, highest priority first.',
    volunteer: {
      da: 'De aktiviteter, hvor en peer-rolle findes eller kunne indføres, med højeste prioritet først.',
      en: 'The activities where a peer role exists or could be introduced, highest priority first.',
    },
  },
  startEmpty: {
    da: 'Markér steder som "findes" eller "kunne indføres", så samles de her.',
    en: 'Mark settings as "exists" or "could be introduced", and they are gathered here.',
    volunteer: {
      da: 'Markér aktiviteter som "findes" eller "kunne indføres", så samles de her.',
      en: 'Mark activities as "exists" or "could be introduced", and they are gathered here.',
    },
  },
  noPriority: { da: 'Ingen prioritet', en: 'No priority' },
  tableCaption: { da: 'Kortlægning af peer-roller', en: 'Map of peer roles' },
  colSetting: { da: 'Sted', en: 'Setting', volunteer: { da: 'Aktivitet', en: 'Activity' } },
  colStatus: { da: 'Status', en: 'Status' },
  colPriority: { da: 'Prioritet', en: 'Priority' },
  colRole: { da: 'Peer-rollen her', en: 'The peer role here' },
  colInitiatives: { da: 'Indsatser i dag', en: 'Initiatives today' },
  colNote: { da: 'Note', en: 'Note' },
} as const;
