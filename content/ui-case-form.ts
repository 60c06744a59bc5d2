import type { Text, TextFn } from './types';

/** Texts of the case details form (loaded with the case overview, not on first load). */
export const caseFormUi = {
  heading: { da: 'Om forløbet', en: 'About the case' },
  organisation: { da: 'Organisation', en: 'Organisation' },
  unit: { da: 'Team eller enhed', en: 'Team or unit' },
  roleTitle: { da: 'Stillingsbetegnelse', en: 'Role title' },
  managerName: { da: 'Leder', en: 'Manager' },
  peerName: { da: 'Peer-medarbejder', en: 'Peer worker' },
  peerNameHint: {
    da: 'Kan stå tom, hvis personen ikke er fundet endnu.',
    en: 'May stay empty if the person has not been found yet.',
  },
  startDate: { da: 'Forventet startdato', en: 'Expected start date' },
  note: { da: 'Note', en: 'Note' },
} as const satisfies Record<string, Text | TextFn<never[]>>;
