/**
 * Temporary stand-in used by a tool whose screen is not built yet: it says so plainly instead of
 * pretending. Each tool replaces it with its own feature.ts.
 */
import type { ToolId } from '../../content/types';
import type { ToolFeature } from './types';

/** A tool entry that shows "not built yet" and reports no progress. */
export function notBuiltFeature(id: ToolId): ToolFeature {
  return {
    id,
    progress: (snapshot) => {
      const doc = snapshot.toolDocs.find((d) => d.tool === id);
      return { answered: 0, total: 0, updatedAt: doc?.updatedAt ?? null };
    },
    loadScreen: async () => () => <p>Not built yet / Ikke bygget endnu.</p>,
    loadReport: async () => () => null,
  };
}
