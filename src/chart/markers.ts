/** Marker shapes as SVG path data centred on the origin, from d3-shape's symbol generator. */
import {
  type SymbolType,
  symbol,
  symbolCircle,
  symbolDiamond2,
  symbolSquare,
  symbolStar,
  symbolTriangle,
} from 'd3-shape';
import type { MarkerShape } from './palette';

const TYPES: Readonly<Record<MarkerShape, SymbolType>> = {
  circle: symbolCircle,
  square: symbolSquare,
  diamond: symbolDiamond2,
  triangle: symbolTriangle,
  star: symbolStar,
};

// Equal areas look unequal: a diamond or triangle needs more area than a circle to look as heavy.
const AREA_FACTOR: Readonly<Record<MarkerShape, number>> = {
  circle: 1,
  square: 0.9,
  diamond: 1.2,
  triangle: 1.3,
  star: 1.4,
};

const cache = new Map<string, string>();

/** Path data for a marker of `shape` with roughly `area` square units, centred on (0, 0). */
export function markerPath(shape: MarkerShape, area = 64): string {
  const key = `${shape}:${area}`;
  let path = cache.get(key);
  if (path === undefined) {
    path = symbol(TYPES[shape], area * AREA_FACTOR[shape]).digits(2)() ?? '';
    cache.set(key, path);
  }
  return path;
}
