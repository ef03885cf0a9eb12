import { describe, it, expect } from 'vitest';
import { datedFigures, isUndatedStrength, undatedColumn, undatedNotes, withUndatedColumn } from '$lib/charts/undated';
import { tickLabelsShown } from '$lib/charts/scales';
import type { ChartFigure } from '$lib/charts/types';

const fig = (over: Partial<ChartFigure>): ChartFigure => ({
	id: 'f',
	metric: 'troops',
	value: null,
	low: 175000,
	high: 190000,
	qualifier: 'range',
	date_text: '2021-03-03 – 24 February 2022',
	date_start: '2021-03-03',
	date_end: '2022-02-24',
	estimator: 'unattributed',
	estimator_name: 'Unattributed',
	side: 'russia',
	fronts: ['around'],
	kind: 'strength',
	subject: 'Russian troops at the Ukrainian border (infobox)',
	source: 'prelude',
	excerpt: '…',
	...over
});

describe('undated whole-period strengths', () => {
	it.each([
		{ what: 'the infobox range, dated to the whole period', f: fig({}), undated: true },
		{ what: 'a strength dated to a month', f: fig({ date_text: 'December 2021', date_start: '2021-12-01', date_end: '2021-12-31' }), undated: false },
		{ what: 'a strength given for 180 days', f: fig({ date_start: '2021-03-01', date_end: '2021-08-28' }), undated: true },
		{ what: 'a strength given for 179 days', f: fig({ date_start: '2021-03-01', date_end: '2021-08-27' }), undated: false },
		{ what: 'an estimate over a long interval', f: fig({ kind: 'estimate' }), undated: false }
	])('$what: undated $undated', ({ f, undated }) => {
		expect(isUndatedStrength(f)).toBe(undated);
	});

	it('leaves undated figures off the time axis and adds a column (and a note) only when there are some', () => {
		const dated = fig({ id: 'd', kind: 'estimate', date_start: '2021-11-01', date_end: '2021-11-30' });
		expect(datedFigures([fig({}), dated]).map((f) => f.id)).toEqual(['d']);
		const margin = { top: 10, right: 18, bottom: 28, left: 56 };
		expect(withUndatedColumn(margin, [dated])).toEqual(margin);
		expect(undatedNotes([dated])).toEqual([]);
		const wider = withUndatedColumn(margin, [dated, fig({})]);
		expect(wider.right).toBeGreaterThan(margin.right);
		expect(undatedNotes([fig({})])).toHaveLength(1);
		// The column lies right of the time axis, inside the room the margin added.
		const column = undatedColumn(600);
		expect(column.x0).toBeGreaterThan(600);
		expect(column.x).toBeGreaterThan(column.x0);
		expect(column.x1 - 600).toBeLessThanOrEqual(wider.right - margin.right);
	});
});

describe('time tick labels', () => {
	it('leaves out a label that would run into the one before it', () => {
		// "Apr 2021" (start-anchored, ~50 px) at 18, "Jul" centred at 71: too close; "Oct" at 124 is clear.
		expect(tickLabelsShown([{ x: 18, text: 'Apr 2021' }, { x: 71, text: 'Jul' }, { x: 124, text: 'Oct' }])).toEqual([true, false, true]);
		expect(tickLabelsShown([{ x: 0, text: 'Mar 2021' }, { x: 90, text: 'Apr' }, { x: 180, text: 'May' }])).toEqual([true, true, true]);
	});
});
