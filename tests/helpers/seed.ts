/**
 * The unit tests' language for stored data: a case, a tool document or a round in one line, through
 * the app's own repositories (so they are stored exactly as the app stores them).
 *
 *   const caseId = await seed.case({ organisation: 'Bostedet' });
 *   await seed.doc(caseId, 'job-start', { items: { j1: { done: true } } });
 *   const roundId = await seed.starRound(caseId, { agreed: { groups: 2 } });
 */
import type { ToolId } from '../../content/types';
import { type CaseFields, createCase } from '../../src/storage/cases';
import { createRound } from '../../src/storage/rounds';
import { setToolField, updateToolData } from '../../src/storage/tool-docs';

/** The three Role Star tasks most tests rate: one-to-one talks, groups, general tasks. */
export const STAR_TASKS = ['one-to-one', 'groups', 'general-tasks'] as const;

/** A Role Star round's data: named, dated, over `STAR_TASKS`, nobody rated yet; `data` overrides any part. */
export function starRoundData(data: Record<string, unknown> = {}): Record<string, unknown> {
  return {
    name: 'Første samtale',
    date: '2026-03-02',
    dimensionIds: [...STAR_TASKS],
    labels: {},
    ratings: { manager: {}, peer: {} },
    finished: {},
    agreed: {},
    notes: {},
    ...data,
  };
}

export const seed = {
  /** A stored case with `fields` (the rest empty); resolves to its id. */
  case: (fields: Partial<CaseFields> = {}) => createCase(fields),
  /** The tool's whole document set to `data`. */
  doc: (caseId: string, tool: ToolId, data: Record<string, unknown>) =>
    updateToolData(caseId, tool, () => structuredClone(data)),
  /** One field of the tool's document, by key path (as a keystroke saves it). */
  field: (caseId: string, tool: ToolId, path: readonly string[], value: unknown) =>
    setToolField(caseId, tool, path, value),
  /** A round of `tool` with `data`; resolves to its id. */
  round: (caseId: string, tool: ToolId, data: Record<string, unknown>) => createRound(caseId, tool, data),
  /** A Role Star round (see `starRoundData`); resolves to its id. */
  starRound: (caseId: string, data: Record<string, unknown> = {}) =>
    createRound(caseId, 'role-star', starRoundData(data)),
};
