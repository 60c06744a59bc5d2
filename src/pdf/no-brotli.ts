/**
 * Stands in for the `brotli` decoder that fontkit imports for WOFF2 (about 60 kB gzip): the PDF's
 * fonts are WOFF (zlib), so WOFF2 is never read. Wired up as an alias in vite.config.ts.
 */
export default function decompress(): never {
  throw new Error('WOFF2 fonts are not supported in the PDF export');
}
