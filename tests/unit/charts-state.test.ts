import { describe, it, expect } from 'vitest';
import { quoteMax } from '$lib/filters/quote';
import { readChoices, writeChoices, shareQuery, defaultChoices, unknownSeriesMax } from '$lib/charts/urlState';
import { shadedPeriods, keyEvents, shortTitle } from '$lib/charts/periods';
import { chartCsv, chartCsvColumns } from '$lib/charts/csvRows';
import type { ChartEvent, ChartFigure } from '$lib/charts/types';

const known = ['hur', 'pentagon', 'us-officials'];

describe('chart choices in the URL', () => {
	it.each([
		{ query: '', expected: defaultChoices, notices: 0 },
		{ query: 'troops-hide=hur,pentagon', expected: { hidden: ['hur', 'pentagon'], events: true, view: 'chart' }, notices: 0 },
		{ query: 'troops-hide=hur,nobody', expected: { hidden: ['hur'], events: true, view: 'chart' }, notices: 1 },
		{ query: 'troops-events=off&troops-view=table', expected: { hidden: [], events: false, view: 'table' }, notices: 0 },
		{ query: 'troops-events=maybe&troops-view=pie', expected: defaultChoices, notices: 2 },
		{ query: 'btgs-hide=hur', expected: defaultChoices, notices: 0 }
	])('"$query"', ({ query, expected, notices }) => {
		const result = readChoices(new URLSearchParams(query), 'troops', known);
		expect(result.choices).toEqual(expected);
		expect(result.notices).toHaveLength(notices);
	});

	it('writes only what differs from the defaults and keeps other charts’ keys', () => {
		const params = new URLSearchParams('btgs-hide=reported&troops-view=table');
		expect(writeChoices(params, 'troops', { hidden: ['pentagon', 'hur'], events: false, view: 'chart' }).toString()).toBe(
			'btgs-hide=reported&troops-hide=hur%2Cpentagon&troops-events=off'
		);
		expect(writeChoices(params, 'troops', defaultChoices).toString()).toBe('btgs-hide=reported');
		expect(shareQuery('troops', defaultChoices)).toBe('');
	});

	it('round-trips', () => {
		const choices = { hidden: ['us-officials'], events: false, view: 'table' as const };
		expect(readChoices(writeChoices(new URLSearchParams(), 'troops', choices), 'troops', known).choices).toEqual(choices);
	});
});

describe('hostile chart links', () => {
	const read = (query: string) => readChoices(new URLSearchParams(query), 'troops', known);

	it.each([
		{ query: 'troops-hide=x,x', hidden: [], notices: ['Ignored “x” in the link: this chart has no such series.'] },
		{ query: 'troops-hide=hur,hur,x,x,hur', hidden: ['hur'], notices: ['Ignored “x” in the link: this chart has no such series.'] },
		{ query: 'troops-hide=,,,', hidden: [], notices: [] }
	])('"$query": each name once, one notice per unknown name', ({ query, hidden, notices }) => {
		const result = read(query);
		expect(result.choices.hidden).toEqual(hidden);
		expect(result.notices).toEqual(notices);
	});

	it('quotes at most quoteMax characters of what it ignores, with an ellipsis (lib/filters/quote)', () => {
		const long = 'x'.repeat(10_000);
		for (const key of ['troops-hide', 'troops-events', 'troops-view']) {
			const [notice] = read(`${key}=${long}`).notices;
			expect(notice, key).toContain('x'.repeat(quoteMax) + '…');
			expect(notice.length, key).toBeLessThan(quoteMax + 80);
		}
	});

	it('names a few unknown series and counts the rest; the notices are distinct', () => {
		const names = Array.from({ length: 40 }, (_, i) => `n${i}`);
		const { notices } = read(`troops-hide=${names.join(',')}`);
		expect(notices).toHaveLength(unknownSeriesMax + 1);
		expect(notices.at(-1)).toBe(`Ignored ${40 - unknownSeriesMax} more names in the link that this chart has no series for.`);
		// Two names that differ only after the quoted part are one notice, not two with one key.
		const twins = read(`troops-hide=${'a'.repeat(70)}1,${'a'.repeat(70)}2`).notices;
		expect(twins).toHaveLength(1);
		expect(new Set(notices).size).toBe(notices.length);
	});
});

const ev = (over: Partial<ChartEvent>): ChartEvent => ({
	id: 'e',
	category: 'military',
	type: 'x',
	title: 't',
	key: false,
	date_text: '',
	date_start: '2021-01-01',
	date_end: '2021-01-01',
	source: 'prelude',
	excerpt: '',
	...over
});

describe('shaded periods come from events', () => {
	const events = [
		ev({ id: 'first', type: 'buildup', key: true, date_start: '2021-03-01', date_end: '2021-04-30' }),
		ev({ id: 'first-again', type: 'buildup', date_start: '2021-03-01', date_end: '2021-03-31' }),
		ev({ id: 'drawdown', type: 'withdrawal', key: true, date_start: '2021-04-22', date_end: '2021-04-22' }),
		ev({ id: 'partial', type: 'withdrawal', date_start: '2021-03-01', date_end: '2021-06-30' }),
		ev({ id: 'second', type: 'buildup', key: true, date_start: '2021-10-01', date_end: '2021-10-31' }),
		ev({ id: 'units-return', type: 'withdrawal', key: true, date_start: '2022-02-14', date_end: '2022-02-14' }),
		ev({ id: 'invasion', category: 'invasion', type: 'invasion', key: true, date_start: '2022-02-24', date_end: '2022-02-24' })
	];
	it('finds both buildups and the spring withdrawal', () => {
		const { periods, missing } = shadedPeriods(events);
		expect(missing).toEqual([]);
		expect(periods).toEqual([
			{ id: 'buildup-1', label: 'First buildup', start: '2021-03-01', end: '2021-04-21', eventIds: ['first', 'drawdown'] },
			{ id: 'withdrawal-1', label: 'Partial withdrawal', start: '2021-04-22', end: '2021-06-30', eventIds: ['drawdown', 'partial'] },
			{ id: 'buildup-2', label: 'Second buildup', start: '2021-10-01', end: '2022-02-23', eventIds: ['second', 'invasion'] }
		]);
	});
	it('says what is missing instead of inventing dates', () => {
		expect(shadedPeriods([]).missing).toHaveLength(1);
		const noInvasion = shadedPeriods(events.filter((e) => e.id !== 'invasion'));
		expect(noInvasion.periods.at(-1)).toMatchObject({ id: 'buildup-2', end: '2021-10-31' });
		expect(noInvasion.missing).toHaveLength(1);
	});
	it('key events in date order; short titles', () => {
		expect(keyEvents([...events].reverse()).map((e) => e.id)).toEqual(['first', 'drawdown', 'second', 'units-return', 'invasion']);
		expect(shortTitle('US–Russia security talks in Geneva', 20)).toBe('US–Russia security…');
		expect(shortTitle('Macron meets Putin in Moscow; more')).toBe('Macron meets Putin in Moscow');
	});
});

describe('chart CSV rows', () => {
	const f: ChartFigure = {
		id: 'us-projection',
		metric: 'troops',
		value: 175000,
		low: 175000,
		high: null,
		qualifier: 'over',
		date_text: 'December',
		date_start: '2021-12-01',
		date_end: '2021-12-31',
		estimator: 'us-government',
		estimator_name: 'US government',
		side: 'russia',
		fronts: ['around'],
		kind: 'projection',
		subject: 's',
		source: 'prelude',
		excerpt: 'could assemble over 175,000'
	};
	it('one row per mark, in a fixed column order, with provenance', () => {
		const csv = chartCsv([f], [ev({ id: 'geneva', category: 'diplomacy', type: 'talks', title: 'Geneva' })]);
		expect(csv.columns).toEqual(chartCsvColumns);
		expect(csv.rows).toHaveLength(2);
		expect(csv.rows[0]).toMatchObject({ record_type: 'figure', id: 'us-projection', value_text: 'over 175,000 troops', value: 175000, high: null, estimator: 'us-government', estimator_name: 'US government', front: ['around'], excerpt: 'could assemble over 175,000' });
		expect(csv.rows[1]).toMatchObject({ record_type: 'event', id: 'geneva', category: 'diplomacy', type: 'talks', title: 'Geneva' });
		for (const row of csv.rows) expect(Object.keys(row).filter((k) => !csv.columns.includes(k) && row[k] != null)).toEqual([]);
	});
});

import { placeLabels } from '$lib/charts/periods';
describe('rule labels never overlap', () => {
	it.each([
		{ labels: [{ x: 0, width: 50, toLeft: false }, { x: 100, width: 50, toLeft: false }], rows: 2, expected: [0, 0] },
		{ labels: [{ x: 0, width: 50, toLeft: false }, { x: 20, width: 50, toLeft: false }], rows: 2, expected: [0, 1] },
		{ labels: [{ x: 0, width: 50, toLeft: false }, { x: 20, width: 50, toLeft: false }, { x: 30, width: 50, toLeft: false }], rows: 2, expected: [0, 1, null] },
		{ labels: [{ x: 100, width: 50, toLeft: true }, { x: 60, width: 50, toLeft: true }], rows: 1, expected: [0, null] }
	])('$expected', ({ labels, rows, expected }) => {
		expect(placeLabels(labels, rows)).toEqual(expected);
	});
});
