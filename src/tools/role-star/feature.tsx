/** The Role Star: manager and peer worker rate the role's tasks apart, then agree on a shared star. */
import type { ToolFeature } from '../../tool-kit/types';
import {
  isSoloRound,
  normaliseConfig,
  normaliseRounds,
  ROLE_STAR_TOOL,
  roleStarProgress,
  starConfigOwners,
} from './model';

export const feature: ToolFeature = {
  id: ROLE_STAR_TOOL,
  progress: (snapshot) => {
    const doc = snapshot.toolDocs.find((d) => d.tool === ROLE_STAR_TOOL);
    const rounds = normaliseRounds(snapshot.rounds);
    const times = [doc?.updatedAt, rounds.at(-1)?.updatedAt].filter((t) => t !== undefined);
    return {
      ...roleStarProgress(normaliseConfig(doc?.data), rounds),
      updatedAt: times.length > 0 ? Math.max(...times) : null,
    };
  },
  loadScreen: async () => (await import('./RoleStarScreen')).RoleStarScreen,
  owners: starConfigOwners,
  // A round the peer worker rates alone is theirs from the start, rated or not.
  privateParts: (snapshot) =>
    normaliseRounds(snapshot.rounds).some((round) => isSoloRound(round.data)) ? ['role-star.solo'] : [],
  loadReport: async () => (await import('./report')).roleStarReport,
};
