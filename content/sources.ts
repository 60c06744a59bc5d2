import type { Text } from './types';

export interface Source {
  id: SourceId;
  /** Full citation as a reader would look it up. */
  citation: string;
  url?: string;
  /** What Peerstart takes from it, in our words. */
  use: Text;
}

export type SourceId =
  | 'peernet-start'
  | 'peernet-hiring'
  | 'socialstyrelsen-2016'
  | 'western-mass'
  | 'st-georges-2015'
  | 'rasmussen-johansen-2015'
  | 'imroc-2013'
  | 'jacobson-2012'
  | 'peerstoette-rh';

export const sources: readonly Source[] = [
  {
    id: 'peernet-start',
    citation: 'Peer-Netværket Danmark: "Opstart & implementering" (peernet.dk), herunder "5 gode råd".',
    url: 'https://peernet.dk',
    use: {
      da: 'De fem gode råd, som Peerstart viser ved de punkter, hvor de hører hjemme.',
      en: 'The five pieces of advice, shown beside the items they apply to.',
    },
  },
  {
    id: 'peernet-hiring',
    citation:
      'Peer-Netværket Danmark / PeerMidt: "Ansættelse af peer-medarbejdere" (peernet.dk, peermidt.dk).',
    url: 'https://www.peermidt.dk/til-arbejdspladser/ansaettelse-af-peer-medarbejdere/',
    use: {
      da: 'Rækkefølgen motivation, parathed, kvalifikationer, timetal og jobstart, og rådet om en tydelig funktionsbeskrivelse.',
      en: 'The order motivation, readiness, qualifications, hours and job start, and the advice on a clear function description.',
    },
  },
  {
    id: 'socialstyrelsen-2016',
    citation:
      'Socialstyrelsen (2016). Peer-støtte på det psykosociale og psykiatriske område – En inspirationsguide til udvikling og implementering af peer-støtte.',
    url: 'https://www.sbst.dk/udgivelser/2016/peer-stoette-paa-det-psykosociale-og-psykiatriske-omraade',
    use: {
      da: 'De tre spørgsmål om arbejdspladsens motivation.',
      en: "The three questions about the workplace's motivation.",
    },
  },
  {
    id: 'western-mass',
    citation:
      'Western Mass Peer Network: temperaturmåling med 10 spørgsmål om parathed til at integrere peer-støtte (gengivet via Socialstyrelsen 2016).',
    use: {
      da: 'Idéen om en temperaturmåling med 10 spørgsmål. De originale spørgsmål kunne ikke skaffes; Peerstarts spørgsmål er vores egne, inspireret af kilden.',
      en: 'The idea of a 10-question readiness check. The original questions could not be obtained; Peerstart’s questions are our own, inspired by the source.',
    },
  },
  {
    id: 'st-georges-2015',
    citation:
      "Peer Worker research team, St George's, University of London (2015). Introducing Peer Workers into Mental Health Services: An organisational toolkit.",
    use: {
      da: 'De tre redskaber: kortlægning af peer-roller, "Peer Worker Role Star" og spørgeskemaet om emner at drøfte. Punkterne i Peerstart er vores egne, inspireret af værktøjerne og forskningen bag.',
      en: 'The three tools: mapping peer roles, the "Peer Worker Role Star" and the questionnaire of topics to discuss. Peerstart’s items are our own, inspired by the tools and the research behind them.',
    },
  },
  {
    id: 'rasmussen-johansen-2015',
    citation:
      'Rasmussen & Johansen (2015), Peer-støtte i Region Hovedstaden: forslag til peer-medarbejderens jobstart (citeret af PeerMidt / Peer-Netværket).',
    use: {
      da: 'Forslag til en god jobstart. Den originale liste kunne ikke skaffes; tjeklisten er vores egen, inspireret af kilden.',
      en: 'Suggestions for a good job start. The original list could not be obtained; the checklist is our own, inspired by the source.',
    },
  },
  {
    id: 'imroc-2013',
    citation:
      'Repper J. m.fl. (2013). Peer Support Workers: A Practical Guide to Implementation. ImROC Briefing Paper 7.',
    url: 'https://imroc.org/resource/7-peer-support-workers-a-practical-guide-to-implementation/',
    use: {
      da: 'Faserne forberedelse, rekruttering, ansættelse og løbende udvikling.',
      en: 'The phases preparation, recruitment, employment and ongoing development.',
    },
  },
  {
    id: 'jacobson-2012',
    citation:
      'Jacobson N, Trojanowski L, Dewa CS (2012). What do peer support workers do? A job description. BMC Health Services Research 12:205.',
    url: 'https://doi.org/10.1186/1472-6963-12-205',
    use: {
      da: 'En beskrivelse af, hvad peer-medarbejdere faktisk laver, brugt til at underbygge rollestjernens opgaver.',
      en: 'A description of what peer workers actually do, used to ground the Role Star tasks.',
    },
  },
  {
    id: 'peerstoette-rh',
    citation:
      'Peer-støtte i Region Hovedstaden (2015–2018): vejledning til ledere om ansættelse (peerstoette.dk).',
    url: 'http://peerstoette.dk/',
    use: {
      da: 'Fakta om timetal, vilkår, løn og kvalifikationer.',
      en: 'Facts on hours, terms, pay and qualifications.',
    },
  },
];

/** Looks a source up by id. */
export function sourceById(id: SourceId): Source {
  const found = sources.find((s) => s.id === id);
  if (!found) throw new Error(`Unknown source ${id}`);
  return found;
}
