/**
 * The Role Star: the tasks (spokes) of a peer worker role and the scale for how central each task
 * should be. Inspired by "The Peer Worker Role Star" in St George's organisational toolkit (2015).
 * The original spoke names could not be obtained, so these twelve are our own wording, grounded in
 * the research behind the toolkit (Gillard et al. 2013, 2015) and Danish peer job descriptions.
 * The ids are storage keys: never change them, so the original wording can be swapped in later.
 */
import type { Text } from './types';

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
      da: 'Samtaler og forløb med én borger ad gangen, hvor relationen bygger på fælles levede erfaringer.',
      en: 'Conversations and support with one person at a time, built on a relationship of shared lived experience.',
    },
  },
  {
    id: 'own-experience',
    label: { da: 'Bevidst brug af egne erfaringer', en: 'Using own lived experience' },
    description: {
      da: 'At dele af sine egne erfaringer med psykisk sårbarhed og recovery, når og som peer-medarbejderen selv vælger det.',
      en: 'Sharing from one’s own experience of mental health difficulties and recovery, when and how the peer worker chooses.',
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
      da: 'At hjælpe borgere videre til foreninger, netværk, uddannelse og fællesskaber i lokalmiljøet.',
      en: 'Helping people find their way to associations, networks, education and communities nearby.',
    },
  },
  {
    id: 'bridge-staff',
    label: { da: 'Bindeled mellem borgere og personale', en: 'Link between people and staff' },
    description: {
      da: 'At hjælpe borgere og personale med at forstå hinanden og at bringe borgernes perspektiv ind i teamet.',
      en: 'Helping the people supported and the staff understand each other, and bringing their view into the team.',
    },
  },
  {
    id: 'practical',
    label: { da: 'Praktisk hverdagsstøtte', en: 'Practical everyday support' },
    description: {
      da: 'Praktisk hjælp i hverdagen, fx at følge en borger til en aftale eller hjælpe med post og indkøb.',
      en: 'Practical help in daily life, such as going with someone to an appointment or helping with post and shopping.',
    },
  },
  {
    id: 'voice',
    label: { da: 'Støtte borgerens stemme og valg', en: 'Supporting the person’s voice and choices' },
    description: {
      da: 'At støtte borgeren i selv at sige sin mening, træffe sine valg og blive hørt i sit eget forløb.',
      en: 'Supporting people to speak up, make their own choices and be heard in their own care.',
    },
  },
  {
    id: 'social',
    label: { da: 'Samvær og aktiviteter', en: 'Social time and activities' },
    description: {
      da: 'At være sammen med borgere i hverdagen, fx i et værested, på ture eller ved fælles aktiviteter.',
      en: 'Spending time with people day to day, such as at a drop-in centre, on outings or in shared activities.',
    },
  },
  {
    id: 'teaching',
    label: { da: 'Undervisning og oplæg', en: 'Teaching and talks' },
    description: {
      da: 'At undervise eller holde oplæg om recovery og levede erfaringer for borgere, pårørende, kolleger eller studerende.',
      en: 'Teaching or giving talks on recovery and lived experience to people supported, relatives, colleagues or students.',
    },
  },
  {
    id: 'development',
    label: { da: 'Udvikling af tilbud og recovery-kultur', en: 'Developing services and recovery culture' },
    description: {
      da: 'At være med til at udvikle arbejdspladsens tilbud, sprog og praksis, så de understøtter recovery.',
      en: 'Helping to develop the workplace’s services, language and practice so they support recovery.',
    },
  },
  {
    id: 'general-tasks',
    label: { da: 'Generelle medarbejderopgaver', en: 'General staff tasks' },
    description: {
      da: 'Opgaver, som alle i teamet løser, fx administration, dokumentation, vagtdækning og at tage telefonen.',
      en: 'Tasks everyone in the team does, such as admin, record keeping, covering shifts and answering the phone.',
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
  description: Text;
}

/** How central a task should be in the role, 0–4. */
export const roleStarScale = [
  {
    value: 0,
    label: { da: 'Ikke en del af rollen', en: 'Not part of the role' },
    description: {
      da: 'Opgaven hører ikke til peer-medarbejderens rolle.',
      en: 'The task does not belong to the peer worker’s role.',
    },
  },
  {
    value: 1,
    label: { da: 'Lejlighedsvis', en: 'Occasionally' },
    description: {
      da: 'Opgaven forekommer en gang imellem, men er ikke noget, rollen bygger på.',
      en: 'The task comes up now and then, but the role is not built on it.',
    },
  },
  {
    value: 2,
    label: { da: 'En del af rollen', en: 'Some part of the role' },
    description: {
      da: 'Opgaven er en fast, men mindre del af rollen.',
      en: 'The task is a regular but smaller part of the role.',
    },
  },
  {
    value: 3,
    label: { da: 'Vigtig del', en: 'Important part' },
    description: {
      da: 'Opgaven fylder meget og er vigtig for, hvad rollen skal opnå.',
      en: 'The task takes up a lot and matters for what the role should achieve.',
    },
  },
  {
    value: 4,
    label: { da: 'Kerneopgave', en: 'Core of the role' },
    description: {
      da: 'Opgaven er selve kernen i rollen: det, peer-medarbejderen først og fremmest er ansat til.',
      en: 'The task is the very core of the role: what the peer worker is first and foremost hired for.',
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
