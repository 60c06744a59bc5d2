/** The radar chart's input contract: what a tool hands to `RadarChart`, `RadarTable` and the PDF export. */

/** One spoke of the star, e.g. one task of the Role Star. */
export interface RadarAxis {
  id: string;
  label: string;
}

/** How a series is drawn; see `palette.ts`. */
export type SeriesStyle = 'manager' | 'peer' | 'colleague' | 'agreed' | 'roundA' | 'roundB';

/** One person's (or one round's) ratings; a missing value (null/undefined) is a skipped axis, never 0. */
export interface RadarSeries {
  id: string;
  label: string;
  style: SeriesStyle;
  values: Readonly<Record<string, number | null | undefined>>;
}

/** 3 to 24 axes, up to four series (one to three people and the agreed star), integer values from `min` to `max`. */
export interface RadarInput {
  axes: readonly RadarAxis[];
  series: readonly RadarSeries[];
  min: number;
  max: number;
  /** One per integer value min..max, e.g. the scale's labels. */
  tickLabels?: readonly string[];
}
