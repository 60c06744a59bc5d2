/** A dimension's one-sentence explanation: the content's for a default, the case's own for a custom one. */
import { roleStarDimensions } from '../../../content/role-star';
import { type CaseKind, type Lang, pickText } from '../../../content/types';
import type { StarConfig } from './model';

export function dimensionDescription(
  config: StarConfig,
  id: string,
  lang: Lang,
  kind: CaseKind = 'employment',
): string {
  const base = roleStarDimensions.find((d) => d.id === id);
  return base ? pickText(base.description, lang, kind) : (config.custom[id]?.description ?? '');
}
