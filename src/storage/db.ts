/**
 * Peerstart's only IndexedDB database, "peerstart". It keeps everything a case holds:
 * - cases: one record per hiring process (who, where, when).
 * - toolDocs: one document per case and tool (the motivation answers, the checklist, …), keyed
 *   [caseId+tool]. Writes update single fields by key path, so two tabs editing different fields
 *   of the same tool never overwrite each other.
 * - rounds: tools that are taken several times (Role Star rounds, readiness rounds): one record per
 *   round, indexed by [caseId+tool].
 * - meta: small app-wide facts, e.g. when the last backup file was made.
 * The schema versions below are append-only: once released, a version is never edited; a change is
 * a new version with an upgrade function. src/storage/migrations.test.ts opens every old one.
 */
import Dexie, { type Table } from 'dexie';
import type { CaseKind } from '../../content/types';
import { sealingMiddleware } from './lock/sealing-middleware';

/** One hiring process. Dates are ISO `YYYY-MM-DD` or '' when not set; times are epoch ms. */
export interface CaseRecord {
  id: string;
  organisation: string;
  unit: string;
  roleTitle: string;
  managerName: string;
  peerName: string;
  startDate: string;
  note: string;
  /** An employment or a volunteer engagement (issue 22); cases made before it have none: employment. */
  kind?: CaseKind;
  createdAt: number;
  updatedAt: number;
}

/** A tool's saved state for one case. `data` is owned and validated by the tool's model. */
export interface ToolDocRecord {
  caseId: string;
  tool: string;
  data: Record<string, unknown>;
  updatedAt: number;
}

/** One sitting of a tool that is repeated over time. `data` is owned by the tool's model. */
export interface RoundRecord {
  id: string;
  caseId: string;
  tool: string;
  createdAt: number;
  updatedAt: number;
  data: Record<string, unknown>;
}

export interface MetaRecord {
  key: string;
  value: unknown;
}

export const DB_NAME = 'peerstart';

/** Every released schema, oldest first. Never edit one; append a new version instead. */
export const SCHEMA_VERSIONS = [
  { version: 1, stores: { cases: 'id, updatedAt', meta: 'key' } },
  {
    version: 2,
    stores: { toolDocs: '[caseId+tool], caseId', rounds: 'id, [caseId+tool], caseId' },
  },
] as const;

export class PeerstartDb extends Dexie {
  cases!: Table<CaseRecord, string>;
  toolDocs!: Table<ToolDocRecord, [string, string]>;
  rounds!: Table<RoundRecord, string>;
  meta!: Table<MetaRecord, string>;

  constructor(name = DB_NAME) {
    super(name);
    for (const { version, stores } of SCHEMA_VERSIONS) this.version(version).stores(stores);
    // With the passcode lock on, what people typed is sealed on its way to disk (lock/).
    this.use(sealingMiddleware);
  }
}

export const db = new PeerstartDb();
