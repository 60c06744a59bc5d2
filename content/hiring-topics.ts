/**
 * Hiring topics: the topics a workplace should settle before and when it employs a peer worker.
 * The St George's toolkit (2015) has a questionnaire for this, but its items could not be obtained;
 * these sixteen are our own, grounded in the research behind it (Gillard et al. 2013, 2015) and in
 * the Danish hiring advice, and shown as "inspired by". Ids i1–i16 are storage keys: never change
 * them. The recruitment section (job ad, panel, interview, health questions, rejection) follows
 * peerstoette.dk's hiring guide and helbredsoplysningsloven § 2; its ids are storage keys too.
 *
 * A volunteer case (issue 22): no employment law, but the same respect for health information. Pay
 * and terms (i4) are `only: 'employment'`; iv1–iv4 (expenses, insurance, børneattest, public
 * benefits) are `only: 'volunteer'`; the other topics and the recruitment steps have an
 * association's wording (a "første samtale" that aligns expectations, not a job interview).
 */
import type { SourceId } from './sources';
import type { AdviceId, KindScoped, Text, TextFn } from './types';

export interface HiringTopic extends KindScoped {
  id: string;
  title: Text;
  /** One line on what the topic covers. */
  explanation: Text;
  /** One of the "5 gode råd" that applies to this topic, shown beside it. */
  advice?: AdviceId;
}

export const hiringTopics = [
  {
    id: 'i1',
    title: {
      da: 'Hvad rollen skal, og hvordan den adskiller sig',
      en: 'What the role is for and how it differs',
    },
    explanation: {
      da: 'Hvad peer-medarbejderen skal bidrage med, som de andre faggrupper ikke gør.',
      en: 'What the peer worker is to bring that the other professions do not.',
      volunteer: {
        da: 'Hvad den frivillige peer skal bidrage med, som de andre frivillige ikke gør.',
        en: 'What the volunteer peer is to bring that the other volunteers do not.',
      },
    },
    advice: 'openness',
  },
  {
    id: 'i2',
    title: {
      da: 'Rekruttering og krav om levede erfaringer',
      en: 'Recruitment and lived experience as a requirement',
      volunteer: {
        da: 'Hvordan I finder en frivillig peer',
        en: 'How you find a volunteer peer',
      },
    },
    explanation: {
      da: 'Hvordan stillingen slås op, hvem der vælger, og hvilke erfaringer der er et krav.',
      en: 'How the post is advertised, who chooses, and which experience is required.',
      volunteer: {
        da: 'Hvor I fortæller om rollen, hvem der taler med dem, der er interesserede, og hvilke erfaringer rollen bygger på.',
        en: 'Where you tell people about the role, who talks with those who are interested, and which experience the role builds on.',
      },
    },
    advice: 'hire-right',
  },
  {
    id: 'i3',
    title: { da: 'Deling af egne erfaringer', en: 'Sharing one’s own experience' },
    explanation: {
      da: 'Hvornår og hvordan egne erfaringer bruges i arbejdet – og at peer-medarbejderen selv bestemmer.',
      en: 'When and how one’s own experience is used in the work – and that the peer worker decides.',
      volunteer: {
        da: 'Hvornår og hvordan egne erfaringer bruges i rollen – og at den frivillige peer selv bestemmer.',
        en: 'When and how one’s own experience is used in the role – and that the volunteer peer decides.',
      },
    },
  },
  {
    id: 'i4',
    only: 'employment',
    title: { da: 'Løn, titel, timetal og vilkår', en: 'Pay, title, hours and terms' },
    explanation: {
      da: 'Ansættelse på samme vilkår som andre: overenskomst, løn, titel og timer om ugen.',
      en: 'Employment on the same terms as others: collective agreement, pay, title and weekly hours.',
    },
    advice: 'equal-terms',
  },
  {
    id: 'iv1',
    only: 'volunteer',
    title: { da: 'Udgifter og godtgørelse', en: 'Expenses and reimbursement' },
    explanation: {
      da: 'Hvad foreningen dækker: udlæg mod kvittering, kørsel og evt. skattefri godtgørelse inden for Skatterådets satser (tjek de aktuelle satser på skat.dk). Rollen er ulønnet.',
      en: 'What the association covers: outlays against receipts, travel and perhaps tax-free reimbursement within the Danish Tax Council’s rates (check the current rates on skat.dk). The role is unpaid.',
    },
    advice: 'equal-terms',
  },
  {
    id: 'iv2',
    only: 'volunteer',
    title: { da: 'Forsikring', en: 'Insurance' },
    explanation: {
      da: 'Hvordan den frivillige peer er forsikret: om foreningen har en ulykkes- og ansvarsforsikring for frivillige, og om arbejdsskadesikringen dækker netop denne opgave. Den frivillige kan også tjekke sin egen familieforsikring.',
      en: 'How the volunteer peer is insured: whether the association has accident and liability insurance for volunteers, and whether occupational injury cover applies to this particular task. The volunteer can also check their own household insurance.',
    },
  },
  {
    id: 'i5',
    title: {
      da: 'Funktionsbeskrivelse',
      en: 'Job description',
      volunteer: { da: 'Frivilligaftale', en: 'Volunteer agreement' },
    },
    explanation: {
      da: 'En skriftlig, tydelig beskrivelse af opgaverne, som alle kan læse.',
      en: 'A clear written description of the tasks that everyone can read.',
      volunteer: {
        da: 'En skriftlig aftale om opgaverne, cirka hvor meget tid de tager, hvem der er kontaktperson, tavshedspligt, og hvordan I stopper samarbejdet, hvis det bliver nødvendigt.',
        en: 'A written agreement on the tasks, roughly how much time they take, who the contact person is, confidentiality, and how you end the arrangement if that becomes necessary.',
      },
    },
  },
  {
    id: 'i6',
    title: { da: 'Uddannelse og udvikling', en: 'Training and development' },
    explanation: {
      da: 'Peer-uddannelse, kurser og andre måder at blive dygtigere på undervejs.',
      en: 'Peer education, courses and other ways of growing along the way.',
      volunteer: {
        da: 'Introduktion, peer-uddannelse, kurser og andre måder at blive dygtigere på undervejs.',
        en: 'Introduction, peer education, courses and other ways of growing along the way.',
      },
    },
    advice: 'development',
  },
  {
    id: 'i7',
    title: {
      da: 'Supervision og faglig sparring',
      en: 'Supervision and professional reflection',
      volunteer: {
        da: 'Støtte og sparring',
        en: 'Support and reflection',
      },
    },
    explanation: {
      da: 'Hvem giver supervision, hvor ofte, og skal det være en med peer-baggrund?',
      en: 'Who gives supervision, how often, and should it be someone with a peer background?',
      volunteer: {
        da: 'Hvem er koordinator og kontaktperson, hvor ofte taler I sammen, og hvem kan den frivillige peer ringe til, hvis noget er svært?',
        en: 'Who is the coordinator and contact person, how often do you talk, and whom can the volunteer peer call if something is hard?',
      },
    },
    advice: 'sparring',
  },
  {
    id: 'i8',
    title: {
      da: 'Netværk med andre peer-medarbejdere',
      en: 'A network with other peer workers',
      volunteer: { da: 'Netværk med andre frivillige peers', en: 'A network with other volunteer peers' },
    },
    explanation: {
      da: 'Adgang til et fællesskab med peer-medarbejdere uden for det daglige team.',
      en: 'Access to a community of peer workers outside the everyday team.',
      volunteer: {
        da: 'Adgang til et fællesskab med frivillige peers uden for foreningen, fx en netværksgruppe i Peer-Netværket.',
        en: 'Access to a community of volunteer peers outside the association, e.g. a network group in Peer-Netværket.',
      },
    },
    advice: 'sparring',
  },
  {
    id: 'i9',
    title: {
      da: 'Forberedelse af kollegerne',
      en: 'Preparing colleagues',
      volunteer: { da: 'Forberedelse af de andre frivillige', en: 'Preparing the other volunteers' },
    },
    explanation: {
      da: 'Hvad teamet ved om rollen, og hvordan I taler om fordomme og berøringsangst.',
      en: 'What the team knows about the role, and how you talk about prejudice and awkwardness.',
      volunteer: {
        da: 'Hvad de andre frivillige og bestyrelsen ved om rollen, og hvordan I taler om fordomme og berøringsangst.',
        en: 'What the other volunteers and the board know about the role, and how you talk about prejudice and awkwardness.',
      },
    },
    advice: 'openness',
  },
  {
    id: 'i10',
    title: { da: 'Grænser i relationerne', en: 'Boundaries in relationships' },
    explanation: {
      da: 'Relationen til dem, I støtter, også kontakt uden for arbejdstiden.',
      en: 'The relationship with the people you support, including contact outside working hours.',
      volunteer: {
        da: 'Relationen til dem, I støtter, også kontakt uden for foreningens aktiviteter.',
        en: 'The relationship with the people you support, including contact outside the association’s activities.',
      },
    },
  },
  {
    id: 'i11',
    title: {
      da: 'Tavshedspligt, journal og dokumentation',
      en: 'Confidentiality, records and documentation',
      volunteer: { da: 'Tavshedspligt og personoplysninger', en: 'Confidentiality and personal data' },
    },
    explanation: {
      da: 'Hvad peer-medarbejderen skriver, læser og deler – på samme måde som andre.',
      en: 'What the peer worker writes, reads and shares – in the same way as others.',
      volunteer: {
        da: 'Hvad den frivillige peer må fortælle videre, og hvordan I passer på oplysninger om dem, I støtter – på samme måde som for de andre frivillige.',
        en: 'What the volunteer peer may pass on, and how you look after information about the people you support – in the same way as for the other volunteers.',
      },
    },
  },
  {
    id: 'i12',
    title: { da: 'Risiko og sikkerhed', en: 'Risk and safety' },
    explanation: {
      da: 'Hvad man gør, hvis en situation spidser til, og hvem man kan kalde på.',
      en: 'What to do if a situation escalates, and who to call on.',
      volunteer: {
        da: 'Hvad den frivillige peer gør, hvis en situation spidser til, og hvem man kan kalde på – også når ingen fra bestyrelsen er til stede.',
        en: 'What the volunteer peer does if a situation escalates, and who to call on – also when no one from the board is there.',
      },
    },
  },
  {
    id: 'iv3',
    only: 'volunteer',
    title: { da: 'Børneattest', en: 'Child protection certificate (børneattest)' },
    explanation: {
      da: 'Får den frivillige peer direkte og fast kontakt med børn under 15 år, fx ved familie- eller pårørendeaktiviteter, skal foreningen indhente en børneattest – med den frivilliges samtykke.',
      en: 'If the volunteer peer will have direct, regular contact with children under 15, e.g. at family or relatives’ activities, the association must obtain a child protection certificate – with the volunteer’s consent.',
    },
  },
  {
    id: 'i13',
    title: { da: 'Trivsel, fleksibilitet og hensyn', en: 'Wellbeing, flexibility and adjustments' },
    explanation: {
      da: 'Hensyn aftales som for alle andre – uden særbehandling på forhånd.',
      en: 'Adjustments are agreed as for everyone else – without special treatment in advance.',
      volunteer: {
        da: 'Hensyn aftales som for alle andre frivillige – uden særbehandling på forhånd. Peer-arbejde kan være krævende, så det skal være let at sige til og holde en pause.',
        en: 'Adjustments are agreed as for every other volunteer – without special treatment in advance. Peer work can be demanding, so it should be easy to speak up and take a break.',
      },
    },
    advice: 'equal-terms',
  },
  {
    id: 'iv4',
    only: 'volunteer',
    title: { da: 'Frivillig på en offentlig ydelse', en: 'Volunteering while on public benefits' },
    explanation: {
      da: 'Får den frivillige peer fx dagpenge, kontanthjælp eller førtidspension, er det godt at tale med a-kassen eller kommunen før starten. Foreningen kan hjælpe med en kort beskrivelse af opgaverne.',
      en: 'If the volunteer peer receives e.g. dagpenge from an a-kasse, social assistance or disability pension, it is wise to talk with the a-kasse or the municipality before starting. The association can help with a short description of the tasks.',
    },
  },
  {
    id: 'i14',
    title: {
      da: 'Karriere og nye opgaver',
      en: 'Career and new tasks',
      volunteer: { da: 'Udvikling og nye opgaver', en: 'Growth and new tasks' },
    },
    explanation: {
      da: 'Hvordan rollen kan vokse med tiden, så peer-medarbejderen ikke står stille.',
      en: 'How the role can grow over time, so the peer worker does not stand still.',
      volunteer: {
        da: 'Hvordan rollen kan vokse med tiden, så den frivillige peer ikke står stille – og hvordan man kan skrue ned eller stoppe.',
        en: 'How the role can grow over time, so the volunteer peer does not stand still – and how to do less or stop.',
      },
    },
    advice: 'development',
  },
  {
    id: 'i15',
    title: {
      da: 'Ledelsens opbakning og opfølgning',
      en: 'Management backing and follow-up',
      volunteer: { da: 'Bestyrelsens opbakning og opfølgning', en: 'The board’s backing and follow-up' },
    },
    explanation: {
      da: 'Hvordan ledelsen bakker op, og hvornår I følger op på, hvordan det går.',
      en: 'How management backs the role, and when you follow up on how it is going.',
      volunteer: {
        da: 'Hvordan bestyrelsen bakker op, og hvornår I følger op på, hvordan det går.',
        en: 'How the board backs the role, and when you follow up on how it is going.',
      },
    },
  },
  // Added later (identity, a theme of the research behind the toolkit): appended so stored ratings keep their ids.
  {
    id: 'i16',
    title: { da: 'Peer-identitet', en: 'Peer identity' },
    explanation: {
      da: 'Hvordan peer-medarbejderen kan blive ved med at se sig selv – og blive set – som peer, og ikke glider over i de andre faggruppers roller.',
      en: 'How the peer worker can keep seeing themself – and being seen – as a peer, rather than sliding into the other professions’ roles.',
      volunteer: {
        da: 'Hvordan den frivillige peer kan blive ved med at se sig selv – og blive set – som peer: frivillig på lige fod med de andre, ikke patient.',
        en: 'How the volunteer peer can keep seeing themself – and being seen – as a peer: a volunteer on equal terms with the others, not a patient.',
      },
    },
    advice: 'openness',
  },
] as const satisfies readonly HiringTopic[];

export type HiringTopicId = (typeof hiringTopics)[number]['id'];

/** One part of the recruitment: what the sources say, and a question the workplace answers in writing. */
export interface RecruitmentItem extends KindScoped {
  id: string;
  title: Text;
  /** What to know, in our words, from the sources named in `sources`. */
  guidance: Text;
  /** The question the answer field asks. */
  prompt: Text;
  hint: Text;
  sources: readonly SourceId[];
}

/** Recruitment and the interview, in the order a hiring takes. Ids are storage keys: never change them. */
export const recruitmentItems = [
  {
    id: 'job-ad',
    title: {
      da: 'Stillingsopslaget',
      en: 'The job ad',
      volunteer: { da: 'Opslaget', en: 'The call for a volunteer' },
    },
    guidance: {
      da: 'Slå stillingen op åbent, som andre stillinger. Skriv, at levede erfaringer med psykiske vanskeligheder og recovery er en del af kvalifikationerne, og hvad rollen skal bruge dem til. Forskningen bag St George’s-værktøjerne fandt, at uklare forventninger til rollen ofte opstår allerede ved udvælgelsen, når rekrutteringen er uformel. Del gerne opslaget i peer-netværk og brugerforeninger.',
      en: 'Advertise the post openly, like other posts. Say that lived experience of mental health difficulties and recovery is part of the qualifications, and what the role will use it for. The research behind the St George’s tools found that unclear expectations of the role often arise already at selection when recruitment is informal. Consider sharing the ad in peer networks and user organisations.',
      volunteer: {
        da: 'Fortæl åbent om rollen, som når I søger andre frivillige: at levede erfaringer med psykiske vanskeligheder og recovery er en del af rollen, hvad rollen skal bruge dem til, cirka hvor meget tid den tager, og at den er ulønnet. Forskningen bag St George’s-værktøjerne fandt, at uklare forventninger til rollen ofte opstår allerede ved udvælgelsen, når den er uformel. Husk det også, når en frivillig peer findes blandt medlemmerne. Del gerne opslaget i foreningen og i peer-netværk.',
        en: 'Tell people openly about the role, as when you look for other volunteers: that lived experience of mental health difficulties and recovery is part of the role, what the role will use it for, roughly how much time it takes, and that it is unpaid. The research behind the St George’s tools found that unclear expectations of the role often arise already at selection when it is informal. Keep that in mind also when a volunteer peer is found among the members. Consider sharing the call in the association and in peer networks.',
      },
    },
    prompt: {
      da: 'Hvad skal stå i opslaget, og hvor slår I det op?',
      en: 'What should the ad say, and where will you advertise?',
      volunteer: {
        da: 'Hvad skal stå i opslaget, og hvor deler I det?',
        en: 'What should the call say, and where will you share it?',
      },
    },
    hint: {
      da: 'Fx rollens formål, timetal, krav om levede erfaringer, og hvor opslaget deles.',
      en: 'E.g. the role’s purpose, hours, the lived-experience requirement, and where the ad is shared.',
      volunteer: {
        da: 'Fx rollens formål, cirka tid, at rollen bygger på levede erfaringer, og hvor opslaget deles.',
        en: 'E.g. the role’s purpose, roughly how much time, that the role builds on lived experience, and where the call is shared.',
      },
    },
    sources: ['gillard-2013', 'peer-partnerskabet-2024'],
  },
  {
    id: 'panel',
    title: {
      da: 'Ansættelsesudvalget',
      en: 'The hiring panel',
      volunteer: { da: 'Hvem tager den første samtale', en: 'Who holds the first conversation' },
    },
    guidance: {
      da: 'Sammensæt udvalget som ved andre ansættelser, og få gerne en peer-medarbejder eller en brugerrepræsentant med. Aftal på forhånd, hvad I lægger vægt på. Det er udvalget, der vælger, hvad der er vigtigt i samtalen.',
      en: 'Put the panel together as for other hires, and consider including a peer worker or a user representative. Agree beforehand what you will look for. The panel decides what matters in the interview.',
      volunteer: {
        da: 'Den første samtale er en forventningssamtale: I fortæller om foreningen og rollen, og den, der er interesseret, fortæller, hvad hun eller han har lyst til og kan. Tag gerne koordinatoren og en frivillig peer eller et medlem med. Aftal på forhånd, hvad I lægger vægt på.',
        en: 'The first conversation is about aligning expectations: you tell them about the association and the role, and the person who is interested tells you what they would like to do and can do. Consider bringing the coordinator and a volunteer peer or a member. Agree beforehand what you will look for.',
      },
    },
    prompt: {
      da: 'Hvem sidder i udvalget?',
      en: 'Who is on the panel?',
      volunteer: { da: 'Hvem er med i samtalen?', en: 'Who takes part in the conversation?' },
    },
    hint: {
      da: 'Fx leder, en kollega fra teamet og en peer-medarbejder fra et andet sted.',
      en: 'E.g. the manager, a colleague from the team and a peer worker from elsewhere.',
      volunteer: {
        da: 'Fx koordinatoren, et bestyrelsesmedlem og en frivillig peer fra foreningen eller fra en anden forening.',
        en: 'E.g. the coordinator, a board member and a volunteer peer from the association or from another association.',
      },
    },
    sources: ['peerstoette-hiring', 'peer-partnerskabet-2024'],
  },
  {
    id: 'qualities',
    title: {
      da: 'Det vigtigste hos ansøgeren',
      en: 'What matters most in the applicant',
      volunteer: {
        da: 'Det vigtigste hos den frivillige peer',
        en: 'What matters most in the volunteer peer',
      },
    },
    guidance: {
      da: 'Peer-støtte i Region Hovedstaden peger på to ting. Ansøgeren har nok afstand til sine egne psykiske vanskeligheder til at kunne bruge erfaringerne i arbejdet: kan sætte ord på dem, tale frit om dem og se dem i et perspektiv. Og ansøgeren ser sig selv som peer på arbejdspladsen – ikke kun som fx uddannet i et andet fag. Tal om, hvordan ansøgeren vil bruge sine erfaringer i arbejdet. Det er ansøgeren, der bestemmer, hvad hun eller han fortæller om dem.',
      en: 'Peer-støtte i Region Hovedstaden names two things. The applicant has enough distance to their own mental health difficulties to use the experience in the work: can put words to it, talk about it freely and see it in perspective. And the applicant sees themself as a peer in the workplace – not only as, say, trained in another profession. Talk about how the applicant would use their experience in the work. The applicant decides what to tell you about it.',
      volunteer: {
        da: 'Peer-støtte i Region Hovedstaden peger på to ting hos en peer, og de betyder lige så meget i en forening. Personen har nok afstand til sine egne psykiske vanskeligheder til at kunne bruge erfaringerne i rollen: kan sætte ord på dem, tale frit om dem og se dem i et perspektiv. Og personen ser sig selv som peer i foreningen. Tal om, hvordan den frivillige vil bruge sine erfaringer. Det er den frivillige, der bestemmer, hvad hun eller han fortæller om dem.',
        en: 'Peer-støtte i Region Hovedstaden names two things in a peer, and they matter just as much in an association. The person has enough distance to their own mental health difficulties to use the experience in the role: can put words to it, talk about it freely and see it in perspective. And the person sees themself as a peer in the association. Talk about how the volunteer would use their experience. The volunteer decides what to tell you about it.',
      },
    },
    prompt: {
      da: 'Hvilke spørgsmål stiller I om de to ting?',
      en: 'What questions will you ask about these two things?',
      volunteer: {
        da: 'Hvad vil I tale om i den første samtale?',
        en: 'What will you talk about in the first conversation?',
      },
    },
    hint: {
      da: 'Fx "Hvordan kan dine erfaringer gøre en forskel her?" og "Hvordan ser du din rolle i forhold til kollegerne?"',
      en: 'E.g. "How could your experience make a difference here?" and "How do you see your role next to your colleagues?"',
      volunteer: {
        da: 'Fx "Hvordan kunne dine erfaringer gøre en forskel her?" og "Hvordan ser du din rolle i forhold til de andre frivillige?"',
        en: 'E.g. "How could your experience make a difference here?" and "How do you see your role next to the other volunteers?"',
      },
    },
    sources: ['peerstoette-hiring'],
  },
  {
    id: 'health',
    title: {
      da: 'Spørgsmål om helbred',
      en: 'Questions about health',
      volunteer: { da: 'Helbred og egne erfaringer', en: 'Health and one’s own experience' },
    },
    guidance: {
      da: 'Tal om, hvordan ansøgeren bruger sine erfaringer i arbejdet – ikke om diagnoser eller behandling. Efter helbredsoplysningsloven § 2 må en arbejdsgiver kun spørge til sygdom eller symptomer, der vil have væsentlig betydning for arbejdsdygtigheden i netop dette job, og skal sige, hvilken sygdom spørgsmålet gælder. Spørg ikke generelt til helbredet eller til risikoen for at blive syg igen. Ud over det bestemmer ansøgeren selv, hvad hun eller han vil fortælle. Det gælder også emnerne fra jeres prioriterede liste: emner om trivsel og hensyn handler om rammerne på arbejdspladsen og må ikke blive til spørgsmål om ansøgerens helbred.',
      en: 'Talk about how the applicant uses their experience in the work – not about diagnoses or treatment. Under the Danish Health Information Act (helbredsoplysningsloven) § 2, an employer may only ask about illness or symptoms that will be of significant importance for the ability to do that particular job, and must say which illness the question concerns. Do not ask about health in general or about the risk of becoming ill again. Beyond that, the applicant decides what they want to tell you. This also holds for the topics on your prioritised list: topics about wellbeing and adjustments are about the conditions at the workplace and must not turn into questions about the applicant’s health.',
      volunteer: {
        da: 'Tal om, hvordan den frivillige peer vil bruge sine erfaringer i rollen – ikke om diagnoser, behandling eller risikoen for at blive syg igen. På arbejdsmarkedet sætter helbredsoplysningsloven § 2 snævre grænser for spørgsmål om helbred; i en forening bør den samme respekt gælde. Den frivillige bestemmer selv, hvad hun eller han vil fortælle om sine erfaringer. Det gælder også emnerne fra jeres prioriterede liste: emner om trivsel og hensyn handler om rammerne i foreningen og må ikke blive til spørgsmål om den frivilliges helbred. Skriv ikke oplysninger om helbred ned, medmindre I har aftalt det med den frivillige.',
        en: 'Talk about how the volunteer peer would use their experience in the role – not about diagnoses, treatment or the risk of becoming ill again. In the labour market, the Danish Health Information Act (helbredsoplysningsloven) § 2 sets narrow limits on questions about health; in an association the same respect should apply. The volunteer decides what they want to tell you about their experience. This also holds for the topics on your prioritised list: topics about wellbeing and adjustments are about the conditions in the association and must not turn into questions about the volunteer’s health. Do not write down anything about health unless you have agreed it with the volunteer.',
      },
    },
    prompt: {
      da: 'Hvad spørger I om – og hvad lader I være?',
      en: 'What will you ask – and what will you leave out?',
      volunteer: {
        da: 'Hvad taler I om – og hvad lader I være?',
        en: 'What will you talk about – and what will you leave out?',
      },
    },
    hint: {
      da: 'Skriv gerne jeres spørgsmål ned, så alle i udvalget holder sig inden for rammen.',
      en: 'Consider writing your questions down so everyone on the panel stays within the limits.',
      volunteer: {
        da: 'Skriv gerne jeres spørgsmål ned, så alle, der er med i samtalen, holder sig inden for rammen.',
        en: 'Consider writing your questions down so everyone in the conversation stays within the limits.',
      },
    },
    sources: ['helbredsoplysningsloven', 'peerstoette-hiring'],
  },
  {
    id: 'rejection',
    title: {
      da: 'Et godt afslag',
      en: 'A good rejection',
      volunteer: { da: 'Når rollen ikke passer', en: 'When the role is not the right fit' },
    },
    guidance: {
      da: 'Mange ansøgere har fortalt om noget personligt. Giv afslaget personligt, fx i en telefonsamtale, sig, hvad der talte for ansøgeren, og peg gerne på andre veje, fx frivilligt peer-arbejde, en peer-uddannelse eller et peer-netværk.',
      en: 'Many applicants have shared something personal. Give the rejection personally, for example in a phone call, say what spoke for the applicant, and consider pointing to other paths, such as volunteer peer work, a peer education or a peer network.',
      volunteer: {
        da: 'Den, der har vist interesse, har måske fortalt om noget personligt. Sig det personligt, fx i en telefonsamtale, sig, hvad der talte for, og peg gerne på andre veje, fx en anden frivillig opgave i foreningen, en peer-uddannelse eller et peer-netværk.',
        en: 'The person who showed interest may have shared something personal. Tell them personally, for example in a phone call, say what spoke for them, and consider pointing to other paths, such as another volunteer task in the association, a peer education or a peer network.',
      },
    },
    prompt: {
      da: 'Hvem giver afslagene, og hvordan?',
      en: 'Who gives the rejections, and how?',
      volunteer: { da: 'Hvem siger det, og hvordan?', en: 'Who tells them, and how?' },
    },
    hint: {
      da: 'Fx hvem der ringer, hvornår, og hvad I kan pege videre på.',
      en: 'E.g. who calls, when, and what you can point to next.',
    },
    sources: ['peerstoette-hiring'],
  },
] as const satisfies readonly RecruitmentItem[];

export type RecruitmentItemId = (typeof recruitmentItems)[number]['id'];

/** The importance scale: 1–5, plus "don't know" (stored as 'unknown'). */
export const importanceScale = [
  { value: 1, label: { da: 'Ikke vigtigt', en: 'Not important' } },
  { value: 2, label: { da: 'Lidt vigtigt', en: 'A little important' } },
  { value: 3, label: { da: 'Ret vigtigt', en: 'Fairly important' } },
  { value: 4, label: { da: 'Meget vigtigt', en: 'Very important' } },
  { value: 5, label: { da: 'Afgørende', en: 'Essential' } },
] as const satisfies readonly { value: number; label: Text }[];

export const IMPORTANCE_MIN = 1;
export const IMPORTANCE_MAX = 5;
/** How many of the highest-rated topics to take into the interview. */
export const AGENDA_SIZE = 5;

export const hiringTopicsText = {
  intro: {
    da: 'Hvilke emner er vigtigst at tale om, før og når I ansætter? Vurdér hvert emne sammen, tilføj jeres egne, og få en prioriteret liste med til samtalen.',
    en: 'Which topics matter most to discuss before and when you hire? Rate each topic together, add your own, and take a prioritised list into the interview.',
    volunteer: {
      da: 'Hvilke emner er vigtigst at tale om, før og når en frivillig peer starter? Vurdér hvert emne sammen, tilføj jeres egne, og få en prioriteret liste med til den første samtale.',
      en: 'Which topics matter most to discuss before and when a volunteer peer starts? Rate each topic together, add your own, and take a prioritised list into the first conversation.',
    },
  },
  scaleQuestion: {
    da: 'Hvor vigtigt er det at tale om før eller ved ansættelsen?',
    en: 'How important is it to discuss before or at the hiring?',
    volunteer: {
      da: 'Hvor vigtigt er det at tale om, før eller når den frivillige peer starter?',
      en: 'How important is it to discuss before or when the volunteer peer starts?',
    },
  },
  unknown: { da: 'Ved ikke', en: 'Don’t know' },
  clear: { da: 'Ryd', en: 'Clear' },
  rateHeading: { da: 'Vurdér emnerne', en: 'Rate the topics' },
  ownHeading: { da: 'Jeres egne emner', en: 'Your own topics' },
  ownIntro: {
    da: 'Mangler der noget, som er vigtigt hos jer? Tilføj det her.',
    en: 'Is something that matters to you missing? Add it here.',
  },
  ownLabel: { da: 'Emne', en: 'Topic' },
  ownUntitled: { da: 'Eget emne', en: 'Own topic' },
  ownBadge: { da: 'Eget emne', en: 'Own topic' },
  addOwn: { da: 'Tilføj eget emne', en: 'Add your own topic' },
  remove: { da: 'Fjern emnet', en: 'Remove the topic' },
  removed: { da: 'Emnet er fjernet.', en: 'The topic was removed.' },
  undo: { da: 'Fortryd', en: 'Undo' },
  jumpToList: {
    da: (n: number) =>
      n === 1 ? 'Se den prioriterede liste (1 emne)' : `Se den prioriterede liste (${n} emner)`,
    en: (n: number) =>
      n === 1 ? 'See the prioritised list (1 topic)' : `See the prioritised list (${n} topics)`,
  } satisfies TextFn<[number]>,
  listHeading: { da: 'Jeres prioriterede liste', en: 'Your prioritised list' },
  listIntro: {
    da: 'Emnerne sorteret efter, hvor vigtige I har vurderet dem. De fem øverste tager I med til samtalen. Handler et emne om trivsel eller helbred, så tal om rammerne på arbejdspladsen – det må ikke blive til spørgsmål om ansøgerens helbred i jobsamtalen.',
    en: 'The topics sorted by how important you rated them. Take the top five into the interview. If a topic is about wellbeing or health, talk about the conditions at the workplace – it must not turn into questions about the applicant’s health in the job interview.',
    volunteer: {
      da: 'Emnerne sorteret efter, hvor vigtige I har vurderet dem. De fem øverste tager I med til den første samtale. Handler et emne om trivsel eller helbred, så tal om rammerne i foreningen – det må ikke blive til spørgsmål om den frivilliges helbred i samtalen.',
      en: 'The topics sorted by how important you rated them. Take the top five into the first conversation. If a topic is about wellbeing or health, talk about the conditions in the association – it must not turn into questions about the volunteer’s health in the conversation.',
    },
  },
  listEmpty: {
    da: 'Listen kommer her, når I har vurderet det første emne.',
    en: 'The list appears here once you have rated the first topic.',
  },
  agendaBadge: {
    da: 'Tag med til samtalen',
    en: 'Take to the interview',
    volunteer: { da: 'Tag med til samtalen', en: 'Take to the conversation' },
  },
  noteLabel: { da: 'Beslutning eller note', en: 'Decision or note' },
  noteHint: { da: 'Valgfrit. Hvad aftalte I?', en: 'Optional. What did you agree?' },
  rank: {
    da: (n: number) => `Nr. ${n}`,
    en: (n: number) => `No. ${n}`,
  } satisfies TextFn<[number]>,
  ratedAs: {
    da: (label: string) => `Vurderet: ${label}`,
    en: (label: string) => `Rated: ${label}`,
  } satisfies TextFn<[string]>,
  unrated: {
    da: (n: number) =>
      n === 1 ? '1 emne mangler at blive vurderet.' : `${n} emner mangler at blive vurderet.`,
    en: (n: number) => (n === 1 ? '1 topic is not rated yet.' : `${n} topics are not rated yet.`),
  } satisfies TextFn<[number]>,
  unknownCount: {
    da: (n: number) => (n === 1 ? '1 emne er markeret “ved ikke”.' : `${n} emner er markeret “ved ikke”.`),
    en: (n: number) => (n === 1 ? '1 topic is marked “don’t know”.' : `${n} topics are marked “don’t know”.`),
  } satisfies TextFn<[number]>,
  reportTableCaption: { da: 'Emner efter vigtighed', en: 'Topics by importance' },
  reportColumns: {
    rank: { da: 'Nr.', en: 'No.' },
    topic: { da: 'Emne', en: 'Topic' },
    importance: { da: 'Vigtighed', en: 'Importance' },
    note: { da: 'Beslutning eller note', en: 'Decision or note' },
  },
  reportAgendaHeading: {
    da: 'Til samtalen',
    en: 'For the interview',
    volunteer: { da: 'Til den første samtale', en: 'For the first conversation' },
  },
  reportAgendaWarning: {
    da: 'Handler et emne om trivsel eller helbred, så tal om rammerne på arbejdspladsen. Det må ikke blive til spørgsmål om ansøgerens helbred: ansøgeren bestemmer selv, hvad hun eller han fortæller (helbredsoplysningsloven § 2).',
    en: 'If a topic is about wellbeing or health, talk about the conditions at the workplace. It must not become questions about the applicant’s health: the applicant decides what they tell (the Danish Health Information Act, § 2).',
    volunteer: {
      da: 'Handler et emne om trivsel eller helbred, så tal om rammerne i foreningen. Det må ikke blive til spørgsmål om den frivilliges helbred: den frivillige bestemmer selv, hvad hun eller han fortæller om sine erfaringer.',
      en: 'If a topic is about wellbeing or health, talk about the conditions in the association. It must not become questions about the volunteer’s health: the volunteer decides what they tell about their own experience.',
    },
  },
  reportUnknownHeading: { da: 'Markeret “ved ikke”', en: 'Marked “don’t know”' },
  recruitmentHeading: {
    da: 'Rekruttering og samtale',
    en: 'Recruitment and the interview',
    volunteer: {
      da: 'Rekruttering og første samtale',
      en: 'Finding a volunteer peer and the first conversation',
    },
  },
  recruitmentIntro: {
    da: 'Forbered opslaget, udvalget og samtalen, før I møder ansøgerne. Skriv jeres svar ned, så de kommer med i PDF’en.',
    en: 'Prepare the ad, the panel and the interview before you meet the applicants. Write your answers down so they go into the PDF.',
    volunteer: {
      da: 'Forbered opslaget og den første samtale, før I møder dem, der er interesserede. Skriv jeres svar ned, så de kommer med i PDF’en.',
      en: 'Prepare the call and the first conversation before you meet those who are interested. Write your answers down so they go into the PDF.',
    },
  },
  recruitmentSources: {
    da: (names: string, count: number) => `${count === 1 ? 'Kilde' : 'Kilder'}: ${names}`,
    en: (names: string, count: number) => `${count === 1 ? 'Source' : 'Sources'}: ${names}`,
  } satisfies TextFn<[string, number]>,
} as const;
