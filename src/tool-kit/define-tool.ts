/**
 * The one way a tool is declared: its id, how its stored data is normalised, how much of it is
 * answered, and where its screen and report are. The scaffolding every tool would otherwise repeat
 * (find the tool's document in a case, normalise it, read the case's kind, take the latest change
 * of the document and the tool's rounds as "updated") is done here once.
 */
import { type CaseKind, caseKindOf } from '../../content/types';
import type { CaseSnapshot } from '../storage/cases';
import type { RoundRecord } from '../storage/db';
import type { ToolFeature, ToolProgress } from './types';

/** What a tool's count sees besides its own normalised document. */
export interface CountContext {
  /** Employment or volunteer: some items exist only for one. */
  kind: CaseKind;
  /** The tool's own rounds as stored (not normalised: a round tool normalises them itself). */
  rounds: readonly RoundRecord[];
}

export type ToolDefinition<State> = Omit<ToolFeature<State>, 'progress'> & {
  /** Items answered and items there are, from the normalised document (and the tool's rounds). */
  count: (state: State, context: CountContext) => Pick<ToolProgress, 'answered' | 'total'>;
};

/** The tool's normalised document in a case snapshot (an empty document when none is stored). */
export function toolStateIn<State>(
  snapshot: CaseSnapshot,
  feature: Pick<ToolFeature<State>, 'id' | 'normalise'>,
) {
  return feature.normalise(snapshot.toolDocs.find((doc) => doc.tool === feature.id)?.data);
}

/** A tool's feature (see src/tools/README.md), with `progress` made from its `count`. */
export function defineTool<State>({ count, ...definition }: ToolDefinition<State>): ToolFeature<State> {
  return {
    ...definition,
    progress: (snapshot) => {
      const doc = snapshot.toolDocs.find((d) => d.tool === definition.id);
      const rounds = snapshot.rounds.filter((round) => round.tool === definition.id);
      const times = [doc?.updatedAt, ...rounds.map((round) => round.updatedAt)].filter(
        (time) => time !== undefined,
      );
      const counted = count(definition.normalise(doc?.data), { kind: caseKindOf(snapshot.case), rounds });
      return { ...counted, updatedAt: times.length > 0 ? Math.max(...times) : null };
    },
  };
}
