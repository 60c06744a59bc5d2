import type { SourceId } from './sources';
import type { Phase, Provenance, Text, ToolId } from './types';

export interface ToolMeta {
  id: ToolId;
  phase: Phase;
  title: Text;
  /** One sentence under the title on the case overview. */
  summary: Text;
  /** The sources the tool as a whole builds on, named under its title. */
  sources: readonly SourceId[];
  /** Sources of single facts or steps inside the tool, named beside them (and on the Sources screen). */
  alsoSources?: readonly SourceId[];
  provenance: Provenance;
}

/**
 * Peerstart's tools in the journey's suggested order (before hiring → hiring → job start); a
 * volunteer case reads its `volunteer` wordings (the start as a volunteer, the association).
 */
export const tools: readonly ToolMeta[] = [
  {
    id: 'motivation',
    phase: 'before',
    title: { da: 'Motivation', en: 'Motivation' },
    summary: {
      da: 'Hvorfor vil I have en peer-medarbejder, og hvad skal det føre til?',
      en: 'Why do you want a peer worker, and what should it lead to?',
      volunteer: {
        da: 'Hvorfor vil I have en frivillig peer i foreningen, og hvad skal det føre til?',
        en: 'Why do you want a volunteer peer in the association, and what should it lead to?',
      },
    },
    sources: ['socialstyrelsen-2016', 'peernet-hiring'],
    provenance: 'source',
  },
  {
    id: 'readiness',
    phase: 'before',
    title: { da: 'Temperaturmåling', en: 'Readiness check' },
    summary: {
      da: 'Ti udsagn om, hvor klar arbejdspladsen er til peer-støtte.',
      en: 'Ten statements on how ready the workplace is for peer support.',
      volunteer: {
        da: 'Ti udsagn om, hvor klar foreningen er til peer-støtte.',
        en: 'Ten statements on how ready the association is for peer support.',
      },
    },
    sources: ['western-mass', 'socialstyrelsen-2016'],
    // r6v in a volunteer case (issue 22): expenses and insurance on the same terms as other volunteers.
    alsoSources: ['skat-7m', 'sm-forsikring'],
    provenance: 'inspired',
  },
  {
    id: 'role-mapping',
    phase: 'before',
    title: { da: 'Hvor passer en peer-rolle ind?', en: 'Where could a peer role fit in?' },
    summary: {
      da: 'Kortlæg de steder, hvor peer-roller findes eller kunne indføres.',
      en: 'Map the places where peer roles exist or could be introduced.',
    },
    sources: ['st-georges-2015'],
    provenance: 'inspired',
  },
  {
    id: 'hiring-topics',
    phase: 'before',
    title: { da: 'Emner at afklare', en: 'Topics to settle' },
    summary: {
      da: 'Find de vigtigste emner at tale om, før og når I ansætter – og forbered rekruttering og samtale.',
      en: 'Find the most important topics to discuss before and when you hire – and prepare recruitment and the interview.',
      volunteer: {
        da: 'Find de vigtigste emner at tale om, før og når I finder en frivillig peer – og forbered rekruttering og den første samtale.',
        en: 'Find the most important topics to discuss before and when you find a volunteer peer – and prepare recruitment and the first talk.',
      },
    },
    sources: ['st-georges-2015', 'gillard-2013', 'weber-frahm-jensen-2016'],
    alsoSources: [
      'gillard-2015',
      'gillard-2015-roles',
      'peerstoette-hiring',
      'helbredsoplysningsloven',
      'peer-partnerskabet-2024',
      // A volunteer case (issue 22): expenses, insurance, børneattest, volunteering on benefits.
      'skat-7m',
      'sm-forsikring',
      'cfsa-forsikring',
      'boerneattest',
      'cfsa-dagpenge',
      'foa-a-kasse',
    ],
    provenance: 'inspired',
  },
  {
    id: 'role-star',
    phase: 'hiring',
    title: { da: 'Rollestjernen', en: 'The Role Star' },
    summary: {
      da: 'Leder og peer-medarbejder vurderer hver for sig, hvad rollen skal rumme – og aftaler den sammen.',
      en: 'Manager and peer worker each rate what the role should hold – then agree on it together.',
      volunteer: {
        da: 'Koordinatoren og den frivillige peer vurderer hver for sig, hvad rollen skal rumme – og aftaler den sammen.',
        en: 'The coordinator and the volunteer peer each rate what the role should hold – then agree on it together.',
      },
    },
    sources: ['st-georges-2015', 'gillard-2015', 'jacobson-2012'],
    provenance: 'inspired',
  },
  {
    id: 'practicalities',
    phase: 'hiring',
    title: { da: 'Det praktiske', en: 'Practicalities' },
    summary: {
      da: 'Kvalifikationer, timetal, vilkår, supervision, sparring, peer-medarbejderens egne overvejelser, åbenhed og funktionsbeskrivelse.',
      en: 'Qualifications, hours, terms, supervision, reflection with other peer workers, the peer worker’s own thoughts, openness and job description.',
      volunteer: {
        da: 'Frivilligaftale, introduktion, udgifter og godtgørelse, forsikring, vejledning, sparring, den frivillige peers egne overvejelser og åbenhed.',
        en: 'Volunteer agreement, introduction, expenses and reimbursement, insurance, guidance, support and reflection with other volunteer peers, the volunteer peer’s own thoughts and openness.',
      },
    },
    sources: ['peernet-hiring', 'peerstoette-rh'],
    alsoSources: [
      'peerstoette-terms',
      'foa-peer',
      'peernet-2021',
      'sygedagpenge-56',
      'funktionaerloven',
      'lab-fleksjob',
      'rasmussen-johansen-2015',
      // A volunteer case (issue 22): the volunteer agreement, expenses, insurance and support.
      'peernet-opstart',
      'glostrup-frivillig',
      'frivilligstrategi-trin4',
      'sl-frivilligt-arbejde',
      'boerneattest',
      'cfsa-dagpenge',
      'foa-a-kasse',
      'mors-frivillig',
      'kk-frivillig',
      'skat-7m',
      'skat-lv-7m',
      'skat-satser-2019',
      'bek-2103-2021',
      'cfsa-skat',
      'aftenskole-satser-2024',
      'fcmf-skat',
      'dgi-godtgoerelse',
      'tekniq-2026',
      'sm-forsikring',
      'akks-forsikring',
      'cfsa-forsikring',
      'cfsa-peers',
      'cfsa-2024',
      'peernet-netvaerk',
      'peerpartnerskabet-frivillig',
    ],
    provenance: 'source',
  },
  {
    id: 'job-start',
    phase: 'jobstart',
    title: {
      da: 'Jobstart',
      en: 'Job start',
      volunteer: { da: 'Start som frivillig', en: 'Starting as a volunteer' },
    },
    summary: {
      da: 'En tjekliste til de første måneder, med ansvarlig og dato.',
      en: 'A checklist for the first months, with an owner and a date.',
      volunteer: {
        da: 'En tjekliste til starten som frivillig, med ansvarlig og dato.',
        en: 'A checklist for starting as a volunteer, with an owner and a date.',
      },
    },
    sources: ['rasmussen-johansen-2015', 'johansen-2018', 'peernet-hiring', 'imroc-2013'],
    // The start as a volunteer (issue 22): agreement, expenses, insurance, support.
    alsoSources: [
      'glostrup-frivillig',
      'frivilligstrategi-trin4',
      'skat-7m',
      'cfsa-skat',
      'bek-2103-2021',
      'sm-forsikring',
      'cfsa-forsikring',
      'cfsa-peers',
      'peernet-netvaerk',
      'peerpartnerskabet-frivillig',
    ],
    provenance: 'inspired',
  },
];

/** The journey's steps; a volunteer case's steps are the agreement with a volunteer and the start. */
export const phaseTitles: Readonly<Record<Phase, Text>> = {
  before: {
    da: 'Før ansættelse',
    en: 'Before hiring',
    volunteer: { da: 'Før I engagerer en frivillig', en: 'Before engaging a volunteer' },
  },
  hiring: {
    da: 'Ansættelsen',
    en: 'Hiring',
    volunteer: { da: 'Aftalen', en: 'The agreement' },
  },
  jobstart: {
    da: 'Jobstart',
    en: 'Job start',
    volunteer: { da: 'Starten', en: 'The start' },
  },
  followup: { da: 'Opfølgning', en: 'Follow-up' },
};

/** Looks a tool's metadata up by id. */
export function toolMeta(id: ToolId): ToolMeta {
  const found = tools.find((t) => t.id === id);
  if (!found) throw new Error(`Unknown tool ${id}`);
  return found;
}
