/** Escapes text for XML or HTML markup (element text and double-quoted attributes). */
export function escapeMarkup(value: string): string {
  return value.replace(/[<>&"]/g, (c) => ({ '<': '&lt;', '>': '&gt;', '&': '&amp;', '"': '&quot;' })[c] ?? c);
}
