/**
 * Mapping peer roles: where peer roles exist or could be introduced. The St George's toolkit's own
 * grid could not be obtained, so these settings are our own, inspired by the toolkit and grounded in
 * Danish peer job types (research/content.md §1.1). Ids s1–s11 are storage keys: never change them.
 */
import type { Text, TextFn } from './types';

export interface MappingSetting {
  id: string;
  name: Text;
  /** Examples of what the setting covers. */
  examples: Text;
}

export const mappingSettings = [
  {
    id: 's1',
    name: { da: 'Psykiatrisk sengeafsnit', en: 'Psychiatric inpatient ward' },
    examples: { da: 'Åbne og lukkede afsnit', en: 'Open and locked wards' },
  },
  {
    id: 's2',
    name: { da: 'Ambulant psykiatri og distriktspsykiatri', en: 'Outpatient and community psychiatry' },
    examples: { da: 'Ambulatorier, opsøgende teams', en: 'Clinics, outreach teams' },
  },
  {
    id: 's3',
    name: { da: 'Akut- og kriseindsatser', en: 'Crisis and acute services' },
    examples: { da: 'Akutteam, krisepladser, akuttelefon', en: 'Crisis team, crisis beds, helpline' },
  },
  {
    id: 's4',
    name: { da: 'Botilbud', en: 'Supported housing' },
    examples: { da: 'Midlertidige og længerevarende botilbud', en: 'Short- and long-term housing services' },
  },
  {
    id: 's5',
    name: { da: 'Bostøtte i eget hjem', en: 'Support in one’s own home' },
    examples: { da: 'Socialpædagogisk støtte (§ 85)', en: 'Social support at home (Danish § 85)' },
  },
  {
    id: 's6',
    name: { da: 'Aktivitets- og samværstilbud', en: 'Activity and drop-in services' },
    examples: { da: 'Værested, klub, caféer', en: 'Drop-in centre, club, cafés' },
  },
  {
    id: 's7',
    name: { da: 'Beskæftigelse og uddannelse', en: 'Employment and education' },
    examples: { da: 'Jobcenter, IPS, studiestøtte', en: 'Job centre, IPS, study support' },
  },
  {
    id: 's8',
    name: { da: 'Recovery-skole og undervisning', en: 'Recovery college and teaching' },
    examples: {
      da: 'Kurser for borgere/patienter, pårørende og personale',
      en: 'Courses for people who use services, relatives and staff',
    },
  },
  {
    id: 's9',
    name: { da: 'Brobygning og overgange', en: 'Bridging and transitions' },
    examples: {
      da: 'Fra hospital til kommune, fra tilbud til lokalmiljø',
      en: 'From hospital to municipality, from service to community',
    },
  },
  {
    id: 's10',
    name: { da: 'Ledelse, udvikling og rådgivning', en: 'Management, development and advice' },
    examples: {
      da: 'Udvikling af tilbud, konsulentopgaver, styregrupper',
      en: 'Service development, consultancy, steering groups',
    },
  },
  {
    id: 's11',
    name: { da: 'Frivillige foreninger og brugerorganisationer', en: 'Voluntary and user organisations' },
    examples: {
      da: 'Foreninger, netværk, selvhjælpsgrupper',
      en: 'Associations, networks, self-help groups',
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
  },
  inspiredNote: {
    da: 'Værktøjets originale skema kunne ikke skaffes. Listen over steder er vores egen, inspireret af kilden og af danske peer-stillinger.',
    en: 'The tool’s original grid could not be obtained. The list of settings is our own, inspired by the source and by Danish peer posts.',
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
  },
  noteLabel: { da: 'Note', en: 'Note' },
  settingsHeading: { da: 'Steder', en: 'Settings' },
  progress: {
    da: (done: number, total: number) => `${done} af ${total} gennemgået`,
    en: (done: number, total: number) => `${done} of ${total} reviewed`,
  } satisfies TextFn<[number, number]>,
  ownHeading: { da: 'Jeres egne steder', en: 'Your own settings' },
  ownIntro: {
    da: 'Mangler et sted, et team eller et tilbud? Tilføj det.',
    en: 'Is a place, team or service missing? Add it.',
  },
  ownLabel: { da: 'Sted, team eller tilbud', en: 'Setting, team or service' },
  ownUntitled: { da: 'Eget sted', en: 'Own setting' },
  addOwn: { da: 'Tilføj eget sted', en: 'Add your own setting' },
  removeOwn: { da: 'Fjern stedet', en: 'Remove the setting' },
  ownRemoved: { da: 'Stedet er fjernet.', en: 'The setting was removed.' },
  undo: { da: 'Fortryd', en: 'Undo' },
  startHeading: { da: 'Her kan I starte', en: 'Where you could start' },
  startIntro: {
    da: 'De steder, hvor en peer-rolle findes eller kunne indføres, med højeste prioritet først.',
    en: 'The settings where a peer role exists or could be introduced, highest priority first.',
  },
  startEmpty: {
    da: 'Markér steder som "findes" eller "kunne indføres", så samles de her.',
    en: 'Mark settings as "exists" or "could be introduced", and they are gathered here.',
  },
  noPriority: { da: 'Ingen prioritet', en: 'No priority' },
  tableCaption: { da: 'Kortlægning af peer-roller', en: 'Map of peer roles' },
  colSetting: { da: 'Sted', en: 'Setting' },
  colStatus: { da: 'Status', en: 'Status' },
  colPriority: { da: 'Prioritet', en: 'Priority' },
  colRole: { da: 'Peer-rollen her', en: 'The peer role here' },
  colInitiatives: { da: 'Indsatser i dag', en: 'Initiatives today' },
  colNote: { da: 'Note', en: 'Note' },
} as const;
