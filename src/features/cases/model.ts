/** Pure helpers for cases: display name and search. */
import type { CaseRecord } from '../../storage/db';

/** The name a case is shown by: organisation and role, or the fallback when both are empty. */
export function caseDisplayName(record: CaseRecord, fallback: string): string {
  const parts = [record.organisation.trim(), record.roleTitle.trim()].filter(Boolean);
  return parts.length > 0 ? parts.join(' – ') : fallback;
}

const searchableFields = ['organisation', 'unit', 'roleTitle', 'managerName', 'peerName', 'note'] as const;

/** Normalises text for search: case- and accent-insensitive, but æ, ø and å stay distinct. */
export function normaliseForSearch(text: string): string {
  return text.toLocaleLowerCase('da').normalize('NFC').trim();
}

/** The cases whose text contains every word of the query, in their given order. */
export function searchCases(cases: readonly CaseRecord[], query: string): CaseRecord[] {
  const words = normaliseForSearch(query).split(/\s+/).filter(Boolean);
  if (words.length === 0) return [...cases];
  return cases.filter((record) => {
    const haystack = normaliseForSearch(searchableFields.map((field) => record[field]).join(' '));
    return words.every((word) => haystack.includes(word));
  });
}
