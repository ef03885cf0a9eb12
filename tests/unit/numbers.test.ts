import { describe, it, expect } from 'vitest';
import { findNumbers, formatNumber, numberRules, parseNumber, textHasNumber, type NumberRole } from '../../src/lib/data/normalise/numbers';

describe('textHasNumber: the figure’s number appears in its excerpt', () => {
	const table: { excerpt: string; value: number; expected: boolean }[] = [
		{ excerpt: 'amassing 127,000 troops in the region', value: 127000, expected: true },
		{ excerpt: 'amassing 127000 troops in the region', value: 127000, expected: true },
		{ excerpt: 'amassing 127 000 troops in the region', value: 127000, expected: true },
		{ excerpt: 'amassing 127\u202f000 troops in the region', value: 127000, expected: true },
		{ excerpt: 'killing two Ukrainian servicemen', value: 2, expected: true },
		{ excerpt: 'Two of the three officials', value: 3, expected: true },
		{ excerpt: 'some three thousand soldiers', value: 3000, expected: true },
		{ excerpt: 'forty-one thousand troops', value: 41000, expected: true },
		{ excerpt: 'a dozen helicopters', value: 12, expected: true },
		{ excerpt: 'two hundred and fifty thousand reservists', value: 250000, expected: true },
		{ excerpt: 'the U.S. approved $2.5 billion in aid', value: 2500000000, expected: true },
		{ excerpt: 'a package of $1.5bn', value: 1500000000, expected: true },
		{ excerpt: 'a €22 million (US$24.8 million) defence package', value: 24800000, expected: true },
		{ excerpt: 'a €22 million (US$24.8 million) defence package', value: 22000000, expected: true },
		{ excerpt: 'additional defence aid for US$200 million', value: 200000000, expected: true },
		{ excerpt: '1.5 million reservists', value: 1500000, expected: true },
		{ excerpt: 'could assemble 175,000 to 190,000 troops', value: 175000, expected: true },
		{ excerpt: 'could assemble 175,000 to 190,000 troops', value: 190000, expected: true },
		{ excerpt: 'some 90 tonnes of lethal weapons', value: 90, expected: true },
		// not the number
		{ excerpt: 'amassing 127,000 troops', value: 127, expected: false },
		{ excerpt: 'amassing 127,000 troops', value: 12700, expected: false },
		{ excerpt: 'the 41st Army moved', value: 41, expected: false },
		{ excerpt: 'two F-35s to the base', value: 35, expected: false },
		{ excerpt: 'On 21 February, troops moved', value: 21, expected: false },
		{ excerpt: 'by 2November, including forces', value: 2, expected: false },
		{ excerpt: 'someone said something', value: 1, expected: false },
		{ excerpt: '50 m into Ukrainian territory', value: 500000, expected: false }
	];
	it.each(table)('$value in "$excerpt" → $expected', ({ excerpt, value, expected }) => {
		expect(textHasNumber(excerpt, value)).toBe(expected);
	});
});

describe('findNumbers', () => {
	it('finds values, spans and roles', () => {
		const text = 'On 21 February 2021, 3,000 paratroopers, the 41st Army, two F-35s, 16:23, ten days later, 13 to 19 February, 2021-03-03';
		const found = findNumbers(text).map((m) => [m.raw, m.value, m.role]);
		expect(found).toEqual([
			['21', 21, 'day'],
			['2021', 2021, 'year'],
			['3,000', 3000, 'count'],
			['41', 41, 'ordinal'],
			['two', 2, 'count'],
			['35', 35, 'designator'],
			['16', 16, 'time'],
			['23', 23, 'time'],
			['ten', 10, 'measure'],
			['13', 13, 'day'],
			['19', 19, 'day'],
			['2021-03-03', 2021, 'iso-date']
		]);
		for (const m of findNumbers(text)) expect(text.slice(m.start, m.end)).toBe(m.raw);
	});

	it.each<[string, NumberRole]>([
		['Mi-8 helicopter', 'designator'],
		['RC-135W aircraft', 'designator'],
		['M141 munitions', 'designator'],
		['Jul 15 at noon', 'day'],
		['February 28, 2022', 'day'],
		['by April 28 battalion tactical groups', 'count'],
		['the eight-point treaty', 'measure'],
		['a 50-minute call', 'measure'],
		['at 4 a.m. Moscow time', 'time'],
		['70 percent of its forces', 'count']
	])('%s → %s', (text, role) => {
		expect(findNumbers(text)[0].role).toBe(role);
	});

	it('keeps currency and percent apart from the value', () => {
		const [eur, usd, pct] = findNumbers('€22 million (US$24.8 million), 80%');
		expect([eur.currency, eur.value, usd.currency, usd.value, pct.percent]).toEqual(['EUR', 22000000, 'USD', 24800000, true]);
	});

	it('never throws and keeps spans inside the text', () => {
		for (const text of ['', '—', '1,', ',000', '1.2.3', '$', 'a', 'a dozen', '999,999,999,999,999', '\u00a0000']) {
			for (const m of findNumbers(text)) {
				expect(m.start).toBeGreaterThanOrEqual(0);
				expect(m.end).toBeLessThanOrEqual(text.length);
			}
		}
		expect(findNumbers('')).toEqual([]);
	});
});

describe('parseNumber (the number field of an exclusion)', () => {
	it.each<[string, number | null]>([
		['100,000', 100000],
		['100 000', 100000],
		['two', 2],
		['Three', 3],
		['$2.5 billion', 2500000000],
		['2014', 2014],
		['70 percent', 70],
		['two and three', null],
		['troops', null]
	])('%s → %s', (text, expected) => {
		expect(parseNumber(text)).toBe(expected);
	});
});

describe('numberRules', () => {
	it('each example reads as its value', () => {
		for (const rule of numberRules) expect(parseNumber(rule.example), rule.example).toBe(rule.value);
	});
	it('formats with thousands separators', () => {
		expect([formatNumber(100000), formatNumber(2500000000), formatNumber(24.8), formatNumber(90)]).toEqual(['100,000', '2,500,000,000', '24.8', '90']);
	});
});
