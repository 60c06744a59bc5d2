/**
 * Colours, dashes and markers of the radar chart, as plain SVG attribute values (no CSS), so the same SVG
 * prints through the PDF builder (src/pdf/svg.ts). Hues are Okabe–Ito (colour-blind safe); each
 * series also differs by dash and marker so it reads in greyscale print. Manager, peer worker and
 * colleague never share a hue, a dash or a marker. Peer and the two rounds use darker shades of their Okabe–Ito hue:
 * the originals (#E69F00, #56B4E9) are under the 3:1 contrast WCAG 1.4.11 asks of graphics on white.
 */
import type { SeriesStyle } from './types';

/** The d3-shape symbol drawn at each value. */
export type MarkerShape = 'circle' | 'square' | 'diamond' | 'triangle' | 'star';

/** Everything needed to draw one series. */
export interface SeriesPaint {
  stroke: string;
  strokeWidth: number;
  /** `stroke-dasharray`, or undefined for a solid line. */
  dash: string | undefined;
  /** Round caps turn the short dashes of a dotted line into dots. */
  linecap: 'butt' | 'round';
  /** Fill of a complete (closed) polygon; 'none' for no fill. */
  fill: string;
  fillOpacity: number;
  marker: MarkerShape;
}

export const SERIES_PAINT: Readonly<Record<SeriesStyle, SeriesPaint>> = {
  // Same hues as --color-manager / --color-peer / --color-agreed in src/styles/tokens.css.
  manager: {
    stroke: '#0072B2',
    strokeWidth: 2.5,
    dash: undefined,
    linecap: 'butt',
    fill: 'none',
    fillOpacity: 0,
    marker: 'circle',
  },
  peer: {
    stroke: '#A35F00',
    strokeWidth: 2.5,
    dash: '10 5',
    linecap: 'butt',
    fill: 'none',
    fillOpacity: 0,
    marker: 'square',
  },
  // A third rater (a colleague): Okabe–Ito's reddish purple, darkened for 3:1 on white; dotted, triangles.
  colleague: {
    stroke: '#A8457F',
    strokeWidth: 2.5,
    dash: '1 6',
    linecap: 'round',
    fill: 'none',
    fillOpacity: 0,
    marker: 'triangle',
  },
  agreed: {
    stroke: '#1D2327',
    strokeWidth: 3.5,
    dash: undefined,
    linecap: 'butt',
    fill: '#1D2327',
    fillOpacity: 0.08,
    marker: 'diamond',
  },
  roundA: {
    stroke: '#AA4C8A',
    strokeWidth: 2.5,
    dash: '0.5 5',
    linecap: 'round',
    fill: 'none',
    fillOpacity: 0,
    marker: 'triangle',
  },
  roundB: {
    stroke: '#007A5A',
    strokeWidth: 2.5,
    dash: undefined,
    linecap: 'butt',
    fill: 'none',
    fillOpacity: 0,
    marker: 'star',
  },
};

/** Ink for the chart's scaffolding and text. */
export const CHART_INK = {
  text: '#1D2327',
  mutedText: '#4F5A61',
  grid: '#BDB7AB',
  outerRing: '#7A8288',
  leader: '#7A8288',
  markerOutline: '#FFFFFF',
  halo: '#FFFFFF',
  focus: '#1F4E5F',
} as const;

/** The chart's font on screen; the PDF builder (src/pdf/svg.ts) draws its text in the PDF's own fonts. */
export const FONT_FAMILY = 'helvetica, Arial, sans-serif';
