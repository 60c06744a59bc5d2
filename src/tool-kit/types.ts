import type { ComponentType } from 'preact';
import type { Lang, ToolId } from '../../content/types';
import type { CaseSnapshot } from '../storage/cases';
import type { CaseRecord } from '../storage/db';
import type { OfferLoaders } from './offers';
import type { Owner, PrivatePartId, SharedParts } from './ownership';
import type { ReportSection } from './report';

/** How far a case has come with one tool, shown on the case overview. */
export interface ToolProgress {
  /** Items answered (or checked, or rated). */
  answered: number;
  /** Items there are to answer; 0 for a tool without countable items. */
  total: number;
  /** When the tool's data last changed; `null` when nothing is saved. */
  updatedAt: number | null;
}

export interface ToolScreenProps {
  caseRecord: CaseRecord;
}

/** A tool's stored document as the kit reads it: which one, and how it becomes a valid state. */
export interface ToolData<State> {
  id: ToolId;
  /** Turns anything stored (an old version, an imported backup file) into a valid state. */
  normalise: (data: unknown) => State;
}

/**
 * The contract every tool meets (see src/tools/README.md), made with `defineTool` (define-tool.ts).
 * `State` is the tool's normalised document.
 */
export interface ToolFeature<State = unknown> extends ToolData<State> {
  /** Progress computed from everything stored for the case. */
  progress: (snapshot: CaseSnapshot) => ToolProgress;
  /** The tool's screen, lazy-loaded so the first load stays small. */
  loadScreen: () => Promise<ComponentType<ToolScreenProps>>;
  /**
   * The tool's section of the PDF and print report; `null` when the tool has no content yet. The
   * peer worker's own parts are in it only when `shared` names them (consent given for this file);
   * with `onlyShared`, the section holds those parts and nothing else of the tool (a file for HR
   * with the peer worker's openness agreement need not carry the rest of Det praktiske).
   */
  loadReport: () => Promise<
    (snapshot: CaseSnapshot, lang: Lang, shared: SharedParts, onlyShared?: boolean) => ReportSection | null
  >;
  /** The owner of every field of the tool's document (its model's owner table; issue 18). */
  owners: Readonly<Record<string, Owner>>;
  /** The peer worker's own parts that hold something in this case (none for most tools). */
  privateParts?: (snapshot: CaseSnapshot) => PrivatePartId[];
  /** What this tool offers other tools (see offers.ts), each loaded when a screen asks for it. */
  offers?: OfferLoaders;
}
