/**
 * A Dexie DBCore middleware that seals what people typed before it reaches IndexedDB and opens it
 * on the way back, so everything above it (Dexie's caches, live queries, every repository) sees
 * plain records, and the disk holds only ciphertext. It sits below Dexie's own middlewares (level
 * -2), so even their in-memory caches never receive a sealed record.
 *
 * A sealed record keeps only what IndexedDB needs in the clear, its keys and indexed fields and
 * timestamps (no personal data in any of them: ids are random; record-kinds.ts lists them), plus
 * `sealed: { v: 2, g, box }`, the AES-GCM box of every other field. The box is bound to the
 * record's kind, id, case id and key generation, so a box copied onto another record, or a round
 * moved to another case, does not open.
 *
 * It fails closed and never fails a whole list: while the lock is on, a record that does not open
 * (damaged, under an unknown key) or that is stored plain (nothing this app writes then) is left
 * where it is, reported (unreadable.ts) and skipped, so every other record still reads. Only a
 * migration's own transaction (lock.ts) may read plain and sealed records side by side and write
 * under the mode it is switching to; every other write is sealed under the page's mode.
 */
import type {
  DBCore,
  DBCoreCursor,
  DBCoreGetManyRequest,
  DBCoreGetRequest,
  DBCoreMutateRequest,
  DBCoreOpenCursorRequest,
  DBCoreQueryRequest,
  DBCoreTable,
  DBCoreTransaction,
  Middleware,
} from 'dexie';
import { kindOfTable, type RecordPlace, type TableName } from '../record-kinds';
import { readableAgain, reportUnreadable, type UnreadableReason } from '../unreadable';
import { keyFor, LockedError, type SealMode, sealMode, writeKey } from './keyring';
import { openJson, sealJson } from './seal';

export const SEALED_TABLES: readonly TableName[] = ['cases', 'toolDocs', 'rounds'];

interface Sealed {
  /** Box format: 2 binds kind, id, case id and generation; absent (1) bound table and primary key. */
  v?: 2;
  g: number;
  box: Uint8Array;
}

type StoredRecord = Record<string, unknown> & { sealed?: Sealed };

function isSealed(value: unknown): value is StoredRecord & { sealed: Sealed } {
  if (typeof value !== 'object' || value === null) return false;
  const sealed = (value as StoredRecord).sealed;
  return typeof sealed === 'object' && sealed !== null && sealed.box instanceof Uint8Array;
}

function specOf(table: string) {
  const spec = kindOfTable(table);
  if (!spec) throw new Error(`Table ${table} is not sealed`);
  return spec;
}

/** The additional data of a box of the current format. */
function contextOf(place: RecordPlace, gen: number): string {
  return `v2|${place.kind}|${place.id}|${place.caseId}|${gen}`;
}

/** The additional data of the first format: table and primary key (still read, never written). */
const LEGACY_KEYS: Record<TableName, readonly string[]> = {
  cases: ['id'],
  toolDocs: ['caseId', 'tool'],
  rounds: ['id'],
};
function legacyContextOf(table: TableName, record: Record<string, unknown>): string {
  return `${table}|${JSON.stringify(LEGACY_KEYS[table].map((field) => record[field]))}`;
}

let sealedWhileOpen: () => void = () => undefined;

/** Tells lock.ts when a sealed record is met by a page that thinks the lock is off. */
export function onSealedWhileOpen(listener: () => void): void {
  sealedWhileOpen = listener;
}

/** The mode a migration's transaction writes with, by its IndexedDB transaction. */
const migrations = new WeakMap<object, SealMode>();

/**
 * Marks `transaction` (Dexie.currentTransaction.idbtrans) as a migration to `mode`: it reads plain
 * and sealed records alike and writes under `mode`, while the page goes on in its own mode until
 * the transaction has committed.
 */
export function markMigration(transaction: object, mode: SealMode): void {
  migrations.set(transaction, mode);
}

function migrationMode(trans: DBCoreTransaction | undefined): SealMode | undefined {
  return trans ? migrations.get(trans) : undefined;
}

export function sealRecord(table: string, record: unknown, mode = sealMode()): unknown {
  if (typeof record !== 'object' || record === null) return record;
  const write = writeKey(mode);
  if (!write) {
    if (mode.kind !== 'open') throw new LockedError('The app is locked');
    return record;
  }
  const spec = specOf(table);
  const clear: StoredRecord = {};
  const secret: Record<string, unknown> = {};
  for (const [field, value] of Object.entries(record)) {
    if (spec.clear.includes(field)) clear[field] = value;
    else if (field !== 'sealed') secret[field] = value;
  }
  const box = sealJson(write.key, secret, contextOf(spec.place(clear), write.gen));
  clear.sealed = { v: 2, g: write.gen, box };
  return clear;
}

/** Why a stored record cannot be shown, or null when it opened (`value` is then the plain record). */
type Opened = { value: unknown; unreadable: null } | { value: undefined; unreadable: UnreadableReason };

/**
 * Opens a stored record. Throws LockedError when the page holds no key at all (it is locked: the
 * screens are not shown); reports and skips what cannot be opened otherwise.
 */
export function openStored(table: string, record: unknown, migrating = false): Opened {
  if (typeof record !== 'object' || record === null) return { value: record, unreadable: null };
  const mode = sealMode();
  if (!isSealed(record)) {
    if (mode.kind === 'locked' && !migrating) throw new LockedError('The app is locked');
    if (mode.kind === 'sealing' && !migrating) return { value: undefined, unreadable: 'plain-while-locked' };
    return { value: record, unreadable: null };
  }
  const key = keyFor(record.sealed.g);
  if (!key) {
    if (mode.kind === 'locked') throw new LockedError('The app is locked');
    // Sealed while this page writes plain: the lock was just turned on in another tab.
    if (mode.kind === 'open') sealedWhileOpen();
    return { value: undefined, unreadable: 'unknown-key' };
  }
  const spec = specOf(table);
  const { sealed, ...clear } = record;
  const context =
    sealed.v === 2 ? contextOf(spec.place(clear), sealed.g) : legacyContextOf(spec.table, clear);
  try {
    const secret = openJson(key, sealed.box, context) as Record<string, unknown>;
    if (typeof secret !== 'object' || secret === null) throw new TypeError('Not a record');
    return { value: { ...secret, ...clear }, unreadable: null };
  } catch {
    return { value: undefined, unreadable: 'damaged' };
  }
}

function placeKey(table: string, record: Record<string, unknown>): string {
  const place = specOf(table).place(record);
  return place.kind === 'doc' ? `${place.caseId}/${place.id}` : place.id;
}

/** Opens a record for a reader above this layer: undefined (and reported) when it cannot be opened. */
export function openRecord(table: string, record: unknown, migrating = false): unknown {
  const opened = openStored(table, record, migrating);
  if (typeof record === 'object' && record !== null) {
    const where = table as TableName;
    const key = placeKey(table, record as Record<string, unknown>);
    if (opened.unreadable) reportUnreadable({ where, key, reason: opened.unreadable, raw: record });
    else readableAgain(where, key);
  }
  return opened.value;
}

function sealingTable(table: DBCoreTable): DBCoreTable {
  const name = table.name;
  const openOne = (trans: DBCoreTransaction, value: unknown) =>
    openRecord(name, value, migrationMode(trans) !== undefined);
  return {
    ...table,
    get: (req: DBCoreGetRequest) => table.get(req).then((value) => openOne(req.trans, value)),
    // getMany answers position by position: a record that does not open is missing there.
    getMany: (req: DBCoreGetManyRequest) =>
      table.getMany(req).then((values) => values.map((value) => openOne(req.trans, value))),
    query: (req: DBCoreQueryRequest) =>
      table.query(req).then((res) => {
        if (!req.values) return res;
        const opened = res.result.map((value) => openOne(req.trans, value));
        return { ...res, result: opened.filter((value) => value !== undefined) };
      }),
    openCursor: (req: DBCoreOpenCursorRequest) =>
      table.openCursor(req).then((cursor) => {
        if (!cursor || !req.values) return cursor;
        // The cursor's methods close over the original, so an object on top of it that only
        // redefines `value` keeps iterating the same request.
        return Object.create(cursor, {
          value: { get: () => openOne(req.trans, cursor.value) },
        }) as DBCoreCursor;
      }),
    mutate: (req: DBCoreMutateRequest) => {
      if (req.type !== 'add' && req.type !== 'put') return table.mutate(req);
      const mode = migrationMode(req.trans) ?? sealMode();
      return table.mutate({
        ...req,
        values: req.values.map((value) => sealRecord(name, value, mode)),
      } as DBCoreMutateRequest);
    },
  };
}

export const sealingMiddleware: Middleware<DBCore> = {
  stack: 'dbcore',
  name: 'PeerstartSealing',
  level: -2,
  create: (down) => ({
    ...down,
    table: (name) => (kindOfTable(name) ? sealingTable(down.table(name)) : down.table(name)),
  }),
};
