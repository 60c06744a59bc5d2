/** Reading browser storage errors, which Dexie sometimes wraps. */

/** The DOMException name behind a Dexie error (Dexie wraps some in `inner`). */
export function errorName(error: unknown): string {
  if (typeof error !== 'object' || error === null) return '';
  const inner = (error as { inner?: { name?: string } }).inner;
  if (inner?.name && inner.name !== 'Error') return inner.name;
  return (error as { name?: string }).name ?? '';
}
