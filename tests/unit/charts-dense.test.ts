import { describe, it, expect } from 'vitest';
import { densePaths, denseMarker, isDense, denseFrom, nearest } from '$lib/charts/dense';
import { figureGlyph } from '$lib/charts/glyphs';
import { dayStart } from '$lib/charts/scales';
import type { GlyphInput } from '$lib/charts/glyphs';

// One pixel per day from 2021-01-01; one pixel per 1,000, upwards from 500 (as charts-maths).
const x = (t: number) => (t - dayStart('2021-01-01')) / 86_400_000;
const y = (v: number) => 500 - v / 1000;
const glyph = (over: Partial<GlyphInput>) =>
	figureGlyph({ value: 100000, low: null, high: null, qualifier: 'exact', date_start: '2021-02-10', date_end: '2021-02-10', ...over }, x, y);

describe('dense marks', () => {
	it('draws dense only above the threshold', () => {
		expect(isDense(denseFrom)).toBe(false);
		expect(isDense(denseFrom + 1)).toBe(true);
	});

	it('puts every glyph where the one-element-per-mark drawing puts it, none left out', () => {
		const glyphs = [
			glyph({}),
			glyph({ value: 120000, qualifier: 'over' }),
			glyph({ value: null, low: 175000, high: 190000, qualifier: 'range' }),
			glyph({ date_start: '2021-03-01', date_end: '2021-03-31', qualifier: 'about' })
		];
		const paths = densePaths(glyphs, 'circle');
		// A marker per non-range glyph, each starting at its centre (half-pixel precision).
		const starts = [...paths.markers.matchAll(/M([\d.]+),([\d.]+)/g)].map((m) => [Number(m[1]), Number(m[2])]);
		expect(starts).toEqual(glyphs.filter((g) => !g.isRange).map((g) => [Math.round(g.cx * 2) / 2, Math.round(g.cy * 2) / 2]));
		expect(paths.qualifiers.match(/M/g)).toHaveLength(1);
		expect(paths.rings.match(/M/g)).toHaveLength(1);
		expect(paths.intervals.match(/M/g)).toHaveLength(1);
		// The range: from its high end down to its low end.
		expect(paths.ranges).toContain(`,${500 - 190}h`);
		expect(paths.ranges).toContain(`V${500 - 175}`);
	});

	it('writes every marker of a shape with the same outline after its position (short once compressed)', () => {
		expect(denseMarker('square', 10, 20).replace(/^M10,20/, '')).toBe(denseMarker('square', 300.26, 7).replace(/^M300.5,7/, ''));
	});

	it('finds the point nearest the pointer within a radius', () => {
		const points = [
			{ x: 0, y: 0 },
			{ x: 10, y: 0 },
			{ x: 100, y: 100 }
		];
		expect(nearest(points, 7, 1)).toBe(1);
		expect(nearest(points, 2, 0)).toBe(0);
		expect(nearest(points, 50, 50)).toBe(-1);
		expect(nearest(points, 50, 50, 80)).toBe(1);
	});
});
