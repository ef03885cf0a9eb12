import { describe, it, expect } from 'vitest';
import { figureGlyph, qualifierMark, qualifierPath, kindStyle, markerPath } from '$lib/charts/glyphs';
import { dayStart, dayEnd, timeDomain, valueScale, timeTickCount, formatTick, topOf } from '$lib/charts/scales';
import { groupSeries } from '$lib/charts/series';
import { isTroopEstimate } from '$lib/charts/troops/troops';
import { btgGroup } from '$lib/charts/btgs/btgs';
import { isFrontFigure, panelOf, frontsLabel } from '$lib/charts/fronts/fronts';
import { isSupportFigure, supportPanelOf } from '$lib/charts/support/support';
import { diplomacyRow, usedRows } from '$lib/charts/tracks/tracks';
import { layoutPanels, stackHeight } from '$lib/charts/panels';
import type { ChartFigure } from '$lib/charts/types';

const fig = (over: Partial<ChartFigure>): ChartFigure => ({
	id: 'f',
	metric: 'troops',
	value: 100000,
	low: null,
	high: null,
	qualifier: 'exact',
	date_text: '13 November',
	date_start: '2021-11-13',
	date_end: '2021-11-13',
	estimator: 'hur',
	estimator_name: 'HUR',
	side: 'russia',
	fronts: ['around'],
	kind: 'estimate',
	subject: '',
	source: 'prelude',
	excerpt: '…',
	...over
});

// x: one pixel per day from 2021-01-01; y: one pixel per 1,000, upwards from 500.
const x = (t: number) => (t - dayStart('2021-01-01')) / 86_400_000;
const y = (v: number) => 500 - v / 1000;

describe('figureGlyph', () => {
	it.each([
		{ name: 'a single day is a point', f: fig({}), expected: { x0: 316, x1: 317, isInterval: false, cy: 400, mark: null } },
		{ name: 'a vague date is a bar over its interval', f: fig({ date_start: '2021-11-01', date_end: '2021-11-30' }), expected: { x0: 304, x1: 334, isInterval: true, cx: 319 } },
		{ name: '"over" points up', f: fig({ qualifier: 'over' }), expected: { mark: 'up' } },
		{ name: '"nearly" points down', f: fig({ qualifier: 'nearly' }), expected: { mark: 'down' } },
		{ name: '"about" gets a ring', f: fig({ qualifier: 'about' }), expected: { mark: 'approx' } },
		{
			name: 'a range spans low to high',
			f: fig({ value: null, low: 175000, high: 190000, qualifier: 'range' }),
			expected: { isRange: true, yLow: 325, yHigh: 310, cy: 317.5, mark: null }
		}
	])('$name', ({ f, expected }) => {
		expect(figureGlyph(f, x, y)).toMatchObject(expected);
	});

	it('draws "over" as a stem and an open chevron above the marker, "up to" below', () => {
		const up = figureGlyph(fig({ qualifier: 'over' }), x, y);
		expect(qualifierPath(up, 12, 4)).toBe('M316.5,400V388M312.5,392L316.5,388L320.5,392');
		const down = figureGlyph(fig({ qualifier: 'up_to' }), x, y);
		expect(qualifierPath(down, 12, 4)).toBe('M316.5,400V412M312.5,408L316.5,412L320.5,408');
		expect(qualifierPath(figureGlyph(fig({}), x, y))).toBe('');
	});

	it.each([
		['exact', null],
		['at_least', 'up'],
		['fewer_than', 'down'],
		['up_to', 'down'],
		['range', null]
	] as const)('qualifier %s → %s', (q, expected) => {
		expect(qualifierMark(q)).toBe(expected);
	});

	it.each([
		['estimate', 'solid'],
		['report', 'solid'],
		['projection', 'hollow'],
		['plan', 'hollow'],
		['claim', 'dashed'],
		['exercise', 'dotted']
	] as const)('kind %s is drawn %s', (kind, style) => {
		expect(kindStyle(kind)).toBe(style);
	});

	it('marker paths are closed and centred', () => {
		for (const shape of ['circle', 'square', 'diamond', 'triangle'] as const) {
			const d = markerPath(shape, 10, 20, 4);
			expect(d.startsWith('M')).toBe(true);
			expect(d.endsWith('Z')).toBe(true);
		}
		expect(markerPath('square', 10, 20, 4)).toBe('M6.6,16.6h6.8v6.8h-6.8Z');
	});
});

describe('scales', () => {
	it('dates are whole UTC days, the end inclusive', () => {
		expect(dayEnd('2022-02-24') - dayStart('2022-02-24')).toBe(86_400_000);
	});
	it.each([
		{ items: [], expected: ['2021-03-01', '2022-03-01'] },
		{ items: [{ date_start: '2021-01-01', date_end: '2021-12-31' }], expected: ['2021-01-01', '2022-03-01'] },
		{ items: [{ date_start: '2022-03-04', date_end: '2022-03-04' }], expected: ['2021-03-01', '2022-03-05'] }
	])('time domain covers the period and every interval: $expected', ({ items, expected }) => {
		expect(timeDomain(items).map((d) => d.toISOString().slice(0, 10))).toEqual(expected);
	});
	it('the value scale starts at zero and clears the largest figure', () => {
		const s = valueScale([fig({ value: null, low: 175000, high: 190000, qualifier: 'range' }), fig({ value: 127000 })], [300, 0]);
		expect(s.domain()[0]).toBe(0);
		expect(s.domain()[1]).toBeGreaterThanOrEqual(190000);
		expect(valueScale([], [300, 0]).domain()).toEqual([0, 1]);
	});
	it.each([
		[200, 3],
		[640, 7],
		[2000, 12]
	])('%i px wide gets %i time ticks', (w, n) => {
		expect(timeTickCount(w)).toBe(n);
	});
	it.each([
		[150000, 'troops', '150k'],
		[2_000_000_000, 'aid_usd', '$2bn'],
		[0, 'btgs', '0']
	])('tick %d (%s) reads %s', (n, metric, text) => {
		expect(formatTick(n, metric)).toBe(text);
	});
	it('topOf takes the value or the top of a range', () => {
		expect(topOf(fig({ value: 5 }))).toBe(5);
		expect(topOf(fig({ value: null, low: 1, high: 9 }))).toBe(9);
	});
});

describe('series grouping', () => {
	it('orders series by first date and counts their figures', () => {
		const figures = [
			fig({ id: 'a', estimator: 'us', estimator_name: 'US', date_start: '2021-12-01' }),
			fig({ id: 'b', estimator: 'hur', estimator_name: 'HUR', date_start: '2021-11-01' }),
			fig({ id: 'c', estimator: 'us', estimator_name: 'US', date_start: '2021-04-01' }),
			fig({ id: 'd', estimator: 'zel', estimator_name: 'Zelenskyy', date_start: '2021-11-13' })
		];
		const series = groupSeries(figures, (f) => f.estimator, (f) => f.estimator_name);
		expect(series.map((s) => [s.id, s.count])).toEqual([
			['us', 2],
			['hur', 1],
			['zel', 1]
		]);
		expect(series[0].colour).toBe('var(--series-0)');
	});
	it('gives the first 28 series distinct colour–shape pairs', () => {
		const figures = Array.from({ length: 28 }, (_, i) => fig({ id: `f${i}`, estimator: `e${i}`, estimator_name: `E${String(i).padStart(2, '0')}` }));
		const pairs = new Set(groupSeries(figures, (f) => f.estimator, (f) => f.estimator_name).map((s) => `${s.colour}|${s.shape}`));
		expect(pairs.size).toBe(28);
	});
});

describe('which figures each chart draws', () => {
	it.each([
		{ f: fig({}), expected: true },
		{ f: fig({ fronts: ['south', 'east'] }), expected: true },
		{ f: fig({ fronts: ['donbas'] }), expected: false },
		{ f: fig({ fronts: ['total'], kind: 'strength' }), expected: false },
		{ f: fig({ kind: 'exercise' }), expected: false },
		{ f: fig({ side: 'ukraine' }), expected: false },
		{ f: fig({ metric: 'btgs' }), expected: false }
	])('troop chart: $f.fronts $f.kind $f.side $f.metric → $expected', ({ f, expected }) => {
		expect(isTroopEstimate(f)).toBe(expected);
	});
	it.each([
		{ kind: 'estimate', subject: 'BTGs', expected: 'reported' },
		{ kind: 'projection', subject: 'BTGs the buildup was expected to grow to', expected: 'expected' },
		{ kind: 'projection', subject: 'BTGs Russia could field', expected: 'projected' },
		{ kind: 'plan', subject: '', expected: 'planned' }
	] as const)('BTG group of a $kind ($subject) is $expected', ({ kind, subject, expected }) => {
		expect(btgGroup({ kind, subject })).toBe(expected);
	});
	it('fronts: single-front figures go to their panel, several fronts to their own panel, aggregates nowhere', () => {
		expect(panelOf(fig({ fronts: ['north'] }))).toBe('north');
		expect(panelOf(fig({ fronts: ['south', 'donbas'] }))).toBe('several');
		expect(frontsLabel(['south', 'donbas'])).toBe('Crimea + Donbas');
		expect(isFrontFigure(fig({ fronts: ['around'] }))).toBe(false);
		expect(isFrontFigure(fig({ fronts: ['sea'], side: 'separatist' }))).toBe(true);
		expect(isFrontFigure(fig({ fronts: ['north'], metric: 'exercise_troops' }))).toBe(true);
		expect(isFrontFigure(fig({ fronts: ['donbas'], side: 'ukraine' }))).toBe(false);
	});
	it('support: one panel per unit; Russian figures and exercises excluded', () => {
		expect(supportPanelOf(fig({ metric: 'aid_usd', fronts: ['ukraine'] }))).toBe('aid_usd@ukraine');
		expect(supportPanelOf(fig({ metric: 'troops', fronts: ['nato_east'] }))).toBe('troops@nato_east');
		expect(supportPanelOf(fig({ metric: 'troops', fronts: ['ukraine'] }))).toBe(null);
		expect(isSupportFigure(fig({ metric: 'weapons', fronts: ['ukraine'], side: 'uk' }))).toBe(true);
		expect(isSupportFigure(fig({ metric: 'weapons', fronts: ['ukraine'], side: 'russia' }))).toBe(false);
		expect(isSupportFigure(fig({ metric: 'troops', fronts: ['nato_east'], side: 'nato', kind: 'exercise' }))).toBe(false);
	});
	it('tracks: diplomacy rows by type, only rows in use, in a fixed order', () => {
		expect(diplomacyRow({ type: 'summit' })).toBe('meeting');
		expect(diplomacyRow({ type: 'treaty' })).toBe('letter');
		expect(diplomacyRow({ type: 'expulsion' })).toBe('other');
		expect(usedRows([{ type: 'call' }, { type: 'talks' }]).map((r) => r.id)).toEqual(['talks', 'call']);
	});
});

describe('panel layout', () => {
	it('keeps panels with figures, names the empty ones, and filters hidden figures', () => {
		const figures = [fig({ id: 'a', fronts: ['north'], side: 'belarus' }), fig({ id: 'b', fronts: ['north'] }), fig({ id: 'c', fronts: ['sea'] })];
		const specs = [
			{ id: 'north', label: 'Belarus', metric: 'troops' },
			{ id: 'east', label: 'East', metric: 'troops' },
			{ id: 'sea', label: 'Sea', metric: 'troops' }
		];
		const { panels, empty } = layoutPanels(specs, figures, panelOf, (f) => f.side !== 'belarus');
		expect(panels.map((p) => [p.id, p.figures.map((f) => f.id), p.scaleFigures.length])).toEqual([
			['north', ['b'], 2],
			['sea', ['c'], 1]
		]);
		expect(empty).toEqual(['East']);
		expect(stackHeight(2, 100)).toBe(254);
	});
});
