/** For the volunteer-case tests (issue 22): a screen's own text, and the employment words in a text. */
import { employmentOnlyWords } from '../../content/case-kinds';
import type { Lang } from '../../content/types';

/**
 * The tool's own text on screen. Left out by default: the shared advice notes (content/advice.ts),
 * and whatever else `leaveOut` names (e.g. source names), which are other files' texts, checked there.
 */
export function toolText(leaveOut = '.advice-note'): string {
  const body = document.querySelector('.tool-body')?.cloneNode(true) as HTMLElement;
  for (const node of body.querySelectorAll(leaveOut)) node.remove();
  return body.textContent ?? '';
}

/** The employment-only words (content/case-kinds.ts) found in `text`. */
export function employmentWords(text: string, lang: Lang): string[] {
  return employmentOnlyWords(lang)
    .filter((word) => word.test(text))
    .map(String);
}
