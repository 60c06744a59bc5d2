/** Rounds a coordinate to 2 decimals: enough for any screen or print, and keeps the SVG (and PDF) small. */
export function num(value: number): number {
  return Math.round(value * 100) / 100;
}
