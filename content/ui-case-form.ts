import type { Text, TextFn } from './types';

/** Texts of the case details form (loaded with the case overview, not on first load). */
export const caseFormUi = {
  heading: { da: 'Om forløbet', en: 'About the case' },
  organisation: {
    da: 'Organisation',
    en: 'Organisation',
    volunteer: { da: 'Forening', en: 'Association' },
  },
  unit: {
    da: 'Team eller enhed',
    en: 'Team or unit',
    volunteer: { da: 'Aktivitet eller afdeling', en: 'Activity or branch' },
  },
  roleTitle: {
    da: 'Stillingsbetegnelse',
    en: 'Role title',
    volunteer: { da: 'Den frivilliges rolle', en: 'The volunteer’s role' },
  },
  managerName: {
    da: 'Leder',
    en: 'Manager',
    volunteer: { da: 'Koordinator', en: 'Coordinator' },
  },
  peerName: {
    da: 'Peer-medarbejder',
    en: 'Peer worker',
    volunteer: { da: 'Frivillig peer', en: 'Volunteer peer' },
  },
  peerNameHint: {
    da: 'Kan stå tom, hvis personen ikke er fundet endnu.',
    en: 'May stay empty if the person has not been found yet.',
  },
  startDate: { da: 'Forventet startdato', en: 'Expected start date' },
  note: { da: 'Note', en: 'Note' },
} as const satisfies Record<string, Text | TextFn<never[]>>;
