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
  /**
   * When we read it, as YYYY-MM (issue 22's sources were read in December 2026, from stored copies
   * of the pages, not the live sites); the citation says it too.
   */
  read?: string;
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
  | 'lab-fleksjob'
  // Volunteer peers in an association (issue 22), read 2026-12.
  | 'peernet-opstart'
  | 'skat-7m'
  | 'skat-lv-7m'
  | 'skat-satser-2019'
  | 'bek-2103-2021'
  | 'cfsa-skat'
  | 'aftenskole-satser-2024'
  | 'fcmf-skat'
  | 'dgi-godtgoerelse'
  | 'tekniq-2026'
  | 'glostrup-frivillig'
  | 'frivilligstrategi-trin4'
  | 'sl-frivilligt-arbejde'
  | 'cfsa-dagpenge'
  | 'foa-a-kasse'
  | 'mors-frivillig'
  | 'kk-frivillig'
  | 'boerneattest'
  | 'sm-forsikring'
  | 'akks-forsikring'
  | 'cfsa-forsikring'
  | 'cfsa-peers'
  | 'peernet-netvaerk'
  | 'peerpartnerskabet-frivillig'
  | 'cfsa-2024';

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
  // Volunteer peers in an association (issue 22). All read in December 2026 from stored copies of
  // the pages, not the live sites; official texts are marked as such, the rest say whose page it is.
  {
    id: 'peernet-opstart',
    short: 'Peer-Netværket, Opstart & implementering',
    citation:
      'Peer-Netværket Danmark. "Opstart & implementering", med link til Peer-Netværkets opstartspakke. peernet.dk. Læst december 2026.',
    url: 'https://www.peernet.dk/opstart-og-implementering-ny/',
    read: '2026-12',
    use: {
      da: 'At arbejdspladser og foreninger kan få hjælp fra Peer-Netværket til at komme i gang med peers, både i betalte og i frivillige roller (siden linker til opstartspakken), og rådet om, at peeren skal have adgang til sparring, supervision eller lignende i et fagligt fællesskab med andre i samme rolle.',
      en: 'That workplaces and associations can get help from Peer-Netværket to get started with peers, in paid as well as volunteer roles (the page links to the start-up package), and the advice that the peer should have access to reflection, supervision or the like in a professional community with others in the same role.',
    },
    note: {
      da: 'Vi har ikke set opstartspakkens egen side, så Peerstart linker til opstartssiden, der linker videre til den.',
      en: 'We have not seen the start-up package’s own page, so Peerstart links to the start-up page, which links on to it.',
    },
  },
  {
    id: 'skat-7m',
    short: 'Skattestyrelsen, ligningslovens § 7 M',
    citation:
      'Skattestyrelsen. Den juridiske vejledning, afsnittet om skattefri godtgørelse til ulønnede frivillige (ligningslovens § 7 M). skat.dk. Læst december 2026.',
    url: 'https://skat.dk/data.aspx?oid=2061699&chk=217943',
    read: '2026-12',
    use: {
      da: 'At en forening kan dække udgifter skattefrit for ulønnede bestyrelsesmedlemmer og frivillige, der hjælper med foreningens skattefri virksomhed, når pengene dækker udgifter for foreningen og holder sig inden for Skatterådets satser. Og at en forening, der selv stiller telefon, internet eller computer til rådighed (ligningslovens § 16, stk. 12), ikke gør den frivillige lønnet, men at den frivillige så ikke også kan få godtgørelse til telefon og internet.',
      en: 'That an association can cover expenses tax-free for unpaid board members and volunteers who help with its tax-exempt activity, when the money covers expenses for the association and stays within the Tax Council’s rates. And that an association which itself provides a phone, internet or a computer (Tax Assessment Act § 16(12)) does not make the volunteer paid, but that the volunteer then cannot also be reimbursed for phone and internet.',
    },
    note: { da: 'Officiel tekst. Siden viser ingen dato.', en: 'Official text. The page shows no date.' },
  },
  {
    id: 'skat-lv-7m',
    short: 'Ligningsvejledningen, § 7 M',
    citation:
      'Skattestyrelsen (SKAT). Ligningsvejledningen, historisk udgave, afsnittet om ligningslovens § 7 M. info.skat.dk. Læst december 2026.',
    url: 'https://info.skat.dk/data.aspx?chk=213487&lang=da&oid=112629',
    read: '2026-12',
    use: {
      da: 'Hvilke foreninger ordningen gælder for (fx idræt, spejdere, almennyttige, humanitære og religiøse foreninger, men ikke fagforeninger), og at der ikke betales AM-bidrag af godtgørelsen.',
      en: 'Which associations the scheme covers (e.g. sport, scouts, charitable, humanitarian and religious associations, but not trade unions), and that no labour-market contribution (AM-bidrag) is paid on the reimbursement.',
    },
    note: {
      da: 'En ældre, officiel udgave (den nævner bekendtgørelse nr. 961 af 2012). Reglen er den samme i de nyere kilder.',
      en: 'An older official version (it names executive order no. 961 of 2012). The rule is the same in the newer sources.',
    },
  },
  {
    id: 'skat-satser-2019',
    short: 'skat.dk, satser for frivillige 2019',
    citation:
      'Skattestyrelsen. Side om skattefri godtgørelse til ulønnede frivillige, med satserne for 2019. skat.dk. Læst december 2026.',
    url: 'https://www.skat.dk/skat.aspx?oId=2234832',
    read: '2026-12',
    use: {
      da: 'At alle godtgørelser bliver skattepligtige, hvis foreningen betaler mere end satserne, og at 60-dages-reglen for kørsel ikke gælder for frivillige.',
      en: 'That every reimbursement becomes taxable if the association pays more than the rates, and that the 60-day rule for travel does not apply to volunteers.',
    },
    note: {
      da: 'Officiel tekst, men den nyeste udgave, vi fandt, viser kun satserne for 2019 (2.400, 1.450 og 2.000 kr.). Peerstart bruger den for reglerne, ikke for beløbene.',
      en: 'Official text, but the newest version we found shows only the 2019 rates (DKK 2,400, 1,450 and 2,000). Peerstart uses it for the rules, not the amounts.',
    },
  },
  {
    id: 'bek-2103-2021',
    short: 'Bekendtgørelse nr. 2103 af 2021',
    citation:
      'Bekendtgørelse nr. 2103 af 23. november 2021 om udbetaling af skattefri godtgørelse til ulønnede bestyrelsesmedlemmer eller til frivillige, ulønnede medhjælpere, der yder bistand som led i foreningens skattefri virksomhed, § 6. elov.dk. Læst december 2026.',
    url: 'https://elov.dk/bekendtgorelse-om-udbetaling-af-skattefri-godtgorelse-til-ulonnede-bestyrelsesmedlemmer-eller-til-frivillige-ulonnede-medhjaelpere-der-yder-bistand-som-led-i-foreningens-skattefri-virksomhed/paragraf/6/',
    read: '2026-12',
    use: {
      da: 'At foreningen i stedet for satserne kan dække udgifterne mod originale kvitteringer, og at de faste årlige beløb er fastsat efter denne bekendtgørelse.',
      en: 'That instead of the rates the association can cover the expenses against original receipts, and that the fixed yearly amounts are set under this executive order.',
    },
  },
  {
    id: 'cfsa-skat',
    short: 'CFSA, Frivillige og skat',
    citation:
      'Center for Frivilligt Socialt Arbejde (CFSA). Webguide "Frivillige og skat". frivillighed.dk. Læst december 2026.',
    url: 'https://frivillighed.dk/guides/frivillige-og-skat',
    read: '2026-12',
    use: {
      da: 'At udlæg betalt tilbage mod kvittering ikke er indkomst og ikke indberettes; at foreningen kan give et forskud, som den frivillige afregner bagefter; og at den samme slags udgift ikke kan dækkes både mod kvittering og med en fast sats i samme år, mens forskellige slags godt kan blandes.',
      en: 'That outlays repaid against receipts are not income and are not reported; that the association can give an advance which the volunteer accounts for afterwards; and that the same kind of expense cannot be covered both against receipts and by a flat rate in one year, while different kinds can be mixed.',
    },
    note: {
      da: 'Siden er mærket "Seneste revision", men datoen kom ikke med i vores kopi.',
      en: 'The page is marked "Seneste revision" (latest revision), but the date was not in our copy.',
    },
  },
  {
    id: 'aftenskole-satser-2024',
    short: 'Aftenskolehåndbogen, satser 2024',
    citation:
      'Aftenskolehåndbogen: "Skattesatser og regler" (opdateret 5. januar 2024). danskoplysning.dk. Læst december 2026.',
    url: 'https://www.danskoplysning.dk/aftenskolehandbog/lon-og-ansaettelsesvilkar/satser/skattesatser-og-regler/',
    read: '2026-12',
    use: {
      da: 'Satserne for 2024 for frivillige uden bilag: 2.450 kr. om året til telefon og internet og 1.500 kr. om året til administrative udgifter.',
      en: 'The 2024 rates for volunteers without receipts: DKK 2,450 a year for phone and internet and DKK 1,500 a year for administrative expenses.',
    },
    note: {
      da: 'Ikke en officiel side. Vi har ikke fundet satserne for 2025 eller 2026; tjek dem på skat.dk.',
      en: 'Not an official page. We found no rates for 2025 or 2026; check them at skat.dk.',
    },
  },
  {
    id: 'fcmf-skat',
    short: 'fcmf.dk, Foreningshåndbog',
    citation: 'Foreningshåndbogen: "Skat – godtgørelse til frivillige" (2023). fcmf.dk. Læst december 2026.',
    url: 'https://fcmf.dk/foreningshaandbog/item/skat-godtgorelse-til-frivillige',
    read: '2026-12',
    use: {
      da: 'Satsen for særlig beklædning (2.050 kr. om året i 2023); hvad en kørebog skal indeholde, og at et fast årligt beløb for kørsel ikke er tilladt; at en kommune ikke kan give sine frivillige skattefri godtgørelse efter § 7 M; og at betaling og skattefri godtgørelse ikke kan kombineres (reglerne gælder pr. forening).',
      en: 'The rate for special clothing (DKK 2,050 a year in 2023); what a mileage log must hold, and that a fixed yearly amount for driving is not allowed; that a municipality cannot give its volunteers tax-free reimbursement under § 7 M; and that payment and tax-free reimbursement cannot be combined (the rules apply per association).',
    },
    note: {
      da: 'Ikke en officiel side, men en frivilligcenters foreningshåndbog. At kommuner ikke kan bruge ordningen, siger også frivilligcentersydsjaellandogmoen.dk; vi har ikke fundet det på skat.dk.',
      en: 'Not an official page but a volunteer centre’s handbook for associations. That municipalities cannot use the scheme is also on frivilligcentersydsjaellandogmoen.dk; we did not find it on skat.dk.',
    },
  },
  {
    id: 'dgi-godtgoerelse',
    short: 'DGI, Godtgørelse og udbetaling',
    citation: 'DGI. "Godtgørelse og udbetaling" (foreningsledelse, økonomi). dgi.dk. Læst december 2026.',
    url: 'https://www.dgi.dk/foreningsledelse/viden-vaerktoejer/viden-vaerktoejer/oekonomi/godtgoerelse-og-udbetaling',
    read: '2026-12',
    use: {
      da: 'At der i alt højst kan udbetales ca. 6.000 kr. om året skattefrit uden bilag (summen af satserne for telefon og internet, administration og beklædning), og at betaling for arbejdet og skattefri godtgørelse ikke kan kombineres.',
      en: 'That at most about DKK 6,000 a year can be paid tax-free without receipts in all (the sum of the rates for phone and internet, administration and clothing), and that payment for the work and tax-free reimbursement cannot be combined.',
    },
    note: {
      da: 'Ikke en officiel side og uden dato; den henviser til DGI’s og DIF’s vejledning for 2024. Der findes ingen officiel samlet sats: satserne gælder hver for sig.',
      en: 'Not an official page, and undated; it refers to DGI’s and DIF’s guide for 2024. There is no official total rate: the rates apply one by one.',
    },
  },
  {
    id: 'tekniq-2026',
    short: 'TEKNIQ, satser 2026',
    citation:
      'TEKNIQ. "Se satserne for skattefrie kørepenge og diæter i 2026". tekniq.dk. Læst december 2026.',
    url: 'https://www.tekniq.dk/nyheder/se-satserne-for-skattefrie-koerepenge-og-diaeter-i-2026',
    read: '2026-12',
    use: {
      da: 'Statens takster for kørsel i egen bil i 2026: 3,94 kr. pr. km op til 20.000 km om året, 2,28 kr. derover (den lave takst), og 0,64 kr. pr. km på cykel og knallert.',
      en: 'The state rates for driving one’s own car in 2026: DKK 3.94 per km up to 20,000 km a year, DKK 2.28 beyond that (the low rate), and DKK 0.64 per km by bicycle and moped.',
    },
    note: {
      da: 'En brancheorganisations nyhed, der henviser til Skattestyrelsen. Tjek satserne på skat.dk.',
      en: 'A trade organisation’s news item citing the Danish Tax Agency. Check the rates at skat.dk.',
    },
  },
  {
    id: 'glostrup-frivillig',
    short: 'Glostrup Kommunes frivillighedsportal',
    citation:
      'Glostrup Kommune, Frivillighedsportalen. "Kom godt i gang" (rammer om samarbejdet) og "Tavshedspligt og underretningspligt". frivillighedsportal.glostrup.dk. Læst december 2026.',
    url: 'http://frivillighedsportal.glostrup.dk/Institutioner/rammer-om-samarbejdet/kom-godt-i-gang',
    read: '2026-12',
    use: {
      da: 'Hvad en skriftlig aftale med en frivillig bør indeholde: parterne og kontaktpersoner, opgavernes art og omfang, målgruppen og hvem der gør hvad, hvor de frivilliges opgaver slutter, roller og ansvar, tavshedspligt og følsomme personoplysninger, start og slut, faste møder og kontakt, og hvordan samarbejdet slutter. Og at frivillige, der arbejder tæt med sårbare mennesker, bør skrive under på tavshedspligt.',
      en: 'What a written agreement with a volunteer should hold: the parties and contact persons, the kind and scope of the tasks, the target group and who does what, where the volunteers’ tasks end, roles and responsibility, confidentiality and sensitive personal data, start and end, regular meetings and contact, and how the collaboration ends. And that volunteers who work closely with vulnerable people should sign a confidentiality agreement.',
    },
    note: {
      da: 'En kommunes vejledning til samarbejde med frivillige, uden dato. Vi har ikke fundet en liste fra CFSA over, hvad en frivilligaftale skal indeholde.',
      en: 'A municipality’s guide to working with volunteers, undated. We found no list from CFSA of what a volunteer agreement should hold.',
    },
  },
  {
    id: 'frivilligstrategi-trin4',
    short: 'frivilligstrategi.dk, trin 4',
    citation: 'frivilligstrategi.dk. "Trin 4" (tjekliste til en frivilligstrategi). Læst december 2026.',
    url: 'http://frivilligstrategi.dk/trin-4',
    read: '2026-12',
    use: {
      da: 'At det skal være aftalt, hvem der står for den enkelte frivilliges introduktion, vejledning og støtte, og hvem der tager sig af det, hvis der opstår problemer.',
      en: 'That it must be agreed who is responsible for each volunteer’s introduction, guidance and support, and who deals with it if problems arise.',
    },
    note: {
      da: 'Siden viser ingen dato, og den er ikke CFSA’s.',
      en: 'The page shows no date, and it is not CFSA’s.',
    },
  },
  {
    id: 'sl-frivilligt-arbejde',
    short: 'SL a-kasse, frivilligt arbejde',
    citation: 'Socialpædagogerne (SL). "Frivilligt arbejde" (få svar, dagpenge). sl.dk. Læst december 2026.',
    url: 'https://sl.dk/faa-svar/dagpenge/frivilligt-arbejde/',
    read: '2026-12',
    use: {
      da: 'At a-kassen kun regner frivilligt arbejde som foreneligt med dagpenge, når den frivillige ikke er bundet af ansættelsesretlige forpligtelser og ikke har et opsigelsesvarsel. Heraf slutter Peerstart, at en frivilligaftale ikke er en ansættelseskontrakt.',
      en: 'That the a-kasse (unemployment insurance fund) counts volunteer work as compatible with dagpenge only when the volunteer is not bound by duties under employment law and has no notice period. From this Peerstart infers that a volunteer agreement is not a contract of employment.',
    },
    note: {
      da: 'At aftalen ikke er en ansættelseskontrakt, er vores slutning; ingen kilde, vi har læst, siger det med de ord.',
      en: 'That the agreement is not a contract of employment is our inference; no source we read says so in those words.',
    },
  },
  {
    id: 'cfsa-dagpenge',
    short: 'CFSA, frivillige på dagpenge',
    citation:
      'Center for Frivilligt Socialt Arbejde (CFSA). Webguide "Regler for frivillige på dagpenge og efterløn". frivillighed.dk. Læst december 2026.',
    url: 'https://frivillighed.dk/guides/regler-for-frivillige-paa-dagpenge-og-efterloen',
    read: '2026-12',
    use: {
      da: 'At frivillige aktiviteter, der ikke normalt er betalt arbejde (fx besøgsven, almindelige opgaver på værestedet, samvær med socialt udsatte), ikke har nogen grænse for timer på dagpenge; at frivilligt ulønnet arbejde, der kunne være betalt arbejde, har en grænse; at det skal være for en frivillig, almennyttig organisation, ikke en offentlig institution eller en virksomhed; og at man skal tale med a-kassen først.',
      en: 'That volunteer activities which are not normally paid work (e.g. visiting friend, ordinary chores at a drop-in centre, time with socially vulnerable people) have no hour limit on dagpenge; that unpaid volunteer work which could be paid work has a limit; that it must be for a voluntary non-profit organisation, not a public institution or a company; and that one must talk to the a-kasse first.',
    },
  },
  {
    id: 'foa-a-kasse',
    short: 'FOA a-kasse, frivilligt arbejde',
    citation: 'FOA, a-kassen. "Frivilligt arbejde". foa.dk. Læst december 2026.',
    url: 'https://www.foa.dk/a-kasse/frivilligt-arbejde',
    read: '2026-12',
    use: {
      da: 'At frivilligt ulønnet arbejde må være 44 timer om måneden på dagpenge og 65 timer om måneden på efterløn.',
      en: 'That unpaid volunteer work may be 44 hours a month on dagpenge and 65 hours a month on early retirement benefit (efterløn).',
    },
  },
  {
    id: 'mors-frivillig',
    short: 'Morsø Kommune, frivillig uden arbejde',
    citation:
      'Morsø Kommune. Side om at være frivillig, når man er uden arbejde. mors.dk. Læst december 2026.',
    url: 'https://www.mors.dk/borger/frivillighed/uden-arbejde-du-maa-gerne-vaere-frivillig',
    read: '2026-12',
    use: {
      da: 'At man på kontanthjælp må være frivillig, så længe man står til rådighed for et job og fortæller sin sagsbehandler om det, og at man på sygedagpenge må være frivillig, hvis det ikke forsinker, at man bliver rask.',
      en: 'That on social assistance (kontanthjælp) one may volunteer as long as one is available for a job and tells one’s caseworker, and that on sickness benefit one may volunteer if it does not delay recovery.',
    },
    note: {
      da: 'En kommunes side. Vi har ikke fundet jobcentrets eller Styrelsen for Arbejdsmarked og Rekrutterings egen vejledning.',
      en: 'A municipality’s page. We did not find the jobcentre’s or the Danish Agency for Labour Market and Recruitment’s own guidance.',
    },
  },
  {
    id: 'kk-frivillig',
    short: 'Københavns Kommune, frivillig uden arbejde',
    citation:
      'Københavns Kommune. Side om at være frivillig, når man er uden arbejde. kk.dk. Læst december 2026.',
    url: 'https://www.kk.dk/artikel/uden-arbejde-du-maa-gerne-vaere-frivillig',
    read: '2026-12',
    use: {
      da: 'At førtidspension er blandt de ydelser, man kan være frivillig på, og at man kan tale med sin sagsbehandler, hvis man er i tvivl.',
      en: 'That early retirement pension (førtidspension) is among the benefits one can volunteer on, and that one can talk to one’s caseworker when in doubt.',
    },
    note: {
      da: 'En kommunes side. STAR’s side om arbejde og pension handler om betalt arbejde; vi har ikke fundet noget fra STAR om ulønnet frivilligt arbejde.',
      en: 'A municipality’s page. STAR’s page on work and pension is about paid work; we found nothing from STAR on unpaid volunteering.',
    },
  },
  {
    id: 'boerneattest',
    short: 'Ballerup og Fredensborg Kommune, børneattest',
    citation:
      'Ballerup Kommune, "Børneattest" (ballerup.dk), og Fredensborg Kommune, "Børneattester" (fredensborg.dk), sider for foreninger. Læst december 2026.',
    url: 'https://ballerup.dk/brug-byen/foreninger/boerneattest',
    read: '2026-12',
    use: {
      da: 'At en forening skal indhente en børneattest, når den ansætter eller engagerer en person, lønnet eller ulønnet, der får direkte og regelmæssig kontakt med børn under 15 år, og at det sker med personens samtykke.',
      en: 'That an association must obtain a child-protection certificate (børneattest) when it employs or engages a person, paid or unpaid, who will have direct and regular contact with children under 15, and that this is done with the person’s consent.',
    },
    note: {
      da: 'Kommunale sider. Vi har ikke læst børneattestloven selv.',
      en: 'Municipal pages. We did not read the act on child-protection certificates itself.',
    },
  },
  {
    id: 'sm-forsikring',
    short: 'Social- og Boligministeriet, forsikring af frivillige',
    citation:
      'Social- og Boligministeriet. "Information til frivillige – Forsikring". sm.dk. Læst december 2026.',
    url: 'https://www.sm.dk/arbejdsomraader/frivillig-social-indsats/information-til-frivillige/forsikring',
    read: '2026-12',
    use: {
      da: 'At arbejdsskadesikringsloven kan dække ulønnet frivilligt arbejde, men kun når det er arbejde i lovens forstand (fx at samle ind for Kræftens Bekæmpelse, men ikke at være besøgsven hos Røde Kors); at foreninger kan tegne kollektiv ulykkesforsikring og ansvarsforsikring for frivillige; og at kommuner kun kan forsikre frivillige, der udfører arbejde i lovens forstand, og ikke kan tegne kollektiv ulykkesforsikring for folk, de ikke har et formelt ansvar for.',
      en: 'That the Workers’ Compensation Act can cover unpaid volunteer work, but only when it is work in the act’s sense (e.g. collecting for the Danish Cancer Society, but not being a visiting friend with the Red Cross); that associations can take out collective accident and liability insurance for volunteers; and that municipalities can insure only volunteers doing work in the act’s sense, and cannot take out collective accident insurance for people they have no formal responsibility for.',
    },
    note: {
      da: 'Officiel side, uden dato. Ministeriets navn er det, siden havde, da vi læste den.',
      en: 'Official page, undated. The ministry’s name is the one the page had when we read it.',
    },
  },
  {
    id: 'akks-forsikring',
    short: 'AKKS, Foreningsguiden: forsikring',
    citation: 'AKKS. Foreningsguiden: "Forsikring". akks.dk. Læst december 2026.',
    url: 'https://akks.dk/foreningsguiden/forsikring/',
    read: '2026-12',
    use: {
      da: 'Arbejdsmarkedets Erhvervssikrings kriterier for, hvornår en forening skal tegne arbejdsskadeforsikring for frivillige (fx når opgaverne ligger uden for foreningens formål eller går ud over, hvad man med rimelighed kan forvente af en frivillig), og at foreningen bør fortælle de frivillige, hvordan de er dækket, fordi mange tror, de automatisk er forsikret.',
      en: 'The Labour Market Insurance’s criteria for when an association must take out workers’ compensation insurance for volunteers (e.g. when the tasks lie outside the association’s purpose or go beyond what can reasonably be expected of a volunteer), and that the association should tell volunteers how they are covered, because many assume they are covered automatically.',
    },
    note: {
      da: 'Ikke en officiel side; den gengiver Arbejdsmarkedets Erhvervssikring (AES).',
      en: 'Not an official page; it quotes the Labour Market Insurance (AES).',
    },
  },
  {
    id: 'cfsa-forsikring',
    short: 'CFSA, Forsikring af frivillige',
    citation:
      'Center for Frivilligt Socialt Arbejde (CFSA). "Forsikring af frivillige" (pjece) og "Guide: Forsikring af frivillige" (2016), kopier på docplayer.dk. Læst december 2026.',
    url: 'http://docplayer.dk/558651-Forsikring-af-frivillige.html',
    read: '2026-12',
    use: {
      da: 'At frivillige normalt ikke er dækket af foreningens egen arbejdsskade- eller erhvervsansvarsforsikring, og rådet om, at frivillige tjekker deres egen familie- og ulykkesforsikring.',
      en: 'That volunteers are normally not covered by the association’s own workers’ compensation or business liability insurance, and the advice that volunteers check their own household and accident insurance.',
    },
    note: {
      da: 'Ældre tryk, læst som kopier på docplayer.dk; pjecens dato kom ikke med. Peerstart bruger dem kun sammen med ministeriets side.',
      en: 'Older print, read as copies on docplayer.dk; the pamphlet’s date was not in our copy. Peerstart uses them only alongside the ministry’s page.',
    },
  },
  {
    id: 'cfsa-peers',
    short: 'CFSA, Peers som en ressource',
    citation:
      'Center for Frivilligt Socialt Arbejde (CFSA). "Peers som en ressource i frivillige sociale foreninger". frivillighed.dk. Læst december 2026.',
    url: 'https://frivillighed.dk/analyser/artikler/peers-som-en-ressource-i-frivillige-sociale-foreninger',
    read: '2026-12',
    use: {
      da: 'At peers skal være frivillige på lige fod med de andre frivillige og ikke gøres til patienter; at peer-arbejde er krævende relationsarbejde, så det hjælper meget, hvis peers kan sparre med hinanden; og at foreningen skal være klar til både at støtte peeren og give slip.',
      en: 'That peers should be volunteers on equal terms with the other volunteers and not be made into patients; that peer work is demanding relational work, so it helps a lot to reflect with fellow peers; and that the association must be ready both to support the peer and to let go.',
    },
    note: {
      da: 'Artiklen gengiver Peer-Netværkets projektleder på et seminar hos CFSA i 2017.',
      en: 'The article quotes Peer-Netværket’s project leader at a CFSA seminar in 2017.',
    },
  },
  {
    id: 'peernet-netvaerk',
    short: 'Peer-Netværket, netværksgrupper',
    citation: 'Peer-Netværket Danmark. "Lokale netværksgrupper" og "Om os". peernet.dk. Læst december 2026.',
    url: 'https://www.peernet.dk/aktiviteter/lokale-netvaerksgrupper/',
    read: '2026-12',
    use: {
      da: 'At Peer-Netværket støtter peers i både betalte og frivillige roller, fx med lokale netværksgrupper til sparring og peer-træf.',
      en: 'That Peer-Netværket supports peers in paid as well as volunteer roles, e.g. with local network groups for reflection and peer meet-ups.',
    },
    note: {
      da: 'Vi kender ikke datoen for de udgaver af siderne, vi læste.',
      en: 'We do not know the date of the versions of the pages we read.',
    },
  },
  {
    id: 'peerpartnerskabet-frivillig',
    short: 'Peer-Partnerskabet, Bliv frivillig',
    citation:
      'Peer-Partnerskabet (SIND og Det Sociale Netværk). "Bliv frivillig". peerpartnerskabet.dk. Læst december 2026.',
    url: 'https://peerpartnerskabet.dk/blivfrivillig/',
    read: '2026-12',
    use: {
      da: 'At frivillige peers bliver oplært til deres opgaver og får løbende vejledning og sparring af en koordinator.',
      en: 'That volunteer peers are trained for their tasks and get ongoing guidance and reflection with a coordinator.',
    },
  },
  {
    id: 'cfsa-2024',
    short: 'CFSA, tilbud lukket 2024',
    citation:
      'Center for Frivilligt Socialt Arbejde (CFSA). "CFSA lukker store dele af tilbud til frivillige 1. januar". frivillighed.dk. Læst december 2026.',
    url: 'https://frivillighed.dk/nyheder/cfsa-lukker-store-dele-af-tilbud-til-frivillige-1-januar',
    read: '2026-12',
    use: {
      da: 'At CFSA lukkede store dele af sine gratis tilbud, fx kurser, 1. januar 2024, men stadig findes og laver vejledninger.',
      en: 'That CFSA closed large parts of its free offers, e.g. courses, on 1 January 2024, but still exists and publishes guides.',
    },
  },
];

/** Looks a source up by id. */
export function sourceById(id: SourceId): Source {
  const found = sources.find((s) => s.id === id);
  if (!found) throw new Error(`Unknown source ${id}`);
  return found;
}
