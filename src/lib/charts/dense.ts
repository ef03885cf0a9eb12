/**
 * Charts at scale. A chart with more than `denseFrom` marks draws them "dense": each series and
 * kind style as a few SVG paths instead of one link element per mark (the glyphs are the same,
 * at the same places — nothing is binned, summed or left out), and finds the mark under the
 * pointer by distance for the tooltip. Its table (exact, one row per mark, with the links) is
 * built when the reader opens it, not prerendered, once it has more than `tableInlineMax` rows.
 * Pure.
 */
import type { Glyph, Shape } from './glyphs';

export const denseFrom = 400;
export const tableInlineMax = 400;

/** Whether a chart drawing `marks` marks draws them dense. */
export function isDense(marks: number): boolean {
	return marks > denseFrom;
}

/** Half-pixel coordinates: plenty on screen, and shorter paths in the prerendered page. */
const r2 = (v: number) => Math.round(v * 2) / 2;

/** A marker at (cx, cy) as an absolute move and a relative outline (the same text for every mark of a shape). */
export function denseMarker(shape: Shape, cx: number, cy: number): string {
	const at = `M${r2(cx)},${r2(cy)}`;
	switch (shape) {
		case 'square':
			return `${at}m-3.8,-3.8h7.6v7.6h-7.6z`;
		case 'diamond':
			return `${at}m0,-5.4l5.4,5.4l-5.4,5.4l-5.4,-5.4z`;
		case 'triangle':
			return `${at}m0,-5.2l5,8.8h-10z`;
		default:
			return `${at}m-4.5,0a4.5,4.5 0 1,0 9,0a4.5,4.5 0 1,0 -9,0z`;
	}
}

/** The paths of a group of glyphs drawn alike (one series, one kind style). */
export interface DensePaths {
	markers: string;
	intervals: string;
	qualifiers: string;
	/** The dashed rings of "about" figures. */
	rings: string;
	ranges: string;
}

export function densePaths(glyphs: Glyph[], shape: Shape): DensePaths {
	let markers = '';
	let intervals = '';
	let qualifiers = '';
	let rings = '';
	let ranges = '';
	for (const g of glyphs) {
		if (g.isRange) {
			const x0 = g.isInterval ? g.x0 : g.cx - 3;
			const width = g.isInterval ? g.x1 - g.x0 : 6;
			ranges += `M${r2(x0)},${r2(g.yHigh)}h${r2(width)}V${r2(g.yHigh + Math.max(2, g.yLow - g.yHigh))}H${r2(x0)}z`;
			continue;
		}
		if (g.isInterval) intervals += `M${r2(g.x0)},${r2(g.cy - 4)}v8m0,-4H${r2(g.x1)}m0,-4v8`;
		if (g.mark === 'up' || g.mark === 'down') {
			const dir = g.mark === 'up' ? -1 : 1;
			qualifiers += `M${r2(g.cx)},${r2(g.cy)}v${12 * dir}m-4,${-4 * dir}l4,${4 * dir}l4,${-4 * dir}`;
		} else if (g.mark === 'approx') rings += `M${r2(g.cx)},${r2(g.cy)}m-8.5,0a8.5,8.5 0 1,0 17,0a8.5,8.5 0 1,0 -17,0z`;
		markers += denseMarker(shape, g.cx, g.cy);
	}
	return { markers, intervals, qualifiers, rings, ranges };
}

/** The index of the point nearest (x, y) within `radius`, or -1. */
export function nearest(points: { x: number; y: number }[], x: number, y: number, radius = 14): number {
	let best = -1;
	let bestDistance = radius * radius;
	for (let i = 0; i < points.length; i++) {
		const dx = points[i].x - x;
		const dy = points[i].y - y;
		const d = dx * dx + dy * dy;
		if (d <= bestDistance) {
			best = i;
			bestDistance = d;
		}
	}
	return best;
}
