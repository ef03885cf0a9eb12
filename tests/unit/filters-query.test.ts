import { describe, it, expect } from 'vitest';
import { foldText, queryString, describeRejected, readList } from '$lib/filters/query';

describe('foldText', () => {
	const cases = [
		{ input: 'NATO–Russia Council', expected: 'nato-russia council' },
		{ input: '  Zelenskyy’s   “warning” ', expected: 'zelenskyy\'s "warning"' },
		{ input: 'Lukashenko — Minsk II', expected: 'lukashenko - minsk ii' },
		{ input: 'Élysée', expected: 'elysee' }
	];
	for (const { input, expected } of cases) {
		it(`${JSON.stringify(input)} → ${JSON.stringify(expected)}`, () => expect(foldText(input)).toBe(expected));
	}
});

describe('queryString', () => {
	const cases: { input: [string, string | string[]][]; expected: string }[] = [
		{ input: [], expected: '' },
		{ input: [['a', ''], ['b', []]], expected: '' },
		{ input: [['category', ['aid', 'sanctions']], ['q', 'über 100,000']], expected: '?category=aid,sanctions&q=%C3%BCber+100,000' },
		{ input: [['q', '#hash & more']], expected: '?q=%23hash+%26+more' }
	];
	for (const { input, expected } of cases) {
		it(`${JSON.stringify(input)} → "${expected}"`, () => expect(queryString(input)).toBe(expected));
	}
	it('round-trips text with commas and symbols', () => {
		const s = queryString([['q', 'a,b & c#d']]);
		expect(new URLSearchParams(s).get('q')).toBe('a,b & c#d');
	});
});

describe('readList / describeRejected', () => {
	it('keeps known values once, in the given order, and reports the rest', () => {
		const rejected: { name: string; value: string }[] = [];
		const list = readList(new URLSearchParams('c=b,x,a,b'), 'c', new Set(['a', 'b']), rejected);
		expect(list).toEqual(['b', 'a']);
		expect(describeRejected(rejected)).toBe('c “x”');
	});
	it('quotes each value at most 60 characters long, each pair once, and at most five pairs', () => {
		const long = { name: 'date', value: '9'.repeat(100_000) };
		expect(describeRejected([long])).toBe(`date “${'9'.repeat(60)}…”`);
		const many = Array.from({ length: 7000 }, (_, i) => ({ name: 'category', value: i % 2 ? 'b' : `x${i}` }));
		expect(describeRejected(many)).toBe('category “x0”, category “b”, category “x2”, category “x4”, category “x6” and 3496 more');
	});
});
