/** The Role Star: manager and peer worker rate the role's tasks apart, then agree on a shared star. */
import type { ToolFeature } from '../types';
import { normaliseConfig, normaliseRounds, ROLE_STAR_TOOL, roleStarProgress } from './model';

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
  loadReport: async () => (await import('./report')).roleStarReport,
};
