/**
 * A Dexie DBCore middleware that seals what people typed before it reaches IndexedDB and opens it
 * on the way back, so everything above it (Dexie's caches, live queries, every repository) sees
 * plain records, and the disk holds only ciphertext. It sits below Dexie's own middlewares (level
 * -2), so even their in-memory caches never receive a sealed record.
 *
 * A sealed record keeps only what IndexedDB needs in the clear, its keys and indexed fields and
 * timestamps (no personal data in any of them: ids are random), plus `sealed: { g, box }`, the
 * AES-GCM box of every other field, bound to its table and key. Plain records pass through, so the
 * migrations in lock.ts can read either form inside one transaction.
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
  Middleware,
} from 'dexie';
import { keyFor, LockedError, sealMode, writeKey } from './keyring';
import { openJson, sealJson } from './seal';

/** Per table: the fields that stay in the clear, and which of them make up the primary key. */
interface ClearFields {
  fields: readonly string[];
  key: readonly string[];
}
const CLEAR: Record<string, ClearFields | undefined> = {
  cases: { fields: ['id', 'createdAt', 'updatedAt'], key: ['id'] },
  toolDocs: { fields: ['caseId', 'tool', 'updatedAt'], key: ['caseId', 'tool'] },
  rounds: { fields: ['id', 'caseId', 'tool', 'createdAt', 'updatedAt'], key: ['id'] },
};

export const SEALED_TABLES = Object.keys(CLEAR);

interface Sealed {
  g: number;
  box: Uint8Array;
}

type StoredRecord = Record<string, unknown> & { sealed?: Sealed };

function isSealed(value: unknown): value is StoredRecord & { sealed: Sealed } {
  if (typeof value !== 'object' || value === null) return false;
  const sealed = (value as StoredRecord).sealed;
  return typeof sealed === 'object' && sealed !== null && sealed.box instanceof Uint8Array;
}

/** The additional data of a record's box: its table and primary key. */
function clearFieldsOf(table: string): ClearFields {
  const clear = CLEAR[table];
  if (!clear) throw new Error(`Table ${table} is not sealed`);
  return clear;
}

function contextOf(table: string, record: Record<string, unknown>): string {
  return `${table}|${JSON.stringify(clearFieldsOf(table).key.map((field) => record[field]))}`;
}

export function sealRecord(table: string, record: unknown): unknown {
  if (typeof record !== 'object' || record === null) return record;
  const write = writeKey();
  if (!write) {
    if (sealMode().kind === 'locked') throw new LockedError('The app is locked');
    return record;
  }
  const { fields } = clearFieldsOf(table);
  const clear: StoredRecord = {};
  const secret: Record<string, unknown> = {};
  for (const [field, value] of Object.entries(record)) {
    if (fields.includes(field)) clear[field] = value;
    else if (field !== 'sealed') secret[field] = value;
  }
  clear.sealed = { g: write.gen, box: sealJson(write.key, secret, contextOf(table, clear)) };
  return clear;
}

export function openRecord(table: string, record: unknown): unknown {
  if (!isSealed(record)) return record;
  const key = keyFor(record.sealed.g);
  if (!key) throw new LockedError('The app is locked');
  const { sealed, ...clear } = record;
  const secret = openJson(key, sealed.box, contextOf(table, clear)) as Record<string, unknown>;
  return { ...secret, ...clear };
}

function sealingTable(table: DBCoreTable): DBCoreTable {
  const name = table.name;
  const openAll = (values: unknown[]) => values.map((value) => openRecord(name, value));
  return {
    ...table,
    get: (req: DBCoreGetRequest) => table.get(req).then((value) => openRecord(name, value)),
    getMany: (req: DBCoreGetManyRequest) => table.getMany(req).then(openAll),
    query: (req: DBCoreQueryRequest) =>
      table.query(req).then((res) => (req.values ? { ...res, result: openAll(res.result) } : res)),
    openCursor: (req: DBCoreOpenCursorRequest) =>
      table.openCursor(req).then((cursor) => {
        if (!cursor || !req.values) return cursor;
        // The cursor's methods close over the original, so an object on top of it that only
        // redefines `value` keeps iterating the same request.
        return Object.create(cursor, {
          value: { get: () => openRecord(name, cursor.value) },
        }) as DBCoreCursor;
      }),
    mutate: (req: DBCoreMutateRequest) => {
      if (req.type !== 'add' && req.type !== 'put') return table.mutate(req);
      return table.mutate({
        ...req,
        values: req.values.map((value) => sealRecord(name, value)),
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
    table: (name) => (CLEAR[name] ? sealingTable(down.table(name)) : down.table(name)),
  }),
};
