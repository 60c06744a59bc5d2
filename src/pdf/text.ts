/** File names for exported files (PDF and backup). */

/** A file-name-safe form of a name: lower case, æ/ø/å spelled out, other letters without accents. */
export function slugify(name: string, maxLength = 40): string {
  return name
    .toLocaleLowerCase('da')
    .replace(/æ/g, 'ae')
    .replace(/ø/g, 'oe')
    .replace(/å/g, 'aa')
    .normalize('NFKD')
    .replace(/\p{M}/gu, '')
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-+|-+$/g, '')
    .slice(0, maxLength)
    .replace(/-+$/g, '');
}

/** `peerstart-<organisation>-<YYYY-MM-DD>.<ext>`; the organisation part is left out when empty. */
export function exportFileName(prefix: string, name: string, isoDate: string, ext: string): string {
  return `${[prefix, slugify(name), isoDate].filter(Boolean).join('-')}.${ext}`;
}
