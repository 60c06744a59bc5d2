/**
 * A tool document that could not be opened (unreadable.ts) is moved aside before a fresh one is
 * written in its place. Why: the case itself opens, so its tool screen shows empty and the people
 * at the tablet go on typing; writing over the stored bytes would destroy the only copy someone
 * might still recover, and refusing the write would lose what they type. So the stored bytes go to
 * `meta` under `set-aside:…`, stay listed as "kunne ikke læses" (with the raw file) after every
 * reload, and the new text is saved as usual.
 */
import { db } from './db';
import { reportUnreadable, type UnreadablePart, unreadableParts } from './unreadable';

const PREFIX = 'set-aside:';

interface SetAside extends UnreadablePart {
  setAsideAt: number;
}

/**
 * Inside a write transaction that includes `db.meta`: if the document at `caseId/tool` was found
 * unreadable, stores its raw bytes aside. Returns whether it did (the caller then writes with put).
 */
export async function setAsideUnreadableDoc(caseId: string, tool: string): Promise<boolean> {
  const key = `${caseId}/${tool}`;
  const part = unreadableParts.get().find((p) => p.where === 'toolDocs' && p.key === key);
  if (!part) return false;
  const value: SetAside = { ...part, setAsideAt: Date.now() };
  await db.meta.put({ key: `${PREFIX}toolDocs:${key}:${value.setAsideAt}`, value });
  // Still listed once the fresh document reads again (which drops the report under its own key).
  reportUnreadable({ ...part, key: `${key}@${value.setAsideAt}` });
  return true;
}

/** Lists what was set aside earlier (at start-up, once the data can be read). */
export async function reportSetAside(): Promise<void> {
  const records = await db.meta.where('key').startsWith(PREFIX).toArray();
  for (const { key, value } of records) {
    const part = value as Partial<SetAside> | undefined;
    if (!part || typeof part.reason !== 'string') continue;
    // `caseId/tool@time`: each copy set aside is its own part in the raw file.
    const place = key.slice(`${PREFIX}toolDocs:`.length).replace(/:(\d+)$/, '@$1');
    reportUnreadable({
      where: 'toolDocs',
      key: place,
      reason: part.reason,
      raw: part.raw,
    });
  }
}

/** Inside a transaction with `db.meta`: a deleted case leaves nothing set aside behind either. */
export async function deleteSetAside(caseId: string): Promise<void> {
  await db.meta.where('key').startsWith(`${PREFIX}toolDocs:${caseId}/`).delete();
}

/** After a case is deleted: its parts are no longer reported. */
export function forgetSetAsideReports(caseId: string): void {
  const kept = unreadableParts.get().filter((p) => p.where !== 'toolDocs' || !p.key.startsWith(`${caseId}/`));
  if (kept.length !== unreadableParts.get().length) unreadableParts.set(kept);
}
