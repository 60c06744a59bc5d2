/** A dimension's one-sentence explanation: the content's for a default, the case's own for a custom one. */
import { roleStarDimensions } from '../../../content/role-star';
import type { Lang } from '../../../content/types';
import type { StarConfig } from './model';

export function dimensionDescription(config: StarConfig, id: string, lang: Lang): string {
  return (
    roleStarDimensions.find((d) => d.id === id)?.description[lang] ?? config.custom[id]?.description ?? ''
  );
}
