/**
 * The Role Star: the tasks (spokes) of a peer worker role and the scale for how central each task
 * should be. Inspired by "The Peer Worker Role Star" in St George's organisational toolkit (2015).
 * The original spoke names could not be obtained, so these fourteen are our own wording, grounded in
 * the research behind the toolkit (Gillard et al. 2013, 2015) and Danish peer job descriptions.
 * The ids are storage keys: never change them, so the original wording can be swapped in later.
 */
import type { Text, TextFn } from './types';

export interface RoleStarDimension {
  id: string;
  label: Text;
  /** One sentence on what the task covers. */
  description: Text;
}

export const roleStarDimensions = [
  {
    id: 'one-to-one',
    label: { da: 'Individuelle peer-samtaler', en: 'One-to-one peer support' },
    description: {
      da: 'Samtaler og støtte over tid med én person ad gangen, hvor relationen bygger på fælles levede erfaringer.',
      en: 'Conversations and support with one person at a time, built on a relationship of shared lived experience.',
    },
  },
  {
    id: 'own-experience',
    label: { da: 'Bevidst brug af egne erfaringer', en: 'Using own lived experience' },
    description: {
      da: 'At dele af sine egne erfaringer med psykisk sårbarhed og recovery, når og som peer-medarbejderen selv vælger det.',
      en: 'Sharing from one’s own experience of mental health difficulties and recovery, when and how the peer worker chooses.',
      volunteer: {
        da: 'At dele af sine egne erfaringer med psykisk sårbarhed og recovery, når og som den frivillige peer selv vælger det.',
        en: 'Sharing from one’s own experience of mental health difficulties and recovery, when and how the volunteer peer chooses.',
      },
    },
  },
  {
    id: 'groups',
    label: { da: 'Grupper og gruppeforløb', en: 'Groups and group courses' },
    description: {
      da: 'At lede eller være med til at lede grupper, fx samtalegrupper, recovery-kurser eller kreative grupper.',
      en: 'Running or co-running groups, such as peer groups, recovery courses or creative groups.',
    },
  },
  {
    id: 'role-model',
    label: { da: 'Rollemodel for håb og recovery', en: 'Role model for hope and recovery' },
    description: {
      da: 'At vise med sit eget liv og arbejde, at det er muligt at komme sig og leve et godt liv.',
      en: 'Showing through one’s own life and work that recovery and a good life are possible.',
    },
  },
  {
    id: 'community',
    label: { da: 'Brobygning til fællesskaber', en: 'Bridge to community and networks' },
    description: {
      da: 'At hjælpe dem, I støtter, videre til foreninger, netværk, uddannelse og fællesskaber i lokalmiljøet.',
      en: 'Helping people find their way to associations, networks, education and communities nearby.',
    },
  },
  {
    id: 'bridge-staff',
    label: {
      da: 'Bindeled mellem borgere/patienter og personale',
      en: 'Link between the people supported and staff',
      volunteer: {
        da: 'Bindeled mellem brugerne og foreningen',
        en: 'Link between the users and the association',
      },
    },
    description: {
      da: 'At hjælpe borgere/patienter og personale med at forstå hinanden og at bringe deres perspektiv ind i teamet.',
      en: 'Helping the people supported and the staff understand each other, and bringing their view into the team.',
      volunteer: {
        da: 'At hjælpe brugerne, bestyrelsen og koordinatoren med at forstå hinanden og at bringe brugernes perspektiv ind i foreningen.',
        en: 'Helping the users, the board and the coordinator understand each other, and bringing the users’ view into the association.',
      },
    },
  },
  {
    id: 'practical',
    label: { da: 'Praktisk hverdagsstøtte', en: 'Practical everyday support' },
    description: {
      da: 'Praktisk hjælp i hverdagen, fx at følge en person til en aftale eller hjælpe med post og indkøb.',
      en: 'Practical help in daily life, such as going with someone to an appointment or helping with post and shopping.',
    },
  },
  {
    id: 'voice',
    label: { da: 'Egen stemme og egne valg', en: 'Own voice and own choices' },
    description: {
      da: 'At støtte den enkelte i selv at sige sin mening, træffe sine valg og blive hørt, når der besluttes noget om hende eller ham.',
      en: 'Supporting people to speak up, make their own choices and be heard in their own care.',
    },
  },
  {
    id: 'social',
    label: { da: 'Samvær og aktiviteter', en: 'Social time and activities' },
    description: {
      da: 'At være sammen med dem, I støtter, i hverdagen, fx i et værested, på ture eller ved fælles aktiviteter.',
      en: 'Spending time with people day to day, such as at a drop-in centre, on outings or in shared activities.',
    },
  },
  {
    id: 'teaching',
    label: { da: 'Undervisning og oplæg', en: 'Teaching and talks' },
    description: {
      da: 'At undervise eller holde oplæg om recovery og levede erfaringer for borgere/patienter, pårørende, kolleger eller studerende.',
      en: 'Teaching or giving talks on recovery and lived experience to people supported, relatives, colleagues or students.',
      volunteer: {
        da: 'At undervise eller holde oplæg om recovery og levede erfaringer for brugere, pårørende, medlemmer, andre frivillige eller studerende.',
        en: 'Teaching or giving talks on recovery and lived experience to users, relatives, members, other volunteers or students.',
      },
    },
  },
  {
    id: 'development',
    label: { da: 'Udvikling af tilbud og recovery-kultur', en: 'Developing services and recovery culture' },
    description: {
      da: 'At være med til at udvikle arbejdspladsens tilbud, sprog og praksis, så de understøtter recovery.',
      en: 'Helping to develop the workplace’s services, language and practice so they support recovery.',
      volunteer: {
        da: 'At være med til at udvikle foreningens tilbud, sprog og praksis, så de understøtter recovery.',
        en: 'Helping to develop the association’s activities, language and practice so they support recovery.',
      },
    },
  },
  {
    id: 'general-tasks',
    label: {
      da: 'Generelle medarbejderopgaver',
      en: 'General staff tasks',
      volunteer: { da: 'Generelle opgaver i foreningen', en: 'General tasks in the association' },
    },
    description: {
      da: 'Opgaver, som alle i teamet løser, fx administration, dokumentation, vagtdækning og at tage telefonen.',
      en: 'Tasks everyone in the team does, such as admin, record keeping, covering shifts and answering the phone.',
      volunteer: {
        da: 'Opgaver, som alle frivillige løser, fx at åbne og lukke, lave kaffe, passe en vagt i værestedet og tage telefonen.',
        en: 'Tasks every volunteer does, such as opening and closing, making coffee, covering a shift at the drop-in and answering the phone.',
      },
    },
  },
  // Added later, at the end so stored stars keep their order (Jacobson et al. 2012; research/content.md §8).
  {
    id: 'skills-goals',
    label: { da: 'Færdigheder og mål', en: 'Skills and goals' },
    description: {
      da: 'At støtte den enkelte i at lære nye færdigheder og sætte sine egne mål, fx i en recovery-plan, og i at tage skridt hen imod dem.',
      en: 'Supporting people to learn new skills and set their own goals, such as in a recovery plan, and to take steps towards them.',
    },
  },
  {
    id: 'bridge-sectors',
    label: { da: 'Brobygning mellem psykiatri og kommune', en: 'Bridging psychiatry and the municipality' },
    description: {
      da: 'At følge en person i overgangen mellem regionens psykiatri og kommunens tilbud, fx fra udskrivning til hverdagen, så tråden ikke bliver klippet over.',
      en: 'Going with a person through the move between regional psychiatric services and the municipality’s services, such as from discharge to everyday life, so the thread is not cut.',
    },
  },
] as const satisfies readonly RoleStarDimension[];

export type RoleStarDimensionId = (typeof roleStarDimensions)[number]['id'];

/** The spoke whose growth is a warning sign: the toolkit's research found that peer roles lose what
 * makes them distinct when they fill up with general staff tasks. */
export const GENERAL_TASKS_ID: RoleStarDimensionId = 'general-tasks';

export interface RoleStarScalePoint {
  value: number;
  label: Text;
  /** The label on a rating button: the same words, with soft hyphens where a long word may break. */
  controlLabel: Text;
  description: Text;
}

/** How central a task should be in the role, 0–4. */
export const roleStarScale = [
  {
    value: 0,
    label: { da: 'Ikke en del af rollen', en: 'Not part of the role' },
    controlLabel: { da: 'Ikke en del af rollen', en: 'Not part of the role' },
    description: {
      da: 'Opgaven hører ikke til peer-medarbejderens rolle.',
      en: 'The task does not belong to the peer worker’s role.',
      volunteer: {
        da: 'Opgaven hører ikke til den frivillige peers rolle.',
        en: 'The task does not belong to the volunteer peer’s role.',
      },
    },
  },
  {
    value: 1,
    label: { da: 'Lejlighedsvis', en: 'Occasionally' },
    controlLabel: { da: 'Lejligheds\u00advis', en: 'Occasion\u00adally' },
    description: {
      da: 'Opgaven forekommer en gang imellem, men er ikke noget, rollen bygger på.',
      en: 'The task comes up now and then, but the role is not built on it.',
    },
  },
  {
    value: 2,
    label: { da: 'Mindre, fast del', en: 'Smaller, regular part' },
    controlLabel: { da: 'Mindre, fast del', en: 'Smaller, regular part' },
    description: {
      da: 'Opgaven er en fast, men mindre del af rollen.',
      en: 'The task is a regular but smaller part of the role.',
    },
  },
  {
    value: 3,
    label: { da: 'Vigtig del', en: 'Important part' },
    controlLabel: { da: 'Vigtig del', en: 'Important part' },
    description: {
      da: 'Opgaven fylder meget og er vigtig for, hvad rollen skal opnå.',
      en: 'The task takes up a lot and matters for what the role should achieve.',
    },
  },
  {
    value: 4,
    label: { da: 'Kerneopgave', en: 'Core of the role' },
    controlLabel: { da: 'Kerne\u00adopgave', en: 'Core of the role' },
    description: {
      da: 'Opgaven er selve kernen i rollen: det, peer-medarbejderen først og fremmest er ansat til.',
      en: 'The task is the very core of the role: what the peer worker is first and foremost hired for.',
      volunteer: {
        da: 'Opgaven er selve kernen i rollen: det, den frivillige peer først og fremmest er med for.',
        en: 'The task is the very core of the role: what the volunteer peer is first and foremost there for.',
      },
    },
  },
] as const satisfies readonly RoleStarScalePoint[];

export const ROLE_STAR_MIN = 0;
export const ROLE_STAR_MAX = 4;
/** The fewest and most dimensions a star can have and stay readable. */
export const MIN_DIMENSIONS = 3;
export const MAX_DIMENSIONS = 24;
/** A gap this large between the two ratings marks a dimension to talk about first. */
export const TALK_GAP = 2;

type Fn<A extends unknown[]> = TextFn<A>;

/** Every text on the Role Star's screens and in its report section. */
export const roleStarText = {
  intro: {
    da: 'Rollestjernen hjælper jer med at afstemme forventninger: Hvilke opgaver skal rollen rumme, og hvor meget skal hver af dem fylde? I vurderer rollen – ikke personen.',
    en: 'The Role Star helps you align expectations: which tasks should the role hold, and how much should each of them take up? You rate the role – not the person.',
  },
  roundIntro: {
    da: 'Husk: I vurderer rollen – ikke personen.',
    en: 'Remember: you rate the role – not the person.',
  },
  inspiredNote: {
    da: 'Stjernen er inspireret af "The Peer Worker Role Star" fra St George’s, University of London (2015). Værktøjets egne opgaver kunne ikke skaffes, så opgaverne og skalaen her er vores egne, bygget på forskningen bag værktøjet og på danske funktionsbeskrivelser for peer-medarbejdere.',
    en: 'The star is inspired by "The Peer Worker Role Star" from St George’s, University of London (2015). The tool’s own tasks could not be obtained, so the tasks and the scale here are our own, built on the research behind the tool and on Danish peer worker job descriptions.',
    // The source's title names paid peer workers; a volunteer case names the toolkit instead.
    volunteer: {
      da: 'Stjernen er inspireret af rollestjernen i St George’s, University of Londons værktøjskasse om peer-roller (2015). Værktøjets egne opgaver kunne ikke skaffes, så opgaverne og skalaen her er vores egne, bygget på forskningen bag værktøjet og på danske beskrivelser af peer-roller.',
      en: 'The star is inspired by the role star in the toolkit on peer roles from St George’s, University of London (2015). The tool’s own tasks could not be obtained, so the tasks and the scale here are our own, built on the research behind the tool and on Danish descriptions of peer roles.',
    },
  },
  steps: [
    {
      da: 'Hver for sig: I vurderer på skift på tabletten. Ingen ser de øvrige svar, før alle har vurderet.',
      en: 'Apart: you take turns rating on the tablet. No one sees the other answers until everyone has rated.',
    },
    {
      da: 'Sammen: I ser stjernerne side om side og taler først om de største forskelle.',
      en: 'Together: you see the stars side by side and talk about the biggest differences first.',
    },
    {
      da: 'Aftal: I vælger en fælles værdi for hver opgave. Det er jeres aftalte stjerne.',
      en: 'Agree: you choose one shared value for each task. That is your agreed star.',
    },
  ],
  /** In a volunteer case: the coordinator, the volunteer peer, and another volunteer or staff member. */
  person: {
    manager: {
      da: 'lederen',
      en: 'the manager',
      volunteer: { da: 'koordinatoren', en: 'the coordinator' },
    },
    peer: {
      da: 'peer-medarbejderen',
      en: 'the peer worker',
      volunteer: { da: 'den frivillige peer', en: 'the volunteer peer' },
    },
    colleague: {
      da: 'kollegaen',
      en: 'the colleague',
      volunteer: { da: 'den tredje', en: 'the third rater' },
    },
  },
  role: {
    manager: { da: 'Leder', en: 'Manager', volunteer: { da: 'Koordinator', en: 'Coordinator' } },
    peer: {
      da: 'Peer-medarbejder',
      en: 'Peer worker',
      volunteer: { da: 'Frivillig peer', en: 'Volunteer peer' },
    },
    colleague: {
      da: 'Kollega',
      en: 'Colleague',
      volunteer: { da: 'Tredje person', en: 'Third rater' },
    },
  },
  seriesLabel: {
    da: (role: string, name: string) => (name ? `${role} (${name})` : role),
    en: (role: string, name: string) => (name ? `${role} (${name})` : role),
  } satisfies Fn<[string, string]>,
  agreed: { da: 'Aftalt', en: 'Agreed' },
  skip: { da: 'Spring over', en: 'Skip' },
  skipped: { da: 'Sprunget over', en: 'Skipped' },
  notAnswered: { da: 'Ikke besvaret', en: 'Not answered' },
  notAgreed: { da: 'Ikke aftalt endnu', en: 'Not agreed yet' },
  undo: { da: 'Fortryd', en: 'Undo' },

  // The list of rounds
  roundsHeading: { da: 'Jeres runder', en: 'Your rounds' },
  noRounds: {
    da: 'I har ikke startet en runde endnu. En runde er én samtale om rollen, fx jeres første møde efter ansættelsen.',
    en: 'You have not started a round yet. A round is one conversation about the role, e.g. your first meeting after the hiring.',
    volunteer: {
      da: 'I har ikke startet en runde endnu. En runde er én samtale om rollen, fx jeres første møde, når den frivillige peer starter.',
      en: 'You have not started a round yet. A round is one conversation about the role, e.g. your first meeting when the volunteer peer starts.',
    },
  },
  roundMeta: {
    da: (date: string, status: string) => (date ? `${date} · ${status}` : status),
    en: (date: string, status: string) => (date ? `${date} · ${status}` : status),
  } satisfies Fn<[string, string]>,
  untitledRound: { da: 'Runde uden navn', en: 'Untitled round' },
  status: {
    notStarted: { da: 'Ikke startet', en: 'Not started' },
    rating: { da: 'I gang med at vurdere', en: 'Rating in progress' },
    ready: { da: 'Klar til at se stjernerne', en: 'Ready to see the stars' },
    agreeing: {
      da: (done: number, total: number) => `${done} af ${total} aftalt`,
      en: (done: number, total: number) => `${done} of ${total} agreed`,
    } satisfies Fn<[number, number]>,
    complete: { da: 'Aftalt stjerne klar', en: 'Agreed star ready' },
  },
  openRound: {
    da: (name: string) => `Åbn ${name}`,
    en: (name: string) => `Open ${name}`,
  } satisfies Fn<[string]>,
  deleteRound: {
    da: (name: string) => `Slet ${name}`,
    en: (name: string) => `Delete ${name}`,
  } satisfies Fn<[string]>,
  delete: { da: 'Slet', en: 'Delete' },
  roundDeleted: { da: 'Runden er slettet.', en: 'The round was deleted.' },
  newRoundHeading: { da: 'Start en ny runde', en: 'Start a new round' },
  roundName: { da: 'Navn på runden', en: 'Name of the round' },
  roundNameHint: {
    da: 'Fx "Første fælles aftale om rollen" eller "Opfølgning efter 3 måneder".',
    en: 'E.g. "First shared agreement on the role" or "Follow-up after 3 months".',
  },
  firstRoundName: { da: 'Første fælles aftale om rollen', en: 'First shared agreement on the role' },
  laterRoundName: { da: 'Opfølgning', en: 'Follow-up' },
  roundDate: { da: 'Dato', en: 'Date' },
  editRoundDetails: { da: 'Ret rundens navn og dato', en: 'Edit the round’s name and date' },
  startFromAgreed: {
    da: (name: string) => `Start fra det, I aftalte i "${name}"`,
    en: (name: string) => `Start from what you agreed in "${name}"`,
  } satisfies Fn<[string]>,
  startFromAgreedHint: {
    da: 'Begge starter med de aftalte værdier og retter dem, hvor de ser det anderledes nu.',
    en: 'You both start from the agreed values and change them where you see it differently now.',
  },
  startRound: { da: 'Start runden', en: 'Start the round' },
  dimensionsLink: {
    da: (n: number) => `Tilpas opgaverne (${n} i stjernen)`,
    en: (n: number) => `Adjust the tasks (${n} in the star)`,
  } satisfies Fn<[number]>,
  compareLink: { da: 'Sammenlign to runder', en: 'Compare two rounds' },
  backToRounds: { da: 'Alle runder', en: 'All rounds' },
  tooFewToStart: {
    da: 'Stjernen skal have mindst 3 opgaver, før I kan starte en runde. Vis eller tilføj flere under "Tilpas opgaverne".',
    en: 'The star needs at least 3 tasks before you can start a round. Show or add more under "Adjust the tasks".',
  },

  // Choosing who rates first
  chooseHeading: { da: 'Hvem vurderer først?', en: 'Who rates first?' },
  /** By the number of raters (2 or 3). */
  chooseText: {
    da: (raters: number): string =>
      raters === 2
        ? 'I vurderer hver for sig, én ad gangen. Mens den ene vurderer, er den andens svar skjult. Det er lige meget, hvem der starter.'
        : 'I vurderer hver for sig, én ad gangen. Mens én vurderer, er de andres svar skjult. Det er lige meget, hvem der starter.',
    en: (raters: number): string =>
      raters === 2
        ? 'You rate apart, one at a time. While one of you rates, the other’s answers are hidden. It does not matter who starts.'
        : 'You rate apart, one at a time. While one of you rates, the others’ answers are hidden. It does not matter who starts.',
  } satisfies Fn<[number]>,
  startsFirst: {
    da: (name: string) => `${name} starter`,
    en: (name: string) => `${name} starts`,
  } satisfies Fn<[string]>,

  // Rating
  ratingHeading: {
    da: (name: string) => `${name} vurderer nu`,
    en: (name: string) => `${name} is rating now`,
  } satisfies Fn<[string]>,
  ratingText: {
    da: (otherGenitive: string) =>
      `Hvor central skal hver opgave være i rollen? Der er ingen rigtige eller forkerte svar. ${otherGenitive} svar er skjult, og dine bliver skjult, når du giver tabletten videre.`,
    en: (otherGenitive: string) =>
      `How central should each task be in the role? There are no right or wrong answers. ${otherGenitive} answers are hidden, and yours will be hidden when you pass the tablet on.`,
  } satisfies Fn<[string]>,
  startedFromNote: {
    da: (name: string) =>
      `Svarene er udfyldt med det, I aftalte i "${name}". Ret dem, hvor du ser det anderledes nu.`,
    en: (name: string) =>
      `The answers start from what you agreed in "${name}". Change them where you see it differently now.`,
  } satisfies Fn<[string]>,
  scaleHelp: { da: 'Hvad betyder trinene?', en: 'What do the steps mean?' },
  progress: {
    da: (done: number, total: number) => `${done} af ${total}`,
    en: (done: number, total: number) => `${done} of ${total}`,
  } satisfies Fn<[number, number]>,
  progressLabel: { da: 'besvaret', en: 'answered' },
  finishPass: { da: 'Færdig – giv tabletten videre', en: 'Done – pass the tablet on' },
  finishLast: { da: 'Færdig', en: 'Done' },
  missing: {
    da: (n: number) =>
      `${n === 1 ? '1 opgave mangler' : `${n} opgaver mangler`} et svar. Vælg en værdi eller "Spring over".`,
    en: (n: number) => `${n === 1 ? '1 task needs' : `${n} tasks need`} an answer. Choose a value or "Skip".`,
  } satisfies Fn<[number]>,

  // Hand-over
  handoverHeading: {
    da: (name: string) => `Giv tabletten til ${name}`,
    en: (name: string) => `Pass the tablet to ${name}`,
  } satisfies Fn<[string]>,
  handoverText: {
    da: (fromGenitive: string) => `${fromGenitive} svar er gemt og skjult.`,
    en: (fromGenitive: string) => `${fromGenitive} answers are saved and hidden.`,
  } satisfies Fn<[string]>,
  handoverStart: {
    da: (name: string) => `Jeg er ${name} – start`,
    en: (name: string) => `I am ${name} – start`,
  } satisfies Fn<[string]>,
  handoverBack: {
    da: (name: string) => `Tilbage – ${name} er ikke færdig`,
    en: (name: string) => `Back – ${name} is not done`,
  } satisfies Fn<[string]>,

  // Ready to reveal
  /** By the number of raters (2 or 3). */
  readyHeading: {
    da: (raters: number): string => (raters === 2 ? 'I er begge færdige' : 'I er alle tre færdige'),
    en: (raters: number): string => (raters === 2 ? 'You are both done' : 'All three of you are done'),
  } satisfies Fn<[number]>,
  readyText: {
    da: (raters: number): string =>
      raters === 2
        ? 'Sæt jer, så I begge kan se skærmen. Jeres to stjerner vises sammen, med de største forskelle først.'
        : 'Sæt jer, så I alle kan se skærmen. Jeres tre stjerner vises sammen, med de største forskelle først.',
    en: (raters: number): string =>
      raters === 2
        ? 'Sit so you can both see the screen. Your two stars appear together, with the biggest differences first.'
        : 'Sit so you can all see the screen. Your three stars appear together, with the biggest differences first.',
  } satisfies Fn<[number]>,
  reveal: { da: 'Vis vores stjerner', en: 'Show our stars' },

  // Reveal
  revealHeading: {
    da: (raters: number): string => (raters === 2 ? 'Jeres to stjerner' : 'Jeres tre stjerner'),
    en: (raters: number): string => (raters === 2 ? 'Your two stars' : 'Your three stars'),
  } satisfies Fn<[number]>,
  chartTitle: {
    da: (name: string) => `Rollestjernen: ${name}`,
    en: (name: string) => `The Role Star: ${name}`,
  } satisfies Fn<[string]>,
  chartDescription: {
    da: 'Hvor central hver opgave skal være i rollen, fra 0 (ikke en del af rollen) til 4 (kerneopgave), vurderet af lederen og af peer-medarbejderen, og den aftalte værdi.',
    en: 'How central each task should be in the role, from 0 (not part of the role) to 4 (core of the role), as rated by the manager and by the peer worker, and the agreed value.',
    volunteer: {
      da: 'Hvor central hver opgave skal være i rollen, fra 0 (ikke en del af rollen) til 4 (kerneopgave), vurderet af koordinatoren og af den frivillige peer, og den aftalte værdi.',
      en: 'How central each task should be in the role, from 0 (not part of the role) to 4 (core of the role), as rated by the coordinator and by the volunteer peer, and the agreed value.',
    },
  },
  chartHint: {
    da: 'Tryk på en opgaves navn i stjernen for at gå til den.',
    en: 'Tap a task’s name in the star to go to it.',
  },
  tableToggle: { da: 'Se tallene som tabel', en: 'See the numbers as a table' },
  tableCaption: {
    da: (name: string) => `Vurderinger i ${name} (0–4)`,
    en: (name: string) => `Ratings in ${name} (0–4)`,
  } satisfies Fn<[string]>,
  axisHeader: { da: 'Opgave', en: 'Task' },
  differencesHeading: { da: 'Forskelle – tal om dem først', en: 'Differences – talk about these first' },
  differencesIntro: {
    da: 'En forskel er ikke et problem. Den viser, hvor det er værd at tale sammen. Start øverst.',
    en: 'A difference is not a problem. It shows where it is worth talking. Start at the top.',
  },
  talkBadge: { da: 'Tal om denne', en: 'Talk about this' },
  gap: {
    da: (n: number) => (n === 0 ? 'Samme vurdering' : `Forskel: ${n}`),
    en: (n: number) => (n === 0 ? 'Same rating' : `Difference: ${n}`),
  } satisfies Fn<[number]>,
  sameHeading: { da: 'Samme vurdering:', en: 'Same rating:' },
  cannotCompare: { da: 'Sprunget over af en af jer', en: 'Skipped by one of you' },
  noDifferences: {
    da: 'I vurderede alle opgaver ens. Et godt udgangspunkt.',
    en: 'You rated every task the same. A good place to start.',
  },
  ratingLine: {
    da: (who: string, value: string) => `${who}: ${value}`,
    en: (who: string, value: string) => `${who}: ${value}`,
  } satisfies Fn<[string, string]>,

  // Agreeing
  agreeHeading: { da: 'Jeres aftalte stjerne', en: 'Your agreed star' },
  agreeIntro: {
    da: 'Tal om hver opgave, og vælg sammen, hvor central den skal være. Skriv gerne en kort note om det, I aftalte.',
    en: 'Talk about each task and choose together how central it should be. Add a short note about what you agreed, if you like.',
  },
  agreedLegend: {
    da: (label: string) => `Aftalt for ${label}`,
    en: (label: string) => `Agreed for ${label}`,
  } satisfies Fn<[string]>,
  noteLabel: { da: 'Note (valgfri)', en: 'Note (optional)' },
  useSame: {
    da: (n: number) => `Brug jeres fælles værdi, hvor I gav det samme (${n})`,
    en: (n: number) => `Use your shared value where you gave the same (${n})`,
  } satisfies Fn<[number]>,
  agreedProgress: {
    da: (done: number, total: number) => `${done} af ${total} aftalt`,
    en: (done: number, total: number) => `${done} of ${total} agreed`,
  } satisfies Fn<[number, number]>,
  completeHeading: { da: 'Jeres aftalte stjerne er klar', en: 'Your agreed star is ready' },
  completeText: {
    da: 'Brug den som grundlag for funktionsbeskrivelsen. Om nogle måneder kan I tage en ny runde og se, hvad der har ændret sig.',
    en: 'Use it as the basis for the job description. In a few months you can take a new round and see what has changed.',
    volunteer: {
      da: 'Brug den som grundlag for beskrivelsen af opgaven. Om nogle måneder kan I tage en ny runde og se, hvad der har ændret sig.',
      en: 'Use it as the basis for the description of the task. In a few months you can take a new round and see what has changed.',
    },
  },
  generalTasksWarning: {
    da: 'Generelle medarbejderopgaver fylder meget i den aftalte stjerne. Forskningen bag værktøjet viser, at en peer-rolle kan miste det særlige, når den fyldes op med opgaver, som alle andre også løser. Tal om, hvordan I værner om peer-delen af rollen.',
    en: 'General staff tasks take up a lot of the agreed star. The research behind the tool shows that a peer role can lose what makes it distinct when it fills up with tasks everyone else does too. Talk about how you protect the peer part of the role.',
    volunteer: {
      da: 'Generelle opgaver i foreningen fylder meget i den aftalte stjerne. Forskningen bag værktøjet viser, at en peer-rolle kan miste det særlige, når den fyldes op med opgaver, som alle andre også løser. Tal om, hvordan I værner om peer-delen af rollen.',
      en: 'General tasks in the association take up a lot of the agreed star. The research behind the tool shows that a peer role can lose what makes it distinct when it fills up with tasks everyone else does too. Talk about how you protect the peer part of the role.',
    },
  },

  // Editing the dimensions
  dimensionsHeading: { da: 'Opgaverne i stjernen', en: 'The tasks in the star' },
  dimensionsIntro: {
    da: 'Brug de fjorten opgaver som inspiration. I kan omdøbe, flytte og skjule dem og tilføje jeres egne. Stjernen kan have fra 3 til 24 opgaver.',
    en: 'Use the fourteen tasks as inspiration. You can rename, move and hide them and add your own. The star can have 3 to 24 tasks.',
  },
  appliesToNew: {
    da: 'Ændringer gælder nye runder. En runde, I allerede har startet, beholder sine opgaver.',
    en: 'Changes apply to new rounds. A round you have already started keeps its tasks.',
  },
  visibleCount: {
    da: (n: number) => `${n} opgaver vises i stjernen`,
    en: (n: number) => `${n} tasks are shown in the star`,
  } satisfies Fn<[number]>,
  moveUp: {
    da: (label: string) => `Flyt ${label} op`,
    en: (label: string) => `Move ${label} up`,
  } satisfies Fn<[string]>,
  moveDown: {
    da: (label: string) => `Flyt ${label} ned`,
    en: (label: string) => `Move ${label} down`,
  } satisfies Fn<[string]>,
  hide: { da: 'Skjul', en: 'Hide' },
  show: { da: 'Vis', en: 'Show' },
  hideNamed: {
    da: (label: string) => `Skjul ${label}`,
    en: (label: string) => `Hide ${label}`,
  } satisfies Fn<[string]>,
  showNamed: {
    da: (label: string) => `Vis ${label}`,
    en: (label: string) => `Show ${label}`,
  } satisfies Fn<[string]>,
  hiddenBadge: { da: 'Skjult', en: 'Hidden' },
  ownBadge: { da: 'Egen opgave', en: 'Own task' },
  renamedFrom: {
    da: (label: string) => `Vores navn: ${label}`,
    en: (label: string) => `Our name: ${label}`,
  } satisfies Fn<[string]>,
  renameToggle: { da: 'Omdøb', en: 'Rename' },
  renameLabel: { da: 'Jeres navn for opgaven', en: 'Your name for the task' },
  renameHint: {
    da: 'Lad feltet stå tomt for at bruge vores navn.',
    en: 'Leave the field empty to use our name.',
  },
  ownLabel: { da: 'Navn på opgaven', en: 'Name of the task' },
  ownDescription: { da: 'Kort forklaring (valgfri)', en: 'Short explanation (optional)' },
  untitledDimension: { da: 'Opgave uden navn', en: 'Untitled task' },
  addHeading: { da: 'Tilføj en egen opgave', en: 'Add a task of your own' },
  addButton: { da: 'Tilføj opgaven', en: 'Add the task' },
  removeNamed: {
    da: (label: string) => `Fjern ${label}`,
    en: (label: string) => `Remove ${label}`,
  } satisfies Fn<[string]>,
  removed: { da: 'Opgaven er fjernet.', en: 'The task was removed.' },
  minReached: {
    da: 'Stjernen skal have mindst 3 opgaver. Vis eller tilføj en anden, før I skjuler flere.',
    en: 'The star needs at least 3 tasks. Show or add another before you hide more.',
  },
  maxReached: {
    da: 'Stjernen kan højst have 24 opgaver, så den kan læses. Skjul en, før I tilføjer eller viser flere.',
    en: 'The star can have at most 24 tasks so it stays readable. Hide one before you add or show more.',
  },

  // Comparing rounds
  compareHeading: { da: 'Sammenlign to runder', en: 'Compare two rounds' },
  compareIntro: {
    da: 'Se, hvordan jeres aftalte stjerne har ændret sig fra én runde til en anden.',
    en: 'See how your agreed star has changed from one round to another.',
  },
  compareNeedsTwo: {
    da: 'I skal have mindst to runder for at sammenligne.',
    en: 'You need at least two rounds to compare.',
  },
  pickA: { da: 'Første runde', en: 'First round' },
  pickB: { da: 'Anden runde', en: 'Second round' },
  compareChartTitle: {
    da: (a: string, b: string) => `Aftalt stjerne: ${a} og ${b}`,
    en: (a: string, b: string) => `Agreed star: ${a} and ${b}`,
  } satisfies Fn<[string, string]>,
  compareChartDescription: {
    da: 'Den aftalte værdi for hver opgave i de to runder, fra 0 (ikke en del af rollen) til 4 (kerneopgave).',
    en: 'The agreed value of each task in the two rounds, from 0 (not part of the role) to 4 (core of the role).',
  },
  compareTableCaption: {
    da: 'Aftalte værdier i de to runder (0–4)',
    en: 'Agreed values in the two rounds (0–4)',
  },
  changesHeading: { da: 'Det har ændret sig', en: 'What changed' },
  change: {
    da: (a: string, b: string) => `fra ${a} til ${b}`,
    en: (a: string, b: string) => `from ${a} to ${b}`,
  } satisfies Fn<[string, string]>,
  unchanged: {
    da: (v: string) => `uændret: ${v}`,
    en: (v: string) => `unchanged: ${v}`,
  } satisfies Fn<[string]>,
  added: {
    da: (name: string) => `ny i "${name}"`,
    en: (name: string) => `new in "${name}"`,
  } satisfies Fn<[string]>,
  removedFromRound: {
    da: (name: string) => `ikke med i "${name}"`,
    en: (name: string) => `not in "${name}"`,
  } satisfies Fn<[string]>,
  unknownChange: { da: 'ikke aftalt i begge runder', en: 'not agreed in both rounds' },
  unchangedHeading: { da: 'Uændret:', en: 'Unchanged:' },
  noChanges: { da: 'Intet er ændret.', en: 'Nothing has changed.' },

  // Report
  reportRound: {
    da: (name: string, date: string) => (date ? `${name} (${date})` : name),
    en: (name: string, date: string) => (date ? `${name} (${date})` : name),
  } satisfies Fn<[string, string]>,
  reportNotes: { da: 'Noter', en: 'Notes' },
  reportNotRevealed: {
    da: 'Runden er ikke færdig: stjernerne er ikke vist endnu.',
    en: 'The round is not finished: the stars have not been shown yet.',
  },
  reportInspired: {
    da: 'Inspireret af "The Peer Worker Role Star" (St George’s, University of London, 2015); opgaver og skala er Peerstarts egne.',
    en: 'Inspired by "The Peer Worker Role Star" (St George’s, University of London, 2015); tasks and scale are Peerstart’s own.',
    volunteer: {
      da: 'Inspireret af rollestjernen i St George’s, University of Londons værktøjskasse om peer-roller (2015); opgaver og skala er Peerstarts egne.',
      en: 'Inspired by the role star in the toolkit on peer roles from St George’s, University of London (2015); tasks and scale are Peerstart’s own.',
    },
  },

  // Modes, the merged start and the turn (added for the tablet flow)
  modeLegend: { da: 'Hvem vurderer i denne runde?', en: 'Who rates in this round?' },
  modeTogether: {
    da: 'Leder og peer-medarbejder',
    en: 'Manager and peer worker',
    volunteer: { da: 'Koordinator og frivillig peer', en: 'Coordinator and volunteer peer' },
  },
  modeTogetherHint: {
    da: 'I vurderer hver for sig og aftaler derefter en fælles stjerne.',
    en: 'You rate apart, then agree on a shared star.',
  },
  modeColleague: {
    da: 'Leder, peer-medarbejder og en kollega',
    en: 'Manager, peer worker and a colleague',
    volunteer: {
      da: 'Koordinator, frivillig peer og en tredje fra foreningen',
      en: 'Coordinator, volunteer peer and a third from the association',
    },
  },
  modeColleagueHint: {
    da: 'En kollega vurderer med som tredje. Det viser, hvordan teamet ser rollen.',
    en: 'A colleague rates as a third person. It shows how the team sees the role.',
    volunteer: {
      da: 'En anden frivillig eller en fra foreningens personale vurderer med som tredje. Det viser, hvordan andre i foreningen ser rollen.',
      en: 'Another volunteer, or one of the association’s staff, rates as a third person. It shows how others in the association see the role.',
    },
  },
  modeSolo: {
    da: 'Peer-medarbejderen alene',
    en: 'The peer worker alone',
    volunteer: { da: 'Den frivillige peer alene', en: 'The volunteer peer alone' },
  },
  modeSoloHint: {
    da: 'Peer-medarbejderen vurderer alene for at blive klar over, hvordan hun eller han ser sin egen rolle.',
    en: 'The peer worker rates alone to get clear about how they see their own role.',
    volunteer: {
      da: 'Den frivillige peer vurderer alene for at blive klar over, hvordan hun eller han ser sin egen rolle.',
      en: 'The volunteer peer rates alone to get clear about how they see their own role.',
    },
  },
  colleagueNameLabel: {
    da: 'Kollegaens navn (valgfrit)',
    en: 'The colleague’s name (optional)',
    volunteer: { da: 'Den tredjes navn (valgfrit)', en: 'The third rater’s name (optional)' },
  },
  roundDetailsToggle: {
    da: (name: string, date: string) => (date ? `Navn og dato: ${name}, ${date}` : `Navn: ${name}`),
    en: (name: string, date: string) => (date ? `Name and date: ${name}, ${date}` : `Name: ${name}`),
  } satisfies Fn<[string, string]>,
  startHeading: { da: 'Hvem starter?', en: 'Who starts?' },
  startHint: {
    da: 'Tryk på den, der vurderer først. Runden starter med det samme, og ingen ser de andres svar imens.',
    en: 'Tap the person who rates first. The round starts at once, and the others’ answers stay hidden meanwhile.',
  },
  startSolo: {
    da: (name: string) => `Start – ${name} vurderer`,
    en: (name: string) => `Start – ${name} rates`,
  } satisfies Fn<[string]>,
  turnBar: {
    da: (name: string) => `${name} vurderer nu`,
    en: (name: string) => `${name} is rating now`,
  } satisfies Fn<[string]>,
  autoPassNote: {
    da: (name: string) => `Når alle opgaver har et svar, går turen videre til ${name}.`,
    en: (name: string) => `When every task has an answer, the turn passes to ${name}.`,
  } satisfies Fn<[string]>,
  autoReadyNote: {
    da: 'Når alle opgaver har et svar, er I klar til at se stjernerne.',
    en: 'When every task has an answer, you are ready to see the stars.',
  },
  autoOwnNote: {
    da: 'Når alle opgaver har et svar, ser du din egen stjerne.',
    en: 'When every task has an answer, you see your own star.',
  },
  finishTo: {
    da: (name: string) => `Færdig – giv tabletten til ${name}`,
    en: (name: string) => `Done – pass the tablet to ${name}`,
  } satisfies Fn<[string]>,
  passedBanner: {
    da: (doneGenitive: string, name: string) =>
      `${doneGenitive} svar er gemt og skjult. Giv tabletten til ${name}.`,
    en: (doneGenitive: string, name: string) =>
      `${doneGenitive} answers are saved and hidden. Pass the tablet to ${name}.`,
  } satisfies Fn<[string, string]>,
  readyBack: {
    da: (name: string) => `Tilbage – ${name} vil rette et svar`,
    en: (name: string) => `Back – ${name} wants to change an answer`,
  } satisfies Fn<[string]>,
  previousAgreed: {
    da: (name: string, value: string) => `Aftalt i "${name}": ${value}`,
    en: (name: string, value: string) => `Agreed in "${name}": ${value}`,
  } satisfies Fn<[string, string]>,
  previousHeading: {
    da: (name: string) => `Til sammenligning: det, I aftalte i "${name}"`,
    en: (name: string) => `For comparison: what you agreed in "${name}"`,
  } satisfies Fn<[string]>,
  previousIntro: {
    da: 'Hver af jer vurderede fra bunden. Under hver opgave står, hvad I aftalte sidst.',
    en: 'Each of you rated from scratch. Under each task is what you agreed last time.',
  },
  compareWithPrevious: { da: 'Sammenlign de to runder', en: 'Compare the two rounds' },
  ownHeading: { da: 'Din egen stjerne', en: 'Your own star' },
  ownIntro: {
    da: 'Sådan ser du din rolle lige nu. Brug den til at forberede samtalen med din leder – du bestemmer selv, om du vil vise den.',
    en: 'This is how you see your role right now. Use it to prepare the talk with your manager – you decide whether to show it.',
    volunteer: {
      da: 'Sådan ser du din rolle lige nu. Brug den til at forberede samtalen med koordinatoren – du bestemmer selv, om du vil vise den.',
      en: 'This is how you see your role right now. Use it to prepare the talk with the coordinator – you decide whether to show it.',
    },
  },
  ownTableCaption: {
    da: (name: string) => `Din vurdering i ${name} (0–4)`,
    en: (name: string) => `Your rating in ${name} (0–4)`,
  } satisfies Fn<[string]>,
  ownChartDescription: {
    da: 'Hvor central hver opgave skal være i rollen, fra 0 (ikke en del af rollen) til 4 (kerneopgave), som peer-medarbejderen selv ser det.',
    en: 'How central each task should be in the role, from 0 (not part of the role) to 4 (core of the role), as the peer worker sees it.',
    volunteer: {
      da: 'Hvor central hver opgave skal være i rollen, fra 0 (ikke en del af rollen) til 4 (kerneopgave), som den frivillige peer selv ser det.',
      en: 'How central each task should be in the role, from 0 (not part of the role) to 4 (core of the role), as the volunteer peer sees it.',
    },
  },
  ownBack: { da: 'Ret mine svar', en: 'Change my answers' },
  statusOwn: { da: 'Egen stjerne klar', en: 'Own star ready' },
  soloBadge: { da: 'Alene', en: 'Alone' },
  colleagueBadge: {
    da: 'Med kollega',
    en: 'With a colleague',
    volunteer: { da: 'Med en tredje', en: 'With a third rater' },
  },
  chartDescriptionThree: {
    da: 'Hvor central hver opgave skal være i rollen, fra 0 (ikke en del af rollen) til 4 (kerneopgave), vurderet af lederen, peer-medarbejderen og en kollega, og den aftalte værdi.',
    en: 'How central each task should be in the role, from 0 (not part of the role) to 4 (core of the role), as rated by the manager, the peer worker and a colleague, and the agreed value.',
    volunteer: {
      da: 'Hvor central hver opgave skal være i rollen, fra 0 (ikke en del af rollen) til 4 (kerneopgave), vurderet af koordinatoren, den frivillige peer og en tredje fra foreningen, og den aftalte værdi.',
      en: 'How central each task should be in the role, from 0 (not part of the role) to 4 (core of the role), as rated by the coordinator, the volunteer peer and a third from the association, and the agreed value.',
    },
  },
  useForDescription: {
    da: 'Brug den til funktionsbeskrivelsen',
    en: 'Use it for the job description',
    volunteer: { da: 'Brug den til beskrivelsen af opgaven', en: 'Use it for the description of the task' },
  },
  reportOwn: {
    da: 'Peer-medarbejderens egen vurdering (uden aftale).',
    en: 'The peer worker’s own rating (not agreed).',
    volunteer: {
      da: 'Den frivillige peers egen vurdering (uden aftale).',
      en: 'The volunteer peer’s own rating (not agreed).',
    },
  },
  reportPrevious: { da: 'Aftalt sidst', en: 'Agreed last time' },
  soloRatingText: {
    da: 'Hvor central skal hver opgave være i din rolle, som du ser den? Der er ingen rigtige eller forkerte svar, og det er dig, der bestemmer, hvem der ser dem.',
    en: 'How central should each task be in your role, as you see it? There are no right or wrong answers, and you decide who sees them.',
  },
};
