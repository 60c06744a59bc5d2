import type { Text } from './types';

export interface Source {
  id: SourceId;
  /** A short name for a source line under an item, e.g. "Gillard et al. 2013". */
  short: string;
  /** The citation as a reader would look it up: authors, year, title in its own language, publisher. */
  citation: string;
  url?: string;
  /** What Peerstart takes from it, in our words. */
  use: Text;
  /** A caveat about the source itself, e.g. an attribution that is inferred rather than seen. */
  note?: Text;
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
  | 'peerstoette-rh'
  | 'gillard-2013'
  | 'gillard-2015'
  | 'gillard-2015-roles'
  | 'johansen-2018'
  | 'weber-frahm-jensen-2016'
  | 'peer-partnerskabet-2024'
  | 'peerstoette-hiring'
  | 'peerstoette-terms'
  | 'helbredsoplysningsloven'
  | 'foa-peer'
  | 'peernet-2021'
  | 'sygedagpenge-56'
  | 'funktionaerloven'
  | 'lab-fleksjob';

export const sources: readonly Source[] = [
  {
    id: 'peernet-start',
    short: 'Peer-Netværket, 5 gode råd',
    citation: 'Peer-Netværket Danmark. "Opstart & implementering": "5 gode råd". peernet.dk.',
    url: 'https://peernet.dk',
    use: {
      da: 'De fem gode råd, som Peerstart viser på forløbets forside, i PDF’en og ved de punkter, hvor de hører hjemme.',
      en: 'The five pieces of advice, shown on the case overview, in the PDF and beside the items they apply to.',
    },
  },
  {
    id: 'peernet-hiring',
    short: 'Peer-Netværket / PeerMidt',
    citation:
      'Peer-Netværket Danmark / PeerMidt. "Ansættelse af peer-medarbejdere". peernet.dk, peermidt.dk.',
    url: 'https://www.peermidt.dk/til-arbejdspladser/ansaettelse-af-peer-medarbejdere/',
    use: {
      da: 'Rækkefølgen motivation, parathed, kvalifikationer, timetal og jobstart, og rådet om en tydelig funktionsbeskrivelse.',
      en: 'The order motivation, readiness, qualifications, hours and job start, and the advice on a clear job description.',
    },
  },
  {
    id: 'socialstyrelsen-2016',
    short: 'Socialstyrelsen 2016',
    citation:
      'Socialstyrelsen (2016). Peer-støtte på det psykosociale og psykiatriske område – En inspirationsguide til udvikling og implementering af peer-støtte.',
    url: 'https://www.sbst.dk/udgivelser/2016/peer-stoette-paa-det-psykosociale-og-psykiatriske-omraade',
    use: {
      da: 'De tre spørgsmål om arbejdspladsens motivation, og henvisningen til Western Mass Peer Networks temperaturmåling.',
      en: "The three questions about the workplace's motivation, and the reference to the Western Mass Peer Network's readiness check.",
    },
  },
  {
    id: 'western-mass',
    short: 'Western Mass Peer Network',
    citation: 'Western Mass Peer Network. "Temperaturmåling", via Socialstyrelsen (2016).',
    use: {
      da: 'Idéen om en temperaturmåling med 10 spørgsmål. De originale spørgsmål kunne ikke skaffes. Udsagnene, skalaen og læsningen af resultatet er Peerstarts egne.',
      en: 'The idea of a 10-question readiness check. The original questions could not be obtained. The statements, the scale and the reading of the result are Peerstart’s own.',
    },
  },
  {
    id: 'st-georges-2015',
    short: "St George's 2015",
    citation:
      "Peer Worker research team, St George's, University of London (2015). Introducing Peer Workers into Mental Health Services: An organisational toolkit.",
    use: {
      da: 'De tre redskaber: kortlægning af peer-roller, "Peer Worker Role Star" og spørgeskemaet om emner at drøfte. Punkterne i Peerstart er vores egne, inspireret af redskaberne og forskningen bag.',
      en: 'The three tools: mapping peer roles, the "Peer Worker Role Star" and the questionnaire of topics to discuss. Peerstart’s items are our own, inspired by the tools and the research behind them.',
    },
  },
  {
    id: 'rasmussen-johansen-2015',
    short: 'Rasmussen & Johansen 2015',
    citation: 'Rasmussen & Johansen (2015), via PeerMidt: "Mød en peer-medarbejder". peermidt.dk.',
    url: 'https://www.peermidt.dk/til-arbejdspladser/moed-en-peer-medarbejder/',
    use: {
      da: 'De tre overvejelser, peer-medarbejdere kan have ved starten ("Er mine erfaringer noget værd?", "Hvor anderledes skal jeg være?", "Hvor går mine grænser?"), og idéen om forslag til jobstarten. Den originale liste med forslag kunne ikke skaffes; tjeklisten er vores egen.',
      en: 'The three worries peer workers may have when they start ("Is my experience worth anything?", "How different should I be?", "Where are my limits?"), and the idea of suggestions for the job start. The original list of suggestions could not be obtained; the checklist is our own.',
    },
    note: {
      da: 'Hvilken udgivelse der menes, er vores slutning: sandsynligvis materiale fra projektet Peer-støtte i Region Hovedstaden (K. S. Rasmussen og G. K. Johansen). Titlen er ikke bekræftet.',
      en: 'Which publication is meant is our inference: probably material from the project Peer-støtte i Region Hovedstaden (K. S. Rasmussen and G. K. Johansen). The title is not confirmed.',
    },
  },
  {
    id: 'imroc-2013',
    short: 'ImROC 2013',
    citation:
      'Repper J, Aldridge B, Gilfoyle S, Gillard S, Perkins R, Rennison J (2013). Peer Support Workers: A Practical Guide to Implementation. ImROC Briefing Paper 7.',
    url: 'https://imroc.org/resource/7-peer-support-workers-a-practical-guide-to-implementation/',
    use: {
      da: 'Faserne forberedelse, rekruttering, ansættelse og løbende udvikling.',
      en: 'The phases preparation, recruitment, employment and ongoing development.',
    },
  },
  {
    id: 'jacobson-2012',
    short: 'Jacobson et al. 2012',
    citation:
      'Jacobson N, Trojanowski L, Dewa CS (2012). What do peer support workers do? A job description. BMC Health Services Research 12:205.',
    url: 'https://doi.org/10.1186/1472-6963-12-205',
    use: {
      da: 'En beskrivelse af, hvad peer-medarbejdere faktisk laver, brugt til at underbygge rollestjernens opgaver – også "færdigheder og mål", som blev tilføjet senere.',
      en: 'A description of what peer workers actually do, used to ground the Role Star tasks – including "skills and goals", added later.',
    },
  },
  {
    id: 'peerstoette-rh',
    short: 'Peer-støtte i Region Hovedstaden',
    citation: 'Peer-støtte i Region Hovedstaden (2015–2018). "For ledere og organisationer". peerstoette.dk.',
    url: 'http://peerstoette.dk/for-arbejdspladser/for-ledere/',
    use: {
      da: 'Fakta om ansættelsesformer, timetal (anbefalet 12–37, typisk 20 eller 30), løn og kvalifikationer.',
      en: 'Facts on types of employment, hours (recommended 12–37, typically 20 or 30), pay and qualifications.',
    },
  },
  {
    id: 'gillard-2013',
    short: 'Gillard et al. 2013',
    citation:
      'Gillard SG, Edwards C, Gibson SL, Owen K, Wright C (2013). Introducing peer worker roles into UK mental health service teams: a qualitative analysis of the organisational benefits and challenges. BMC Health Services Research 13:188.',
    url: 'https://doi.org/10.1186/1472-6963-13-188',
    use: {
      da: 'Forskningen bag St George’s-værktøjerne: forskellige forventninger til rollen kan opstå allerede ved udvælgelsen, og rollen kan miste det særlige. Bruges til emnerne at afklare og til rollestjernen.',
      en: 'Research behind the St George’s tools: different expectations of the role can arise already at selection, and the role can lose what makes it distinct. Used for the topics to settle and the Role Star.',
    },
  },
  {
    id: 'gillard-2015',
    short: 'Gillard et al. 2015',
    citation:
      'Gillard S, Gibson S, Holley J, Lucock M (2015). Developing a change model for peer worker interventions in mental health services. Epidemiology and Psychiatric Sciences 24(5):435–445.',
    use: {
      da: 'Forskningen bag St George’s-værktøjerne, fra ti peer-indsatser i England. Bruges til rollestjernen og til emnet om peer-identitet.',
      en: 'Research behind the St George’s tools, from ten peer initiatives in England. Used for the Role Star and the topic on peer identity.',
    },
    note: {
      da: 'Vi har læst resuméerne, ikke artiklerne i fuld længde.',
      en: 'We have read the abstracts, not the full articles.',
    },
  },
  {
    id: 'gillard-2015-roles',
    short: 'Gillard et al. 2015b',
    citation:
      'Gillard S et al. (2015). Introducing new peer worker roles into mental health services in England: comparative case study research across a range of organisational contexts. Administration and Policy in Mental Health and Mental Health Services Research 42(6):682.',
    use: {
      da: 'Samme forskningsprojekt, sammenlignet på tværs af organisationer. Bruges til emnerne at afklare, herunder emnet om peer-identitet.',
      en: 'The same research project, compared across organisations. Used for the topics to settle, including the topic on peer identity.',
    },
    note: {
      da: 'Vi har ikke læst artiklen selv. At peer-identitet er et tema i forskningen bag værktøjet, bygger på projektets egne opsummeringer og bør tjekkes i artiklen.',
      en: 'We have not read the article ourselves. That peer identity is a theme of the research behind the toolkit builds on the project’s own summaries and should be checked in the article.',
    },
  },
  {
    id: 'johansen-2018',
    short: 'Johansen 2018',
    citation:
      'Johansen GK (2018). Implementering af Peer-Støtte – Erfaringer og anbefalinger fra Projekt Peer-Støtte i Region Hovedstaden.',
    url: 'https://peerpartnerskabet.dk',
    use: {
      da: 'Råd om jobstarten: begynd med veldefinerede opgaver og giv mere frihed senere, vælg opgaver, der skaber kontakt til dem, I støtter, og til kollegerne, og giv rollen tid til at finde sin form.',
      en: 'Advice on the job start: begin with well-defined tasks and give more freedom later, choose tasks that build contact with the people you support and with colleagues, and give the role time to take shape.',
    },
    note: {
      da: 'Punkterne er gengivet efter peerstoette.dk’s omtale af rapporten; vi har ikke læst rapporten selv.',
      en: 'The points follow peerstoette.dk’s account of the report; we have not read the report itself.',
    },
  },
  {
    id: 'weber-frahm-jensen-2016',
    short: 'Weber & Frahm Jensen 2016',
    citation:
      'Weber AK, Frahm Jensen MJ (2016). Brukeransettelser. Nasjonalt senter for erfaringskompetanse innen psykisk helse.',
    url: 'https://erfaringskompetanse.no/nyheter/bok-om-nybrottsarbeid/',
    use: {
      da: 'En norsk håndbog for arbejdsgivere, skrevet af to erfaringskonsulenter. Dens hovedråd – afklar rolle og forventninger, før I ansætter – ligger bag rækkefølgen i Peerstart.',
      en: 'A Norwegian handbook for employers, written by two peer workers. Its main advice – clarify role and expectations before you hire – lies behind Peerstart’s order of tools.',
    },
  },
  {
    id: 'peer-partnerskabet-2024',
    short: 'Peer-Partnerskabet 2024',
    citation: 'Peer-Partnerskabet (2024). Trin-for-trin vejledning til ansættelse af peer-medarbejdere.',
    url: 'https://peerpartnerskabet.dk',
    use: {
      da: 'En vejledning til ansættelsesudvalg, bygget på erfaringer fra regional psykiatri og kommuner. Nævnt som videre læsning ved rekrutteringen.',
      en: 'A guide for hiring panels, built on experience from regional psychiatry and municipalities. Named as further reading for recruitment.',
    },
  },
  {
    id: 'peerstoette-hiring',
    short: 'peerstoette.dk, "Til jer, der skal ansætte"',
    citation: 'Peer-støtte i Region Hovedstaden. "Til jer, der skal ansætte". peerstoette.dk.',
    url: 'http://peerstoette.dk/for-arbejdspladser/til-jer-der-skal-ansaette/',
    use: {
      da: 'De to vigtigste ting hos en ansøger: nok afstand til egne psykiske vanskeligheder til at kunne bruge erfaringerne i arbejdet, og at ansøgeren ser sig selv som peer. Også at ansættelsesudvalget selv vælger, hvad der er vigtigt.',
      en: 'The two most important things in an applicant: enough distance to their own mental health difficulties to use the experience in the work, and that the applicant sees themself as a peer. Also that the hiring panel decides what matters.',
    },
    note: {
      da: 'Siden råder jer til at spørge ind til erfaringerne. Peerstart skriver i stedet, at I taler om, hvordan ansøgeren bruger dem i arbejdet, for efter helbredsoplysningsloven bestemmer ansøgeren selv, hvad hun eller han fortæller ud over det, jobbet kræver.',
      en: 'The page advises asking about the experience. Peerstart says instead that you talk about how the applicant uses it in the work, because under the Health Information Act the applicant decides what to tell beyond what the job requires.',
    },
  },
  {
    id: 'peerstoette-terms',
    short: 'peerstoette.dk, "Løn og ansættelsesvilkår"',
    citation: 'Peer-støtte i Region Hovedstaden. "Løn og ansættelsesvilkår". peerstoette.dk.',
    url: 'http://peerstoette.dk/vil-du-arbejde-som-peer/lon-og-ansaettelsesvilkar/',
    use: {
      da: 'Tre ansættelsesformer (ordinær, fleksjob og løntilskudsjob for førtidspensionister); at peer-medarbejdere ansættes lokalt, og at løn og arbejdstid aftales lokalt; at egne erfaringer ikke er en overenskomstmæssigt anerkendt kompetence, så ansættelsen uden en relevant uddannelse typisk er som ufaglært; at en indtægt kan påvirke fx boligstøtte, så den ansatte bør tjekke med sin sagsbehandler; at tavshedspligt og dokumentation aftales med lederen.',
      en: 'Three types of employment (ordinary, flexi-job and wage-subsidised job for people on early retirement pension); that peer workers are employed locally, with pay and hours agreed locally; that one’s own experience is not a competence recognised by the collective agreements, so without a relevant education the post is typically unskilled; that earnings can affect e.g. housing benefit, so the employee should check with their caseworker; that confidentiality and record keeping are agreed with the manager.',
    },
    note: {
      da: 'Siden bygger på projektets egne ansættelser og kalder sig selv vejledende. Dens linje om funktionærloven (over 8 timer, de første tre måneder som prøvetid) er for kort; Peerstart følger loven selv, se funktionærloven.',
      en: 'The page builds on the project’s own hires and calls itself a guide only. Its line on the Salaried Employees Act (above 8 hours, the first three months as a trial period) is too short; Peerstart follows the act itself, see funktionærloven.',
    },
  },
  {
    id: 'helbredsoplysningsloven',
    short: 'Helbredsoplysningsloven § 2',
    citation:
      'Lov om brug af helbredsoplysninger m.v. på arbejdsmarkedet (helbredsoplysningsloven), lov nr. 286 af 24. april 1996, § 2. retsinformation.dk.',
    use: {
      da: 'En arbejdsgiver må kun spørge til sygdom eller symptomer, der vil have væsentlig betydning for arbejdsdygtigheden i netop det job, og skal sige, hvilke sygdomme spørgsmålet gælder. Der må ikke spørges for at belyse risikoen for at blive syg.',
      en: 'An employer may only ask about illness or symptoms that will be of significant importance for the ability to do that particular job, and must say which illnesses the question concerns. Questions meant to reveal the risk of becoming ill are not allowed.',
    },
  },
  {
    id: 'foa-peer',
    short: 'FOA',
    citation: 'FOA. "Peermedarbejdere – en ny type kollega". foa.dk.',
    url: 'https://www.foa.dk/raad-regler/i-job/loen/tr-loen/tr-loenindplacering-nyansatte-faelles/peermedarbejder',
    use: {
      da: 'At peer-medarbejdere i regionernes psykiatri ansættes efter FOA’s overenskomst for peer-medarbejdere, med mulighed for individuelle tillæg, og at vilkårene står i protokollat 5 til overenskomsten for social- og sundhedshjælpere på det regionale område.',
      en: 'That peer workers in the regions’ psychiatric services are employed under FOA’s collective agreement for peer workers, with room for individual supplements, and that the terms are in protocol 5 to the regional agreement for social and healthcare helpers.',
    },
    note: {
      da: 'Overenskomster fornyes, og protokollernes numre kan skifte. Tjek den gældende udgave hos FOA eller Danske Regioner, før I aftaler løn.',
      en: 'Collective agreements are renewed, and protocol numbers can change. Check the current version with FOA or Danske Regioner before you agree on pay.',
    },
  },
  {
    id: 'peernet-2021',
    short: 'Peer-Netværket 2021',
    citation:
      'Peer-Netværket Danmark (2021). "Information vedr. overenskomsten indgået mellem FOA og Danske Regioner". peernet.dk.',
    url: 'https://www.peernet.dk/information-om-ny-overenskomst/',
    use: {
      da: 'At Peer-Netværket ikke var med i forhandlingerne og offentligt har kritiseret resultatet som ufordelagtigt for peer-medarbejdere.',
      en: 'That Peer-Netværket took no part in the negotiations and has publicly criticised the result as unfavourable to peer workers.',
    },
  },
  {
    id: 'sygedagpenge-56',
    short: 'Sygedagpengeloven § 56',
    citation:
      'Social- og Boligstyrelsen. "Refusion af udgifter til sygedagpenge fra første sygedag" (sygedagpengelovens § 56). sbst.dk.',
    url: 'https://www.sbst.dk/tvaergaende-omrader/vidensplatform-om-handicap-og-beskaeftigelse/lovgivning/de-handicapkompenserende-ordninger/refusion-af-udgifter-til-sygedagpenge-fra-foerste-sygedag-1',
    use: {
      da: 'En § 56-aftale efter sygedagpengeloven ved kronisk eller langvarig sygdom, der ventes at give mindst 10 fraværsdage om året: arbejdsgiveren får refusion fra første sygedag, men kun for fravær på grund af den sygdom, aftalen gælder. Aftalen er skriftlig mellem den ansatte og arbejdsgiveren, godkendes af kommunen og gælder to år ad gangen.',
      en: 'A § 56 agreement under the Sickness Benefit Act (sygedagpengeloven) for chronic or long-term illness expected to cause at least 10 days of absence a year: the employer is refunded from the first day of sickness, but only for absence due to the illness the agreement covers. The agreement is written between employee and employer, approved by the municipality and runs two years at a time.',
    },
  },
  {
    id: 'funktionaerloven',
    short: 'Funktionærloven',
    citation:
      'Lov om retsforholdet mellem arbejdsgivere og funktionærer (funktionærloven), § 1 (hvem der er funktionær) og § 2, stk. 5 (prøvetid). Beskæftigelsesministeriet, bm.dk; retsinformation.dk.',
    url: 'http://bm.dk/da/Beskaeftigelsesomraadet/Arbejdsret/Det%20arbejdsretlige%20omraade/Ansaettelsesretlige%20love/Oversigt%20over%20love/Funktionaerloven.aspx',
    use: {
      da: 'At loven gælder for den, der har en gennemsnitlig arbejdstid på mere end 8 timer om ugen og udfører en af de typer arbejde, loven opregner; og at en prøvetid er højst 3 måneder og skal være aftalt.',
      en: 'That the act covers someone who works more than 8 hours a week on average and does one of the kinds of work the act lists; and that a trial period is at most 3 months and must be agreed.',
    },
    note: {
      da: 'Afgrænsningen har vi læst hos Beskæftigelsesministeriet. At prøvetiden skal være aftalt skriftligt, fx i ansættelseskontrakten, bygger på § 2, stk. 5, som juridiske vejledninger gengiver den; tjek den gældende lovtekst.',
      en: 'The scope we read at the Ministry of Employment. That the trial period must be agreed in writing, e.g. in the employment contract, builds on § 2(5) as legal guides render it; check the current text of the act.',
    },
  },
  {
    id: 'lab-fleksjob',
    short: 'LAB-loven § 116',
    citation:
      'Lov om en aktiv beskæftigelsesindsats (LAB-loven), § 116 (fleksjob) og kapitel 12 (ansættelse med løntilskud). Lovbekendtgørelse nr. 280 af 1. marts 2024. retsinformation.dk.',
    use: {
      da: 'At fleksjob er for den, der har varige og væsentlige begrænsninger i arbejdsevnen og ikke kan få eller holde et job på normale vilkår, at kommunen visiterer til fleksjob, og at fleksjob ikke kan kombineres med førtidspension. Løntilskudsjob for førtidspensionister er en særskilt ordning for den, der får førtidspension.',
      en: 'That a flexi-job is for someone with a lasting and substantial limitation of working capacity who cannot get or keep a job on normal terms, that the municipality approves a flexi-job, and that a flexi-job cannot be combined with early retirement pension. The wage-subsidised job for people on early retirement pension is a separate scheme for those who receive it.',
    },
    note: {
      da: '§ 116 har vi læst. At løntilskudsjob for førtidspensionister hører under lovens kapitel 12, og at jobcentret godkender jobbet, før ansættelsen begynder, har vi fra kommunernes og patientforeningernes vejledninger; spørg jobcentret.',
      en: 'We have read § 116. That the wage-subsidised job for people on early retirement pension falls under chapter 12 of the act, and that the jobcentre approves the job before the employment begins, we have from municipal and patient-association guides; ask the jobcentre.',
    },
  },
];

/** Looks a source up by id. */
export function sourceById(id: SourceId): Source {
  const found = sources.find((s) => s.id === id);
  if (!found) throw new Error(`Unknown source ${id}`);
  return found;
}
