/**
 * Drafts a function description from the Role Star's agreed values: core tasks (4), important (3),
 * also part of the role (2), and what is not a regular part of it (0–1). Pure: star in, text out.
 * In a volunteer case it is a description of the volunteer task.
 */
import { functionDraftText } from '../../../content/practicalities';
import type { CaseKind, Lang } from '../../../content/types';
import { makeLangApi } from '../../i18n';
import type { AgreedStar } from '../../tool-kit/offers';

const GROUPS = [
  { text: functionDraftText.core, test: (v: number) => v >= 4 },
  { text: functionDraftText.important, test: (v: number) => v === 3 },
  { text: functionDraftText.part, test: (v: number) => v === 2 },
  { text: functionDraftText.notPart, test: (v: number) => v <= 1 },
] as const;

/** The draft as plain text: a heading, where it comes from, then one bulleted list per group. */
export function draftFunctionDescription(
  star: AgreedStar,
  lang: Lang,
  roleTitle = '',
  kind: CaseKind = 'employment',
): string {
  const { t, formatDate } = makeLangApi(lang, undefined, kind);
  const roundName = star.roundName.trim() || t(functionDraftText.unnamedRound);
  const round = star.date ? `${roundName}, ${formatDate(star.date)}` : roundName;
  const lines = [t(functionDraftText.heading)(roleTitle.trim()), '', t(functionDraftText.basis)(round)];
  for (const group of GROUPS) {
    const items = star.items.filter((item) => group.test(item.value));
    if (items.length === 0) continue;
    lines.push('', t(group.text));
    for (const item of items) {
      const note = item.note.trim().replace(/\s+/g, ' ');
      lines.push(note ? `- ${item.label}: ${note}` : `- ${item.label}`);
    }
  }
  return lines.join('\n');
}
