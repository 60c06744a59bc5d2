/**
 * Practicalities: what the hiring must settle besides the role itself – qualifications, hours,
 * terms, supervision, peer sparring, the peer worker's own thoughts and an agreement on openness –
 * and the function description. Facts from Peer-Netværket / PeerMidt's hiring page, Peer-støtte i
 * Region Hovedstaden, FOA, Peer-Netværket (2021), Social- og Boligstyrelsen, funktionærloven and
 * the act on active employment (LAB-loven), in our own words; each fact names its sources. Field, option, prompt and item ids are storage keys: never change them.
 *
 * A volunteer case (issue 22) reads the same screen without employment law: hours and terms are
 * `only: 'employment'`; a volunteer agreement, expenses and tax-free reimbursement, insurance, and
 * introduction and training are `only: 'volunteer'`; the rest speaks with its `volunteer` wording.
 * The volunteer facts come from skat.dk, the Social- og Boligministeriet, CFSA, a-kasser,
 * municipalities' volunteer pages and Peer-Netværket, read in December 2026; where only a
 * non-official page says it, the text says so (see docs/content.md, "Frivillige peers i en forening").
 */
import type { SourceId } from './sources';
import { type AdviceId, type CaseKind, forKind, type KindScoped, type Text, type TextFn } from './types';

export const PEER_EDUCATION_OPTIONS = ['yes', 'in-progress', 'no'] as const;
export type PeerEducation = (typeof PEER_EDUCATION_OPTIONS)[number];

/** 'wage-subsidy' (løntilskudsjob for førtidspensionister) was added later; the display order is not a storage key. */
export const TERMS_OPTIONS = ['ordinary', 'fleksjob', 'wage-subsidy', 'other'] as const;
export type Terms = (typeof TERMS_OPTIONS)[number];

export const peerEducationLabels: Readonly<Record<PeerEducation, Text>> = {
  yes: { da: 'Ja', en: 'Yes' },
  'in-progress': { da: 'I gang / planlagt', en: 'Under way / planned' },
  no: { da: 'Nej', en: 'No' },
};

/** The terms of an employment: not in a volunteer case. */
export const termsLabels: Readonly<Record<Terms, Text & KindScoped>> = {
  ordinary: { da: 'Almindelige vilkår', en: 'Ordinary terms', only: 'employment' },
  fleksjob: { da: 'Fleksjob', en: 'Flexi-job', only: 'employment' },
  // "Løntilskudsjob for førtidspensionister" in full in the section's introduction; short on the button.
  'wage-subsidy': { da: 'Løntilskudsjob', en: 'Wage-subsidised job', only: 'employment' },
  other: { da: 'Andet', en: 'Other', only: 'employment' },
};

/**
 * The sections of the screen; each counts once towards progress when anything in it is filled, in
 * the cases whose kind it belongs to (`practicalitiesSectionsFor`). The last four are a volunteer's.
 */
export const PRACTICALITIES_SECTIONS = [
  'qualifications',
  'hours',
  'terms',
  'supervision',
  'sparring',
  'functionDescription',
  'peerVoice',
  'disclosure',
  'agreement',
  'expenses',
  'insurance',
  'introduction',
] as const;
export type PracticalitiesSection = (typeof PRACTICALITIES_SECTIONS)[number];

/** A fact shown under a section's introduction, with the sources it comes from. */
export interface SectionFact extends KindScoped {
  text: Text;
  sources: readonly SourceId[];
}

export interface SectionText extends KindScoped {
  title: Text;
  intro: Text;
  advice?: AdviceId;
  facts?: readonly SectionFact[];
}

export const practicalitiesSections: Readonly<Record<PracticalitiesSection, SectionText>> = {
  qualifications: {
    title: {
      da: 'Kvalifikationer',
      en: 'Qualifications',
      volunteer: { da: 'Erfaringer og baggrund', en: 'Experience and background' },
    },
    intro: {
      da: 'Mange peer-medarbejdere har taget en peer-uddannelse, som findes i flere lokale udgaver. Ud over den er baggrunden vidt forskellig. Levede erfaringer og egen recovery vejer ofte tungere end formel uddannelse.',
      en: 'Many peer workers have taken a peer education, which exists in several local versions. Beyond that, backgrounds vary widely. Lived experience and one’s own recovery often weigh more than formal education.',
      volunteer: {
        da: 'Den frivillige peer har levede erfaringer og sin egen recovery med sig. Nogle har også taget en peer-uddannelse eller et kursus, andre ikke. Skriv, hvad den frivillige peer har med sig, så I kan se, hvad der kan være brug for af introduktion og oplæring.',
        en: 'The volunteer peer brings lived experience and their own recovery. Some have also taken a peer education or a course, others have not. Write down what the volunteer peer brings, so you can see what introduction and training may be needed.',
      },
    },
    advice: 'hire-right',
  },
  hours: {
    only: 'employment',
    title: { da: 'Timetal', en: 'Hours' },
    intro: {
      da: 'Overvej timetallet som for enhver anden faggruppe. Det varierer meget fra sted til sted.',
      en: 'Consider the hours as for any other profession. They vary a lot from place to place.',
    },
  },
  terms: {
    only: 'employment',
    title: { da: 'Vilkår og løn', en: 'Terms and pay' },
    intro: {
      da: 'Ansættelsen er typisk ordinær, men kan også være et fleksjob eller et løntilskudsjob for førtidspensionister. Hvilken overenskomst der gælder, afhænger af, hvor stillingen er – i en region eller en kommune. Punkterne nedenfor siger, hvad vi har kunnet læse os til; tjek altid den gældende overenskomst.',
      en: 'Employment is typically ordinary, but can also be a flexi-job or a wage-subsidised job for people on early retirement pension. Which collective agreement applies depends on where the post is – in a region or a municipality. The points below say what we have been able to read; always check the current agreement.',
    },
    advice: 'equal-terms',
    facts: [
      {
        text: {
          da: 'I regionernes psykiatri ansættes peer-medarbejdere efter FOA’s overenskomst for peer-medarbejdere. Den er et protokollat (protokollat 5, da vi læste den) til overenskomsten for social- og sundhedshjælpere på det regionale område, med mulighed for individuelle tillæg. Peer-Netværket har kaldt aftalen ufordelagtig for peer-medarbejdere (2021). Tjek den gældende udgave, før I aftaler løn.',
          en: 'In the regions’ psychiatric services, peer workers are employed under FOA’s collective agreement for peer workers. It is a protocol (protocol 5 when we read it) to the regional agreement for social and healthcare helpers, with room for individual supplements. Peer-Netværket has called the agreement unfavourable to peer workers (2021). Check the current version before you agree on pay.',
        },
        sources: ['foa-peer', 'peernet-2021'],
      },
      {
        text: {
          da: 'I kommunerne og andre steder ansættes peer-medarbejderen lokalt, og løn og arbejdstid aftales ofte lokalt. Egne erfaringer med psykiske vanskeligheder og recovery er ikke en overenskomstmæssigt anerkendt kompetence. Har peer-medarbejderen ikke en uddannelse, der giver løn efter overenskomsten, bliver ansættelsen derfor typisk som ufaglært; nogle steder gives tillæg for andre uddannelser.',
          en: 'In the municipalities and elsewhere, the peer worker is employed locally, and pay and working hours are often agreed locally. One’s own experience of mental health difficulties and recovery is not a competence recognised by the collective agreements. Without an education that carries pay under the agreement, the peer worker is therefore typically employed as unskilled; some places pay a supplement for other education.',
        },
        sources: ['peerstoette-terms'],
      },
      {
        text: {
          da: 'Funktionærloven gælder, når peer-medarbejderen i gennemsnit arbejder mere end 8 timer om ugen og udfører en af de typer arbejde, loven opregner. Tjek, om det gælder jeres stilling. En prøvetid er højst 3 måneder og skal være aftalt skriftligt, fx i ansættelseskontrakten.',
          en: 'The Danish Salaried Employees Act (funktionærloven) applies when the peer worker works more than 8 hours a week on average and does one of the kinds of work the act lists. Check whether that holds for your post. A trial period is at most 3 months and must be agreed in writing, e.g. in the employment contract.',
        },
        sources: ['funktionaerloven'],
      },
      {
        text: {
          da: 'Et fleksjob kræver, at kommunen (jobcentret) har godkendt peer-medarbejderen til fleksjob. Det gives ved varige og væsentlige begrænsninger i arbejdsevnen, når et job på normale vilkår ikke er muligt, og ikke til den, der får førtidspension.',
          en: 'A flexi-job requires that the municipality (the jobcentre) has approved the peer worker for a flexi-job. It is granted for a lasting and substantial limitation of working capacity, when a job on normal terms is not possible, and not to someone who receives early retirement pension.',
        },
        sources: ['lab-fleksjob'],
      },
      {
        text: {
          da: 'Et løntilskudsjob er derimod kun for den, der får førtidspension: pensionen fortsætter, og kommunen giver et tilskud til lønnen. Jobcentret godkender jobbet, før ansættelsen begynder.',
          en: 'A wage-subsidised job, by contrast, is only for someone who receives early retirement pension: the pension continues, and the municipality subsidises the pay. The jobcentre approves the job before the employment begins.',
        },
        sources: ['lab-fleksjob'],
      },
      {
        text: {
          da: 'Får peer-medarbejderen førtidspension eller andre offentlige ydelser, kan lønnen påvirke fx pensionen, boligstøtte og medicintilskud. Peer-medarbejderen bør tjekke det med sin sagsbehandler, før aftalen er på plads, og orientere sagsbehandleren ved fleksjob eller løntilskud.',
          en: 'If the peer worker receives early retirement pension or other public benefits, the pay can affect e.g. the pension, housing benefit and medicine subsidy. The peer worker should check with their caseworker before the agreement is settled, and inform the caseworker in a flexi-job or wage-subsidised job.',
        },
        sources: ['peerstoette-terms'],
      },
      {
        text: {
          da: 'Har peer-medarbejderen en kronisk eller langvarig sygdom, der ventes at give mindst 10 sygedage om året, kan hun eller han vælge at søge en § 56-aftale efter sygedagpengeloven. Så får arbejdsgiveren sygedagpenge refunderet fra første sygedag, men kun for fravær på grund af den sygdom, aftalen gælder. Det er medarbejderens valg, kommunen godkender aftalen, og det er ikke noget, I forventer af en peer-medarbejder frem for andre.',
          en: 'If the peer worker has a chronic or long-term illness expected to cause at least 10 days of sickness a year, they may choose to apply for a § 56 agreement under the Sickness Benefit Act (sygedagpengeloven). The employer is then refunded sickness benefit from the first day of sickness, but only for absence due to the illness the agreement covers. It is the employee’s choice, the municipality approves the agreement, and it is nothing you expect of a peer worker more than of others.',
        },
        sources: ['sygedagpenge-56'],
      },
      {
        text: {
          da: 'Tilbyd en frivillig trivselsplan til alle medarbejdere – ikke kun peer-medarbejderen: hvad hjælper, når arbejdet bliver hårdt, og hvem siger man det til? Det er medarbejderens egen plan, og den deles kun, hvis medarbejderen vil.',
          en: 'Offer a voluntary wellbeing plan to every employee – not only the peer worker: what helps when work gets hard, and who do you tell? It is the employee’s own plan, shared only if they want to.',
        },
        sources: [],
      },
    ],
  },
  supervision: {
    title: {
      da: 'Supervision',
      en: 'Supervision',
      volunteer: { da: 'Supervision og vejledning', en: 'Supervision and guidance' },
    },
    intro: {
      da: 'Aftal, hvem der giver supervision, og hvor ofte – fx en ekstern supervisor med peer-baggrund eller en erfaren kollega.',
      en: 'Agree who gives supervision and how often – e.g. an external supervisor with a peer background or an experienced colleague.',
      volunteer: {
        da: 'Aftal, hvem den frivillige peer kan gå til med det, der er svært, og hvor ofte I taler sammen – fx koordinatoren, en erfaren frivillig eller en ekstern supervisor med peer-baggrund.',
        en: 'Agree who the volunteer peer can turn to with what is hard, and how often you talk – e.g. the coordinator, an experienced volunteer or an external supervisor with a peer background.',
      },
    },
    facts: [
      {
        only: 'volunteer',
        text: {
          da: 'Hos Peer-Partnerskabet (SIND og Det Sociale Netværk) bliver frivillige peers oplært til deres opgaver og får løbende vejledning og sparring af en koordinator.',
          en: 'At Peer-Partnerskabet (SIND and Det Sociale Netværk), volunteer peers are trained for their tasks and get ongoing guidance and reflection with a coordinator.',
        },
        sources: ['peerpartnerskabet-frivillig'],
      },
    ],
  },
  sparring: {
    title: {
      da: 'Sparring med andre peer-medarbejdere',
      en: 'Reflection with other peer workers',
      volunteer: { da: 'Sparring med andre frivillige peers', en: 'Reflection with other volunteer peers' },
    },
    intro: {
      da: 'Hvor møder peer-medarbejderen andre peer-medarbejdere? Fx et lokalt netværk, intervision eller Peer-Netværkets fællesskab.',
      en: 'Where does the peer worker meet other peer workers? E.g. a local network, peer group supervision or Peer-Netværket’s community.',
      volunteer: {
        da: 'Hvor kan den frivillige peer sparre med andre, der også bruger deres egne erfaringer? Fx med de andre frivillige peers i foreningen, i intervision, i et lokalt netværk eller i Peer-Netværkets netværksgrupper.',
        en: 'Where can the volunteer peer reflect with others who also use their own experience? E.g. with the other volunteer peers in the association, in peer group supervision, in a local network or in Peer-Netværket’s network groups.',
      },
    },
    advice: 'sparring',
    facts: [
      {
        only: 'volunteer',
        text: {
          da: 'Peer-arbejde er krævende relationsarbejde, så det hjælper meget, når peers kan sparre med hinanden. Foreningen skal være klar til både at støtte den frivillige peer og give slip.',
          en: 'Peer work is demanding relational work, so it helps a lot when peers can reflect with each other. The association must be ready both to support the volunteer peer and to let go.',
        },
        sources: ['cfsa-peers'],
      },
      {
        only: 'volunteer',
        text: {
          da: 'Peer-Netværket støtter peers i både betalte og frivillige roller, fx med lokale netværksgrupper og peer-træf.',
          en: 'Peer-Netværket supports peers in paid as well as volunteer roles, e.g. with local network groups and peer meet-ups.',
        },
        sources: ['peernet-netvaerk'],
      },
    ],
  },
  functionDescription: {
    title: {
      da: 'Funktionsbeskrivelse',
      en: 'Job description',
      volunteer: { da: 'Beskrivelse af den frivillige opgave', en: 'Description of the volunteer task' },
    },
    intro: {
      da: 'Alle erfaringer viser, at en tydelig funktionsbeskrivelse er vigtig. Lav et udkast ud fra jeres aftalte rollestjerne, og ret det til, så det passer.',
      en: 'All experience shows that a clear job description matters. Draft one from your agreed Role Star, then edit it until it fits.',
      volunteer: {
        da: 'En tydelig beskrivelse af opgaven gør det lettere for alle at vide, hvad den frivillige peer gør – og ikke gør. Lav et udkast ud fra jeres aftalte rollestjerne, og ret det til, så det passer.',
        en: 'A clear description of the task makes it easier for everyone to know what the volunteer peer does – and does not do. Draft one from your agreed Role Star, then edit it until it fits.',
      },
    },
  },
  peerVoice: {
    title: {
      da: 'Peer-medarbejderens egne overvejelser',
      en: 'The peer worker’s own thoughts',
      volunteer: { da: 'Den frivillige peers egne overvejelser', en: 'The volunteer peer’s own thoughts' },
    },
    intro: {
      da: 'Mange peer-medarbejdere har de samme overvejelser, når de starter: Er mine erfaringer noget værd? Hvor anderledes skal jeg være? Hvor går mine grænser? Peer-medarbejderen svarer med sine egne ord, og lederen lytter. Svarene er peer-medarbejderens egne: de er skjult på skærmen, til nogen trykker på dem, og kommer kun med i en PDF, hvis peer-medarbejderen selv siger ja.',
      en: 'Many peer workers have the same thoughts when they start: Is my experience worth something? How different should I be? Where are my limits? The peer worker answers in their own words, and the manager listens. The answers are the peer worker’s own: they are hidden on the screen until someone taps to show them, and go into a PDF only if the peer worker says yes.',
      volunteer: {
        da: 'Mange peers har de samme overvejelser, når de starter: Er mine erfaringer noget værd? Hvor anderledes skal jeg være? Hvor går mine grænser? Den frivillige peer svarer med sine egne ord, og koordinatoren lytter. Svarene er den frivillige peers egne: de er skjult på skærmen, til nogen trykker på dem, og kommer kun med i en PDF, hvis den frivillige peer selv siger ja.',
        en: 'Many peers have the same thoughts when they start: Is my experience worth something? How different should I be? Where are my limits? The volunteer peer answers in their own words, and the coordinator listens. The answers are the volunteer peer’s own: they are hidden on the screen until someone taps to show them, and go into a PDF only if the volunteer peer says yes.',
      },
    },
    facts: [
      {
        text: {
          da: 'De tre første spørgsmål er dem, peer-medarbejdere selv har sat ord på. Det fjerde er vores eget.',
          en: 'The first three questions are the ones peer workers themselves have put into words. The fourth is our own.',
          volunteer: {
            da: 'De tre første spørgsmål er dem, peers i betalte job selv har sat ord på; de passer også, når man er frivillig. Det fjerde er vores eget.',
            en: 'The first three questions are the ones peers in paid posts have put into words themselves; they fit a volunteer too. The fourth is our own.',
          },
        },
        sources: ['rasmussen-johansen-2015'],
      },
    ],
  },
  disclosure: {
    title: { da: 'Aftale om åbenhed', en: 'An agreement on openness' },
    intro: {
      da: 'Det er peer-medarbejderen, der bestemmer over sin egen historie. Aftal, hvad der deles med hvem og hvornår, og skriv det ned, så alle ved, hvad der gælder. Tavshedspligt og dokumentation aftales med lederen, som for alle andre. Aftalen er peer-medarbejderens egen: den er skjult på skærmen og kommer kun med i en PDF, hvis peer-medarbejderen siger ja.',
      en: 'The peer worker is in charge of their own story. Agree what is shared with whom and when, and write it down so everyone knows what applies. Confidentiality and record keeping are agreed with the manager, as for everyone else. The agreement is the peer worker’s own: it is hidden on the screen and goes into a PDF only if the peer worker says yes.',
      volunteer: {
        da: 'Det er den frivillige peer, der bestemmer over sin egen historie. Aftal, hvad der deles med hvem og hvornår, og skriv det ned, så alle ved, hvad der gælder. Tavshedspligt aftales med koordinatoren, som for alle frivillige. Aftalen er den frivillige peers egen: den er skjult på skærmen og kommer kun med i en PDF, hvis den frivillige peer siger ja.',
        en: 'The volunteer peer is in charge of their own story. Agree what is shared with whom and when, and write it down so everyone knows what applies. Confidentiality is agreed with the coordinator, as for every volunteer. The agreement is the volunteer peer’s own: it is hidden on the screen and goes into a PDF only if the volunteer peer says yes.',
      },
    },
    facts: [
      {
        only: 'volunteer',
        text: {
          da: 'Punkterne er vores egne. At tavshedspligt og følsomme personoplysninger hører med i aftalen med en frivillig, bygger på Glostrup Kommunes vejledning om frivillige.',
          en: 'The points are our own. That confidentiality and sensitive personal data belong in the agreement with a volunteer builds on Glostrup Kommune’s guide on volunteers.',
        },
        sources: ['glostrup-frivillig'],
      },
      {
        only: 'employment',
        text: {
          da: 'Punkterne er vores egne. At tavshedspligt og dokumentation aftales med lederen, bygger på Peer-støtte i Region Hovedstaden.',
          en: 'The points are our own. That confidentiality and record keeping are agreed with the manager builds on Peer-støtte i Region Hovedstaden.',
        },
        sources: ['peerstoette-terms'],
      },
    ],
  },
  // A volunteer case's own sections (issue 22).
  agreement: {
    only: 'volunteer',
    title: { da: 'Frivilligaftale', en: 'Volunteer agreement' },
    intro: {
      da: 'Skriv ned, hvad I har aftalt: opgaverne, cirka hvor meget tid, hvem der støtter den frivillige peer, tavshedspligt, og hvordan man holder pause eller stopper. Aftalen er en gensidig forventningsafstemning.',
      en: 'Write down what you have agreed: the tasks, roughly how much time, who supports the volunteer peer, confidentiality, and how to take a break or stop. The agreement is about aligning expectations on both sides.',
    },
    facts: [
      {
        text: {
          da: 'En kommunal vejledning om frivillige anbefaler en skriftlig aftale, der bl.a. beskriver opgaverne og deres omfang, roller og ansvar, tavshedspligt og følsomme personoplysninger, start og slut, faste møder – og hvordan samarbejdet slutter. Arbejder frivillige tæt med sårbare mennesker, anbefaler den også, at de skriver under på tavshedspligt.',
          en: 'A municipal guide on volunteers recommends a written agreement that describes, among other things, the tasks and their scope, roles and responsibility, confidentiality and sensitive personal data, start and end, regular meetings – and how the collaboration ends. When volunteers work closely with vulnerable people, it also recommends that they sign a confidentiality agreement.',
        },
        sources: ['glostrup-frivillig'],
      },
      {
        text: {
          da: 'Aftal, hvem der står for den frivilliges introduktion, vejledning og støtte, og hvem der tager sig af det, hvis der opstår problemer.',
          en: 'Agree who is responsible for the volunteer’s introduction, guidance and support, and who deals with it if problems arise.',
        },
        sources: ['frivilligstrategi-trin4'],
      },
      {
        text: {
          da: 'Frivilligaftalen er ikke en kontrakt om betalt arbejde, og der er intet opsigelsesvarsel: den frivillige kan stoppe, når hun eller han vil. Det er vores slutning ud fra a-kassernes regler for frivilligt arbejde; ingen kilde, vi har læst, siger det med de ord.',
          en: 'The volunteer agreement is not a contract for paid work, and there is no notice period: the volunteer can stop whenever they want. That is our reading of the a-kasser’s rules on volunteer work; no source we read says so in those words.',
        },
        sources: ['sl-frivilligt-arbejde'],
      },
      {
        text: {
          da: 'Får den frivillige peer direkte og regelmæssig kontakt med børn under 15 år, fx i en aktivitet for familier eller pårørende, skal foreningen indhente en børneattest – med den frivilliges samtykke.',
          en: 'If the volunteer peer will have direct and regular contact with children under 15, e.g. in an activity for families or relatives, the association must obtain a child-protection certificate (børneattest) – with the volunteer’s consent.',
        },
        sources: ['boerneattest'],
      },
      {
        text: {
          da: 'På dagpenge må man gerne være frivillig i en frivillig, almennyttig forening, men tal med a-kassen først. Frivillige aktiviteter, der ikke normalt er betalt arbejde – fx samvær og almindelige opgaver på et værested – har ingen grænse for timer. Frivilligt ulønnet arbejde, der kunne være betalt arbejde, må højst være 44 timer om måneden (65 timer på efterløn). Hvilken slags den frivillige peers opgave er, afgør a-kassen.',
          en: 'On dagpenge (insurance benefit for people out of work) one may volunteer in a voluntary non-profit association, but talk to the a-kasse first. Volunteer activities that are not normally paid work – e.g. time with others and ordinary chores at a drop-in centre – have no hour limit. Unpaid volunteer work that could be paid work may be at most 44 hours a month (65 hours on efterløn). The a-kasse decides which kind the volunteer peer’s task is.',
        },
        sources: ['cfsa-dagpenge', 'foa-a-kasse'],
      },
      {
        text: {
          da: 'På kontanthjælp må man være frivillig, så længe man stadig står til rådighed for et job; fortæl sagsbehandleren om det. Med førtidspension kan man som udgangspunkt også være frivillig; tal med kommunen, hvis du er i tvivl. Det står på kommunernes sider; vi har ikke fundet jobcentrets eller STAR’s egen vejledning om det.',
          en: 'On kontanthjælp (social assistance) one may volunteer as long as one is still available for a job; tell the caseworker. On førtidspension (early retirement pension) one can as a rule volunteer too; talk to the municipality if in doubt. This is from municipal pages; we did not find the jobcentre’s or STAR’s own guidance on it.',
        },
        sources: ['mors-frivillig', 'kk-frivillig'],
      },
    ],
  },
  expenses: {
    only: 'volunteer',
    title: { da: 'Udgifter og skattefri godtgørelse', en: 'Expenses and tax-free reimbursement' },
    intro: {
      da: 'Den frivillige peer er ulønnet. Foreningen kan dække de udgifter, den frivillige har haft for foreningen – mod kvittering eller som skattefri godtgørelse inden for Skatterådets satser. Aftal, hvad foreningen dækker, og hvordan man afregner. Satserne ændres: tjek de aktuelle satser på skat.dk.',
      en: 'The volunteer peer is unpaid. The association can cover the expenses the volunteer has had for the association – against receipts or as tax-free reimbursement within the Tax Council’s rates. Agree what the association covers and how to claim it. The rates change: check the current rates at skat.dk.',
    },
    facts: [
      {
        text: {
          da: 'Er den frivillige ulønnet og hjælper med foreningens skattefri virksomhed, kan foreningen dække udgifter, den frivillige har haft for foreningen, skattefrit inden for Skatterådets satser. Der betales ikke AM-bidrag af det. Det gælder fx almennyttige, sociale og humanitære foreninger, men ikke fagforeninger.',
          en: 'If the volunteer is unpaid and helps with the association’s tax-exempt activity, the association can cover expenses the volunteer has had for it tax-free, within the Tax Council’s rates. No labour-market contribution (AM-bidrag) is paid on it. This applies e.g. to charitable, social and humanitarian associations, but not to trade unions.',
        },
        sources: ['skat-7m', 'skat-lv-7m'],
      },
      {
        text: {
          da: 'Ifølge frivilligcentrenes vejledninger kan en kommune ikke give sine frivillige skattefri godtgørelse efter de samme regler. Det har vi ikke fundet på skat.dk.',
          en: 'According to volunteer centres’ guides, a municipality cannot give its volunteers tax-free reimbursement under the same rules. We did not find this on skat.dk.',
        },
        sources: ['fcmf-skat'],
      },
      {
        text: {
          da: 'Har den frivillige lagt ud for foreningen, kan foreningen betale pengene tilbage mod kvittering. Det er ikke indkomst og skal ikke indberettes. Foreningen kan også give et forskud, som den frivillige afregner bagefter. Den samme slags udgift kan ikke dækkes både mod kvittering og med en fast sats i samme år, men forskellige slags kan godt blandes.',
          en: 'If the volunteer has paid out for the association, the association can pay it back against receipts. That is not income and is not reported. The association can also give an advance, which the volunteer accounts for afterwards. The same kind of expense cannot be covered both against receipts and by a flat rate in one year, but different kinds can be mixed.',
        },
        sources: ['cfsa-skat', 'bek-2103-2021'],
      },
      {
        text: {
          da: 'Uden bilag kan foreningen give faste beløb om året, hver slags udgift for sig. I 2024 var satserne 2.450 kr. til telefon og internet og 1.500 kr. til administrative udgifter (fx kontorartikler, porto og møder); til særlig beklædning var satsen 2.050 kr. i 2023. Det er de nyeste satser, vi har kunnet finde, og de er fra foreningers sider, ikke fra skat.dk. Tjek satserne for i år på skat.dk.',
          en: 'Without receipts the association can give fixed amounts a year, each kind of expense on its own. In 2024 the rates were DKK 2,450 for phone and internet and DKK 1,500 for administrative expenses (e.g. office supplies, postage and meetings); for special clothing the rate was DKK 2,050 in 2023. These are the newest rates we could find, and they are from associations’ pages, not from skat.dk. Check this year’s rates at skat.dk.',
        },
        sources: ['aftenskole-satser-2024', 'fcmf-skat', 'bek-2103-2021'],
      },
      {
        text: {
          da: 'Der er ingen samlet sats: hver slags udgift har sit eget loft. Lagt sammen giver satserne for 2022–24 ca. 6.000 kr. om året, som DGI nævner som grænsen i alt.',
          en: 'There is no total rate: each kind of expense has its own ceiling. Added up, the 2022–24 rates come to about DKK 6,000 a year, which DGI names as the limit in all.',
        },
        sources: ['dgi-godtgoerelse'],
      },
      {
        text: {
          da: 'Stiller foreningen selv telefon, internet eller computer til rådighed, er den frivillige stadig ulønnet og betaler ikke skat af privat brug – men kan så ikke også få godtgørelse til telefon og internet. Der er ingen fast sats for computer.',
          en: 'If the association itself provides a phone, internet or a computer, the volunteer is still unpaid and pays no tax on private use – but cannot then also be reimbursed for phone and internet. There is no flat rate for a computer.',
        },
        sources: ['skat-7m'],
      },
      {
        text: {
          da: 'Betaler foreningen mere end satserne, bliver alle godtgørelserne skattepligtige – også det, der ellers var skattefrit.',
          en: 'If the association pays more than the rates, all the reimbursements become taxable – including what would otherwise have been tax-free.',
        },
        sources: ['skat-satser-2019'],
      },
      {
        text: {
          da: 'Skattefri godtgørelse kræver, at den frivillige er ulønnet: man kan ikke få betaling fra foreningen for det samme arbejde i samme år. Ifølge foreningernes vejledninger gælder det pr. forening, så en peer med betalt arbejde et andet sted godt kan være ulønnet frivillig i en forening.',
          en: 'Tax-free reimbursement requires that the volunteer is unpaid: one cannot be paid by the association for the same work in the same year. According to associations’ guides this applies per association, so a peer with paid work elsewhere can still be an unpaid volunteer in an association.',
        },
        sources: ['dgi-godtgoerelse', 'fcmf-skat'],
      },
      {
        text: {
          da: 'Kører den frivillige i egen bil for foreningen, kan foreningen betale kørepenge op til statens takst: i 2026 højst 3,94 kr. pr. km op til 20.000 km om året og 2,28 kr. derover (på cykel og knallert 0,64 kr.). Foreningen kan vælge at betale mindre, fx kun den lave takst, men reglerne begrænser ikke den frivillige til den. Kørslen skal stå i en kørebog (navn, adresse, cpr-nummer, formål, dato, rute, km og sats); et fast beløb om året for kørsel er ikke tilladt. 60-dages-reglen gælder ikke for frivillige. Satserne for 2026 har vi fra en brancheorganisation, der henviser til Skattestyrelsen: tjek dem på skat.dk.',
          en: 'If the volunteer drives their own car for the association, the association can pay mileage up to the state rate: in 2026 at most DKK 3.94 per km up to 20,000 km a year and DKK 2.28 beyond that (DKK 0.64 by bicycle and moped). The association may choose to pay less, e.g. only the low rate, but the rules do not limit the volunteer to it. The trips must be in a mileage log (name, address, CPR number, purpose, date, route, km and rate); a fixed yearly amount for driving is not allowed. The 60-day rule does not apply to volunteers. The 2026 rates are from a trade organisation citing the Danish Tax Agency: check them at skat.dk.',
        },
        sources: ['tekniq-2026', 'fcmf-skat', 'skat-satser-2019'],
      },
    ],
  },
  insurance: {
    only: 'volunteer',
    title: { da: 'Forsikring', en: 'Insurance' },
    intro: {
      da: 'Aftal, hvordan den frivillige peer er dækket, hvis der sker en ulykke, eller hvis den frivillige kommer til at skade nogen eller noget – og skriv det ned.',
      en: 'Agree how the volunteer peer is covered if there is an accident, or if the volunteer causes harm or damage – and write it down.',
    },
    facts: [
      {
        text: {
          da: 'Om den frivillige er dækket af arbejdsskadesikringsloven, afhænger af opgaven. Loven kan dække ulønnet frivilligt arbejde, men kun når det regnes som arbejde – fx at samle ind for Kræftens Bekæmpelse. At være besøgsven hos Røde Kors er en social aktivitet og regnes ikke som arbejde. Vores vurdering er, at mange peer- og samværsopgaver derfor ikke er dækket.',
          en: 'Whether the volunteer is covered by the Workers’ Compensation Act depends on the task. The act can cover unpaid volunteer work, but only when it counts as work – e.g. collecting for the Danish Cancer Society. Being a visiting friend with the Red Cross is a social activity and does not count as work. Our assessment is that many peer and social tasks are therefore not covered.',
        },
        sources: ['sm-forsikring'],
      },
      {
        text: {
          da: 'Foreningen skal dog tegne arbejdsskadeforsikring for frivillige, fx når opgaverne ligger uden for foreningens formål eller går ud over, hvad man med rimelighed kan forvente af en frivillig. Det siger Arbejdsmarkedets Erhvervssikring, som AKKS gengiver. Mange frivillige tror, de automatisk er forsikret, så fortæl den frivillige, hvordan hun eller han er dækket.',
          en: 'The association must, however, take out workers’ compensation insurance for volunteers, e.g. when the tasks lie outside the association’s purpose or go beyond what can reasonably be expected of a volunteer. So says the Labour Market Insurance (AES), as quoted by AKKS. Many volunteers assume they are covered automatically, so tell the volunteer how they are covered.',
        },
        sources: ['akks-forsikring'],
      },
      {
        text: {
          da: 'Foreningen kan tegne en kollektiv ulykkesforsikring og en ansvarsforsikring for sine frivillige. Frivillige er normalt ikke dækket af foreningens egen arbejdsskade- eller erhvervsansvarsforsikring, så den frivillige bør også tjekke sin egen familie- og ulykkesforsikring.',
          en: 'The association can take out collective accident insurance and liability insurance for its volunteers. Volunteers are normally not covered by the association’s own workers’ compensation or business liability insurance, so the volunteer should also check their own household and accident insurance.',
        },
        sources: ['sm-forsikring', 'cfsa-forsikring'],
      },
      {
        text: {
          da: 'Samarbejder foreningen med kommunen, så regn ikke med kommunens forsikring: en kommune kan kun forsikre frivillige, der udfører arbejde i arbejdsskadesikringslovens forstand. Den kan ikke forsikre frivillige indsatser i det hele taget og kan ikke tegne en kollektiv ulykkesforsikring for folk, den ikke har et formelt ansvar for.',
          en: 'If the association works with the municipality, do not count on the municipality’s insurance: a municipality can insure only volunteers doing work in the sense of the Workers’ Compensation Act. It cannot insure volunteer activity in general and cannot take out collective accident insurance for people it has no formal responsibility for.',
        },
        sources: ['sm-forsikring'],
      },
    ],
  },
  introduction: {
    only: 'volunteer',
    title: { da: 'Introduktion og oplæring', en: 'Introduction and training' },
    intro: {
      da: 'Aftal, hvordan den frivillige peer bliver taget godt imod: hvem giver introduktionen, hvad skal man vide fra første gang, og hvilken oplæring eller hvilke kurser er der brug for?',
      en: 'Agree how the volunteer peer is made welcome: who gives the introduction, what one needs to know from the first time, and what training or courses are needed?',
    },
    advice: 'equal-terms',
    facts: [
      {
        text: {
          da: 'Peers skal være frivillige på lige fod med de andre frivillige og må ikke gøres til patienter.',
          en: 'Peers should be volunteers on equal terms with the other volunteers and must not be made into patients.',
        },
        sources: ['cfsa-peers'],
      },
      {
        text: {
          da: 'Center for Frivilligt Socialt Arbejde (CFSA) har stadig vejledninger om frivillighed, men lukkede store dele af sine gratis tilbud, fx kurser, 1. januar 2024. Spørg efter kurser i jeres egen forening eller landsorganisation.',
          en: 'The Danish centre for voluntary social work (CFSA) still has guides on volunteering, but closed large parts of its free offers, e.g. courses, on 1 January 2024. Ask about courses in your own association or national organisation.',
        },
        sources: ['cfsa-2024'],
      },
    ],
  },
};

/** The questions in "The peer worker's own thoughts". Ids are storage keys: never change them. */
export const voicePrompts = [
  {
    id: 'worth',
    prompt: { da: 'Er mine erfaringer noget værd her?', en: 'Is my experience worth something here?' },
    hint: {
      da: 'Hvilke af dine erfaringer kan gøre en forskel i jobbet, og hvordan vil du gerne bruge dem?',
      en: 'Which of your experiences could make a difference in the job, and how would you like to use them?',
      volunteer: {
        da: 'Hvilke af dine erfaringer kan gøre en forskel for brugerne og medlemmerne, og hvordan vil du gerne bruge dem?',
        en: 'Which of your experiences could make a difference to the users and members, and how would you like to use them?',
      },
    },
  },
  {
    id: 'different',
    prompt: { da: 'Hvor anderledes skal jeg være?', en: 'How different should I be?' },
    hint: {
      da: 'Hvad skal være særligt ved din rolle, og hvor vil du gerne være som alle andre i teamet?',
      en: 'What should be distinct about your role, and where would you like to be like everyone else in the team?',
      volunteer: {
        da: 'Hvad skal være særligt ved din rolle, og hvor vil du gerne være som alle de andre frivillige?',
        en: 'What should be distinct about your role, and where would you like to be like all the other volunteers?',
      },
    },
  },
  {
    id: 'limits',
    prompt: { da: 'Hvor går mine grænser?', en: 'Where are my limits?' },
    hint: {
      da: 'Hvad deler du gerne, og hvad holder du for dig selv? Hvad gør du – og hvad gør vi – hvis en opgave kommer for tæt på?',
      en: 'What do you happily share, and what do you keep to yourself? What do you do – and what do we do – if a task comes too close?',
    },
  },
  {
    id: 'needs',
    prompt: { da: 'Hvad har jeg brug for fra jer?', en: 'What do I need from you?' },
    hint: {
      da: 'Fx sparring, en fast kontaktperson eller tid til at finde dig til rette.',
      en: 'E.g. someone to reflect with, a named contact person or time to settle in.',
    },
  },
] as const satisfies readonly { id: string; prompt: Text; hint: Text }[];

export type VoicePromptId = (typeof voicePrompts)[number]['id'];

/** The points of "An agreement on openness". Ids are storage keys: never change them. */
export const disclosureItems = [
  {
    id: 'colleagues',
    prompt: {
      da: 'Hvad må kollegerne vide?',
      en: 'What may colleagues know?',
      volunteer: {
        da: 'Hvad må de andre frivillige og koordinatoren vide?',
        en: 'What may the other volunteers and the coordinator know?',
      },
    },
    hint: {
      da: 'Fx at du har levede erfaringer, men ikke detaljer eller diagnoser – medmindre du selv vil fortælle mere.',
      en: 'E.g. that you have lived experience, but not details or diagnoses – unless you choose to say more.',
    },
  },
  {
    id: 'people-supported',
    prompt: {
      da: 'Hvad deler du med borgere/patienter, og hvornår?',
      en: 'What do you share with the people you support, and when?',
      volunteer: {
        da: 'Hvad deler du med brugerne og medlemmerne, og hvornår?',
        en: 'What do you share with the users and members, and when?',
      },
    },
    hint: {
      da: 'Fx kun når det kan hjælpe den anden, kort og uden detaljer. Du vælger selv fra gang til gang.',
      en: 'E.g. only when it can help the other person, briefly and without details. You choose each time.',
    },
  },
  {
    id: 'own-records',
    prompt: {
      da: 'Dine egne journaler og oplysninger',
      en: 'Your own records',
      volunteer: { da: 'Dine egne oplysninger fra tidligere', en: 'What is known about you from before' },
    },
    hint: {
      da: 'Har du selv brugt dette tilbud eller denne afdeling, så aftal, hvordan dine egne journaler holdes adskilt fra dit arbejde, og at du ikke slår op i dem i jobbet.',
      en: 'If you have used this service or ward yourself, agree how your own records are kept apart from your work, and that you do not look them up at work.',
      volunteer: {
        da: 'Har du selv brugt foreningens tilbud, fx som medlem eller bruger, så aftal, hvad foreningen ved om dig fra dengang, og hvordan det holdes adskilt fra din rolle som frivillig.',
        en: 'If you have used the association’s services yourself, e.g. as a member or user, agree what the association knows about you from then, and how it is kept apart from your role as a volunteer.',
      },
    },
  },
  {
    id: 'former-treaters',
    prompt: {
      da: 'Tidligere behandlere eller kontaktpersoner blandt kollegerne',
      en: 'Former clinicians or key workers among your colleagues',
      volunteer: {
        da: 'Folk i foreningen, du kender fra din egen tid som bruger eller patient',
        en: 'People in the association you know from your own time as a user or patient',
      },
    },
    hint: {
      da: 'Har nogen af dine nye kolleger behandlet dig eller været din kontaktperson? Aftal, hvordan I håndterer det, fx hvem der ikke skal være din supervisor.',
      en: 'Has any of your new colleagues treated you or been your key worker? Agree how you handle it, e.g. who should not be your supervisor.',
      volunteer: {
        da: 'Er der nogen i foreningen, som har behandlet dig, været din kontaktperson eller kender dig som bruger? Aftal, hvordan I håndterer det, fx hvem der ikke skal være din supervisor.',
        en: 'Is there anyone in the association who has treated you, been your key worker or knows you as a user? Agree how you handle it, e.g. who should not be your supervisor.',
      },
    },
  },
  {
    id: 'review',
    prompt: { da: 'Hvornår ser vi på aftalen igen?', en: 'When do we look at the agreement again?' },
    hint: {
      da: 'Fx ved opfølgningerne efter 3 og 12 måneder, eller når noget ændrer sig.',
      en: 'E.g. at the follow-ups after 3 and 12 months, or when something changes.',
    },
  },
] as const satisfies readonly { id: string; prompt: Text; hint: Text }[];

export type DisclosureItemId = (typeof disclosureItems)[number]['id'];

export const practicalitiesText = {
  intro: {
    da: 'De praktiske rammer for ansættelsen: hvad peer-medarbejderen har med sig, timer, vilkår, supervision og sparring – og en funktionsbeskrivelse, I kan bruge.',
    en: 'The practical frame of the hiring: what the peer worker brings, hours, terms, supervision and reflection with other peer workers – and a job description you can use.',
    volunteer: {
      da: 'De praktiske rammer for den frivillige peers opgave: hvad den frivillige har med sig, frivilligaftalen, udgifter, forsikring, introduktion, supervision og sparring – og en beskrivelse af opgaven, I kan bruge.',
      en: 'The practical frame of the volunteer peer’s task: what the volunteer brings, the volunteer agreement, expenses, insurance, introduction, supervision and reflection with other volunteer peers – and a description of the task you can use.',
    },
  },
  /** Where to get help to start (issue 22, item 3): Peer-Netværket's start-up offer, with its source link. */
  startupHelp: {
    da: 'Vil I have hjælp til at komme i gang? Peer-Netværket tilbyder arbejdspladser en opstartspakke.',
    en: 'Would you like help getting started? Peer-Netværket offers workplaces a start-up package.',
    volunteer: {
      da: 'Vil foreningen have hjælp til at komme i gang med frivillige peers? Peer-Netværket tilbyder også foreninger en opstartspakke.',
      en: 'Would the association like help getting started with volunteer peers? Peer-Netværket offers associations a start-up package too.',
    },
  },
  startupSource: 'peernet-opstart' satisfies SourceId,
  peerEducation: {
    da: 'Har peer-medarbejderen en peer-uddannelse?',
    en: 'Does the peer worker have a peer education?',
    volunteer: {
      da: 'Har den frivillige peer en peer-uddannelse?',
      en: 'Does the volunteer peer have a peer education?',
    },
  },
  peerEducationWhich: { da: 'Hvilken peer-uddannelse?', en: 'Which peer education?' },
  peerEducationWhichHint: {
    da: 'Fx navn, sted og år – eller hvornår den er planlagt.',
    en: 'E.g. name, place and year – or when it is planned.',
  },
  otherBackground: { da: 'Anden uddannelse og erhvervserfaring', en: 'Other education and work experience' },
  // The weekly hours and the terms of an employment; a volunteer's time is in the volunteer agreement.
  hours: { da: 'Timer om ugen', en: 'Hours per week', only: 'employment' },
  hoursHint: {
    da: 'Typisk 20–30 timer, så peer-medarbejderen bliver en del af personalegruppen. Anbefalet mellem 12 og 37.',
    en: 'Typically 20–30 hours, so the peer worker becomes part of the staff group. Recommended between 12 and 37.',
    only: 'employment',
  },
  hoursOutside: {
    da: (hours: string) =>
      `${hours} timer ligger uden for det anbefalede (12–37). Det kan være helt rigtigt hos jer – tal om hvorfor.`,
    en: (hours: string) =>
      `${hours} hours is outside the recommended range (12–37). That may be right for you – talk about why.`,
    only: 'employment',
  } satisfies TextFn<[string]> & KindScoped,
  hoursNotNumber: {
    da: 'Skriv timetallet som et tal, fx 25.',
    en: 'Write the hours as a number, e.g. 25.',
    only: 'employment',
  },
  terms: { da: 'Ansættelsesform', en: 'Type of employment', only: 'employment' },
  termsNote: {
    da: 'Løn, overenskomst og andre vilkår',
    en: 'Pay, collective agreement and other terms',
    only: 'employment',
  },
  termsNoteHint: {
    da: 'Som for andre medarbejdere: overenskomst, løntrin, titel, prøvetid.',
    en: 'As for other employees: collective agreement, pay grade, title, trial period.',
    only: 'employment',
  },
  clear: { da: 'Ryd', en: 'Clear' },
  wellbeingPlan: {
    da: 'Trivselsplan (frivillig, tilbydes alle)',
    en: 'Wellbeing plan (voluntary, offered to all)',
    volunteer: {
      da: 'Trivselsplan (valgfri, tilbydes alle frivillige)',
      en: 'Wellbeing plan (optional, offered to every volunteer)',
    },
  },
  wellbeingPlanHint: {
    da: 'Valgfrit. Fx at I tilbyder alle i teamet en trivselsplan, og hvad peer-medarbejderen selv vil have med.',
    en: 'Optional. E.g. that you offer everyone in the team a wellbeing plan, and what the peer worker wants in theirs.',
    volunteer: {
      da: 'Valgfrit. Hvad hjælper, når opgaven bliver hård, og hvem siger man det til? Peer-arbejde er krævende – sig til, hvis du har brug for en pause. Skriv kun det, den frivillige peer selv vil have med.',
      en: 'Optional. What helps when the task gets hard, and who do you tell? Peer work is demanding – say so if you need a break. Write only what the volunteer peer wants included.',
    },
  },
  factSources: {
    da: (names: string, count: number) => `${count === 1 ? 'Kilde' : 'Kilder'}: ${names}`,
    en: (names: string, count: number) => `${count === 1 ? 'Source' : 'Sources'}: ${names}`,
  } satisfies TextFn<[string, number]>,
  ownWording: { da: 'Vores egen formulering', en: 'Our own wording' },
  supervisionWho: {
    da: 'Hvem giver supervision?',
    en: 'Who gives supervision?',
    volunteer: { da: 'Hvem giver supervision eller vejledning?', en: 'Who gives supervision or guidance?' },
  },
  supervisionHowOften: { da: 'Hvor ofte?', en: 'How often?' },
  supervisionHowOftenHint: { da: 'Fx hver 4. uge, 1½ time.', en: 'E.g. every 4 weeks, 1½ hours.' },
  sparring: {
    da: 'Sådan får peer-medarbejderen sparring',
    en: 'How the peer worker reflects with other peer workers',
    volunteer: {
      da: 'Sådan får den frivillige peer sparring',
      en: 'How the volunteer peer reflects with other volunteer peers',
    },
  },
  functionDescription: {
    da: 'Funktionsbeskrivelse',
    en: 'Job description',
    volunteer: { da: 'Beskrivelse af opgaven', en: 'Description of the task' },
  },
  functionDescriptionHint: {
    da: 'Skriv frit, eller begynd med et udkast ud fra rollestjernen.',
    en: 'Write freely, or start from a draft made from the Role Star.',
  },
  draftButton: { da: 'Lav udkast ud fra rollestjernen', en: 'Draft from the Role Star' },
  draftFrom: {
    da: (round: string, count: number) =>
      `Den aftalte rollestjerne (${round}) har værdier for ${count} opgaver.`,
    en: (round: string, count: number) => `The agreed Role Star (${round}) has values for ${count} tasks.`,
  } satisfies TextFn<[string, number]>,
  noStar: {
    da: 'Der er ingen aftalt rollestjerne endnu. Tag rollestjernen sammen og aftal jeres fælles stjerne – så kan I lave et udkast til funktionsbeskrivelsen her.',
    en: 'There is no agreed Role Star yet. Take the Role Star together and agree on your joint star – then you can draft the job description here.',
    volunteer: {
      da: 'Der er ingen aftalt rollestjerne endnu. Tag rollestjernen sammen og aftal jeres fælles stjerne – så kan I lave et udkast til beskrivelsen af opgaven her.',
      en: 'There is no agreed Role Star yet. Take the Role Star together and agree on your joint star – then you can draft the description of the task here.',
    },
  },
  toRoleStar: { da: 'Gå til rollestjernen', en: 'Go to the Role Star' },
  drafted: { da: 'Udkastet er sat ind.', en: 'The draft was inserted.' },
  replaced: {
    da: 'Udkastet erstattede jeres tekst.',
    en: 'The draft replaced your text.',
  },
  undo: { da: 'Fortryd', en: 'Undo' },
  notAnswered: { da: 'Ikke besvaret', en: 'Not answered' },
  // The volunteer agreement, expenses, insurance, introduction and training (volunteer cases only).
  agreementTasks: { da: 'Opgaverne', en: 'The tasks' },
  agreementTasksHint: {
    da: 'Hvad laver den frivillige peer, og hvad er ikke den frivilliges opgave? Fx samtaler i caféen, en gruppe hver anden uge.',
    en: 'What does the volunteer peer do, and what is not the volunteer’s task? E.g. talks in the café, a group every other week.',
  },
  agreementTime: { da: 'Cirka hvor meget tid?', en: 'Roughly how much time?' },
  agreementTimeHint: {
    da: 'Fx 3 timer hver tirsdag. Aftal det, der passer den frivillige peer.',
    en: 'E.g. 3 hours every Tuesday. Agree what suits the volunteer peer.',
  },
  agreementContact: { da: 'Hvem støtter den frivillige peer?', en: 'Who supports the volunteer peer?' },
  agreementContactHint: {
    da: 'Den faste kontaktperson, fx koordinatoren eller et bestyrelsesmedlem, og hvor tit I taler sammen.',
    en: 'The named contact person, e.g. the coordinator or a board member, and how often you talk.',
  },
  agreementConfidentiality: {
    da: 'Tavshedspligt og personoplysninger',
    en: 'Confidentiality and personal data',
  },
  agreementConfidentialityHint: {
    da: 'Hvad må den frivillige fortælle videre om brugerne, og hvordan passer I på oplysninger om dem? Fx en skriftlig tavshedserklæring.',
    en: 'What may the volunteer pass on about the users, and how do you look after information about them? E.g. a signed confidentiality agreement.',
  },
  agreementStop: { da: 'Pause og stop', en: 'Taking a break and stopping' },
  agreementStopHint: {
    da: 'Hvordan holder den frivillige peer pause, og hvordan stopper man – fra begge sider? Som frivillig kan man altid stoppe; aftal, hvordan I siger det til hinanden.',
    en: 'How does the volunteer peer take a break, and how does either side end it? A volunteer can always stop; agree how you tell each other.',
  },
  expenses: { da: 'Sådan dækker foreningen udgifter', en: 'How the association covers expenses' },
  expensesHint: {
    da: 'Fx kørsel efter kørebog, telefon efter sats, materialer mod kvittering. Hvem godkender, og hvornår betales pengene?',
    en: 'E.g. driving by mileage log, phone by the rate, materials against receipts. Who approves, and when is the money paid?',
  },
  insurance: { da: 'Sådan er den frivillige peer forsikret', en: 'How the volunteer peer is insured' },
  insuranceHint: {
    da: 'Fx foreningens ulykkes- og ansvarsforsikring for frivillige, eller at bestyrelsen finder ud af det. Skriv, hvem der ved mere.',
    en: 'E.g. the association’s accident and liability insurance for volunteers, or that the board will find out. Write who knows more.',
  },
  introduction: { da: 'Introduktion', en: 'Introduction' },
  introductionHint: {
    da: 'Hvem tager imod den frivillige peer, hvem møder hun eller han først, og hvad skal man vide fra første gang?',
    en: 'Who welcomes the volunteer peer, whom do they meet first, and what does one need to know from the first time?',
  },
  training: { da: 'Oplæring og kurser', en: 'Training and courses' },
  trainingHint: {
    da: 'Fx en peer-uddannelse, et kursus i foreningen eller i en landsorganisation, eller at gå med en erfaren frivillig de første gange.',
    en: 'E.g. a peer education, a course in the association or a national organisation, or going along with an experienced volunteer the first few times.',
  },
} as const;

/** The sections a case of `kind` has, in the order of PRACTICALITIES_SECTIONS. */
export function practicalitiesSectionsFor(kind: CaseKind): PracticalitiesSection[] {
  return PRACTICALITIES_SECTIONS.filter(
    (section) => forKind([practicalitiesSections[section]], kind).length > 0,
  );
}

/** The texts of a drafted function description. */
export const functionDraftText = {
  heading: {
    da: (role: string) => (role ? `Funktionsbeskrivelse: ${role}` : 'Funktionsbeskrivelse'),
    en: (role: string) => (role ? `Job description: ${role}` : 'Job description'),
    volunteer: {
      da: (role: string) => (role ? `Beskrivelse af opgaven: ${role}` : 'Beskrivelse af opgaven'),
      en: (role: string) => (role ? `Description of the task: ${role}` : 'Description of the task'),
    },
  } satisfies TextFn<[string]>,
  basis: {
    da: (round: string) => `Udkast ud fra den aftalte rollestjerne (${round}). Ret det til, så det passer.`,
    en: (round: string) => `Draft from the agreed Role Star (${round}). Edit it until it fits.`,
  } satisfies TextFn<[string]>,
  core: { da: 'Kerneopgaver', en: 'Core tasks' },
  important: { da: 'Vigtige opgaver', en: 'Important tasks' },
  part: { da: 'Også en del af rollen', en: 'Also part of the role' },
  notPart: { da: 'Ikke en fast del af rollen', en: 'Not a regular part of the role' },
  unnamedRound: { da: 'uden navn', en: 'unnamed' },
} as const;
