/** How the mapping names its settings, statuses and priorities in one language (screen and PDF). */
import {
  type MappingPriority,
  type MappingStatus,
  mappingPriorities,
  mappingStatuses,
  mappingText,
} from '../../../content/role-mapping';
import type { Text } from '../../../content/types';
import type { MappingEntry } from './model';

type Pick = <V>(text: Readonly<Record<'da' | 'en', V>>) => V;

/** A setting's name; an own setting falls back to "Eget sted N" while its name is empty. */
export function settingName(t: Pick, entry: MappingEntry, entries: readonly MappingEntry[]): string {
  if (entry.kind === 'content') return t(entry.setting.name);
  const n = entries.filter((e) => e.kind === 'own').findIndex((e) => e.id === entry.id) + 1;
  return entry.ownText.trim() || `${t(mappingText.ownUntitled)} ${n}`;
}

/** A status in words, or '' when none is chosen. */
export function statusText(t: Pick, status: MappingStatus | undefined): string {
  const found = mappingStatuses.find((s) => s.value === status);
  return found ? t(found.label as Text) : '';
}

/** A priority in words, or "Ingen prioritet". */
export function priorityText(t: Pick, priority: MappingPriority | undefined): string {
  const found = mappingPriorities.find((p) => p.value === priority);
  return found ? t(found.label as Text) : t(mappingText.noPriority);
}
