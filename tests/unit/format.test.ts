import { describe, it, expect } from 'vitest';
import { formatFigureValue, formatInterval, formatAge, metricLabel } from '$lib/data/format';
import { daysBetween } from '$lib/data/days';

describe('formatFigureValue', () => {
	const cases = [
		{ input: { value: 100000, low: 100000, high: null, qualifier: 'over', metric: 'troops' }, expected: 'over 100,000' },
		{ input: { value: null, low: 175000, high: 190000, qualifier: 'range', metric: 'troops' }, expected: '175,000–190,000' },
		{ input: { value: 127000, low: 127000, high: 127000, qualifier: 'exact', metric: 'troops' }, expected: '127,000' },
		{ input: { value: 2500000000, low: 2500000000, high: 2500000000, qualifier: 'exact', metric: 'aid_usd' }, expected: '$2.5 billion' },
		{ input: { value: 60, low: null, high: 60, qualifier: 'up_to', metric: 'btgs' }, expected: 'up to 60' },
		{ input: { value: 1000, low: null, high: 1000, qualifier: 'nearly', metric: 'troops' }, expected: 'nearly 1,000' },
		{ input: { value: 40, low: null, high: null, qualifier: 'about', metric: 'btgs' }, expected: 'about 40' }
	] as const;
	for (const { input, expected } of cases) {
		it(`${JSON.stringify(input)} → ${expected}`, () => {
			expect(formatFigureValue(input)).toBe(expected);
		});
	}
});

describe('formatInterval', () => {
	const cases = [
		{ start: '2021-04-13', end: '2021-04-13', expected: '13 Apr 2021' },
		{ start: '2022-01-11', end: '2022-01-20', expected: '11–20 Jan 2022' },
		{ start: '2021-04-01', end: '2021-04-30', expected: 'Apr 2021' },
		{ start: '2021-03-01', end: '2021-04-30', expected: 'Mar–Apr 2021' },
		{ start: '2021-11-01', end: '2022-01-31', expected: 'Nov 2021 – Jan 2022' },
		{ start: '2021-01-01', end: '2021-12-31', expected: '2021' },
		{ start: '2021-12-21', end: '2022-01-05', expected: '21 Dec 2021 – 5 Jan 2022' },
		{ start: '2022-02-21', end: '2022-02-28', expected: '21–28 Feb 2022' }
	];
	for (const { start, end, expected } of cases) {
		it(`${start}..${end} → ${expected}`, () => {
			expect(formatInterval(start, end)).toBe(expected);
		});
	}
});

describe('ages and labels', () => {
	it('counts days across a month and year end', () => {
		expect(daysBetween('2021-12-30', '2022-01-02')).toBe(3);
	});
	it('says how old a report is', () => {
		expect(formatAge('2022-01-10', '2022-01-10')).toBe('same day');
		expect(formatAge('2022-01-10', '2022-01-11')).toBe('1 day old');
		expect(formatAge('2022-01-10', '2022-02-02')).toBe('23 days old');
	});
	it('names metrics in the singular and plural', () => {
		expect(metricLabel('btgs')).toBe('battalion tactical groups');
		expect(metricLabel('troops', 1)).toBe('troop');
		expect(metricLabel('unknown_metric')).toBe('unknown metric');
	});
});
