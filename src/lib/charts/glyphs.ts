/**
 * Where and how a figure is drawn: its date interval as a horizontal bar (a point for a single
 * day), a range as a box/vertical bar from low to high, and the qualifier as an open mark ("over"
 * points up, "up to" and "nearly" point down, "about" gets a ring). Pure geometry, no rounding
 * of the data: the glyph sits exactly where the figure's own numbers put it.
 */
import type { FigureKind, Qualifier } from '$lib/data/types';
import { dayEnd, dayStart } from './scales';

export type Shape = 'circle' | 'square' | 'diamond' | 'triangle';
export const shapes: Shape[] = ['circle', 'square', 'diamond', 'triangle'];

export type QualifierMark = 'up' | 'down' | 'approx' | null;

export interface GlyphInput {
	value: number | null;
	low: number | null;
	high: number | null;
	qualifier: Qualifier;
	date_start: string;
	date_end: string;
}

export interface Glyph {
	/** Left and right of the date interval (x1 − x0 ≥ 0). */
	x0: number;
	x1: number;
	/** Where the marker sits: the middle of the interval, at the value. */
	cx: number;
	cy: number;
	/** For a range: the y of its low and high ends (else both equal cy). */
	yLow: number;
	yHigh: number;
	isRange: boolean;
	/** True when the interval is wide enough to be drawn as a bar. */
	isInterval: boolean;
	mark: QualifierMark;
}

/** Which open mark a qualifier gets. */
export function qualifierMark(qualifier: Qualifier): QualifierMark {
	switch (qualifier) {
		case 'over':
		case 'at_least':
			return 'up';
		case 'up_to':
		case 'fewer_than':
		case 'nearly':
			return 'down';
		case 'about':
			return 'approx';
		default:
			return null;
	}
}

/** Places a figure with the given scales (x takes a timestamp, y a value). */
export function figureGlyph(
	figure: GlyphInput,
	x: (t: number) => number,
	y: (v: number) => number,
	minBar = 4
): Glyph {
	const x0 = x(dayStart(figure.date_start));
	const x1 = x(dayEnd(figure.date_end));
	const cx = (x0 + x1) / 2;
	const isRange = figure.value === null && figure.low !== null && figure.high !== null;
	const yLow = y(isRange ? (figure.low as number) : (figure.value ?? figure.low ?? figure.high ?? 0));
	const yHigh = y(isRange ? (figure.high as number) : (figure.value ?? figure.high ?? figure.low ?? 0));
	return {
		x0,
		x1,
		cx,
		cy: (yLow + yHigh) / 2,
		yLow,
		yHigh,
		isRange,
		isInterval: x1 - x0 >= minBar,
		mark: isRange ? null : qualifierMark(figure.qualifier)
	};
}

/** The open chevron of an "over" (up) or "up to" (down) mark, from the marker outwards. */
export function qualifierPath(glyph: Glyph, length = 12, half = 4): string {
	if (glyph.mark !== 'up' && glyph.mark !== 'down') return '';
	const dir = glyph.mark === 'up' ? -1 : 1;
	const { cx, cy } = glyph;
	const tip = cy + dir * length;
	return `M${cx},${cy}V${tip}M${cx - half},${tip - dir * half}L${cx},${tip}L${cx + half},${tip - dir * half}`;
}

/** A marker of the given shape and radius centred on (cx, cy). */
export function markerPath(shape: Shape, cx: number, cy: number, r: number): string {
	switch (shape) {
		case 'square':
			return `M${cx - r * 0.85},${cy - r * 0.85}h${r * 1.7}v${r * 1.7}h${-r * 1.7}Z`;
		case 'diamond':
			return `M${cx},${cy - r * 1.2}L${cx + r * 1.2},${cy}L${cx},${cy + r * 1.2}L${cx - r * 1.2},${cy}Z`;
		case 'triangle':
			return `M${cx},${cy - r * 1.15}L${cx + r * 1.1},${cy + r * 0.8}L${cx - r * 1.1},${cy + r * 0.8}Z`;
		default:
			return `M${cx - r},${cy}a${r},${r} 0 1,0 ${2 * r},0a${r},${r} 0 1,0 ${-2 * r},0Z`;
	}
}

/** How a figure's kind is styled: observed counts solid; projections/plans hollow; claims dashed. */
export type KindStyle = 'solid' | 'hollow' | 'dashed' | 'dotted';

export function kindStyle(kind: FigureKind): KindStyle {
	if (kind === 'projection' || kind === 'plan') return 'hollow';
	if (kind === 'claim') return 'dashed';
	if (kind === 'exercise') return 'dotted';
	return 'solid';
}

export const kindStyleLabels: Record<KindStyle, string> = {
	solid: 'Estimate or report (filled)',
	hollow: 'Projection or plan (hollow)',
	dashed: 'Claim by a party (dashed)',
	dotted: 'Exercise (dotted)'
};

/** The kind styles the figures use, in order of first use (for the style key). */
export function kindStyles(figures: { kind: FigureKind }[]): KindStyle[] {
	return [...new Set(figures.map((f) => kindStyle(f.kind)))];
}
