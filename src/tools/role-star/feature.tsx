/** The Role Star: manager and peer worker rate the role's tasks apart, then agree on a shared star. */
import { defineTool } from '../../tool-kit/define-tool';
import { isSoloRound, normaliseRounds, roleStarData, roleStarProgress, starConfigOwners } from './model';

export const feature = defineTool({
  ...roleStarData,
  count: (config, { rounds }) => roleStarProgress(config, normaliseRounds(rounds)),
  loadScreen: async () => (await import('./RoleStarScreen')).RoleStarScreen,
  owners: starConfigOwners,
  // A round the peer worker rates alone is theirs from the start, rated or not.
  privateParts: (snapshot) =>
    normaliseRounds(snapshot.rounds).some((round) => isSoloRound(round.data)) ? ['role-star.solo'] : [],
  loadReport: async () => (await import('./report')).roleStarReport,
  offers: { agreedStar: async () => (await import('./agreed')).latestAgreedStar },
});
