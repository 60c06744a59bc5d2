/**
 * The one way a tool screen reads its document: the stored data (with this tab's pending writes
 * laid over it, src/storage/optimistic.ts) passed through the tool's own normaliser, so a screen
 * only ever sees a valid state. `undefined` while the document is first read.
 */
import { useMemo } from 'preact/hooks';
import type { ToolId } from '../../content/types';
import { useToolDoc } from '../storage/tool-docs';
import type { ToolFeature } from './types';

/** The tool's normalised state for the case, kept up to date; `undefined` while it loads. */
export function useToolState<S>(
  caseId: string,
  tool: ToolId,
  normalise: (data: unknown) => S,
): S | undefined {
  const doc = useToolDoc(caseId, tool);
  return useMemo(() => (doc === undefined ? undefined : normalise(doc?.data)), [doc, normalise]);
}

/** A tool screen's state: its feature's document, normalised by the feature's own `normalise`. */
export function useTool<S>(caseId: string, feature: Pick<ToolFeature<S>, 'id' | 'normalise'>): S | undefined {
  return useToolState(caseId, feature.id, feature.normalise);
}
