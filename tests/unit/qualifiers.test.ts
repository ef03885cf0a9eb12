import { describe, it, expect } from 'vitest';
import { findNumbers } from '../../src/lib/data/normalise/numbers';
import { deriveBounds, describeQualifier, guessQualifier, qualifierRules, statedPhrase } from '../../src/lib/data/normalise/qualifiers';
import { qualifiers, type Qualifier } from '../../src/lib/data/types';

describe('deriveBounds (the rule in types.ts)', () => {
	const table: { qualifier: Qualifier; value: number | null; low?: number; high?: number; expected: [number | null, number | null, number | null] }[] = [
		{ qualifier: 'exact', value: 41000, expected: [41000, 41000, 41000] },
		{ qualifier: 'about', value: 40000, expected: [40000, null, null] },
		{ qualifier: 'over', value: 100000, expected: [100000, 100000, null] },
		{ qualifier: 'at_least', value: 30, expected: [30, 30, null] },
		{ qualifier: 'up_to', value: 500, expected: [500, null, 500] },
		{ qualifier: 'nearly', value: 1000, expected: [1000, null, 1000] },
		{ qualifier: 'fewer_than', value: 50, expected: [50, null, 50] },
		{ qualifier: 'range', value: null, low: 175000, high: 190000, expected: [null, 175000, 190000] }
	];
	it.each(table)('$qualifier $value → $expected', ({ qualifier, value, low, high, expected }) => {
		const b = deriveBounds(qualifier, value, low ?? null, high ?? null);
		expect([b.value, b.low, b.high]).toEqual(expected);
	});

	it('qualifierRules covers every qualifier, and each example gives its bounds', () => {
		expect(qualifierRules.map((r) => r.qualifier).sort()).toEqual([...qualifiers].sort());
		for (const rule of qualifierRules) {
			const numbers = findNumbers(rule.example);
			const guessed = guessQualifier(rule.example, numbers[0], numbers[1]);
			expect(guessed, rule.example).toBe(rule.qualifier);
			const b = rule.qualifier === 'range' ? deriveBounds('range', null, numbers[0].value, numbers[1].value) : deriveBounds(rule.qualifier, numbers[0].value);
			expect(b, rule.example).toEqual(rule.expected);
		}
	});
});

describe('guessQualifier', () => {
	it.each<[string, Qualifier]>([
		['over 100,000 Russian troops', 'over'],
		['more than 100,000 troops', 'over'],
		['at least 30 tanks', 'at_least'],
		['up to 500 recruited veterans', 'up_to'],
		['as many as 500 recruits', 'up_to'],
		['nearly 1,000 vehicles', 'nearly'],
		['almost 1,000 vehicles', 'nearly'],
		['fewer than 50 advisers', 'fewer_than'],
		['approximately 40,000 Russian forces', 'about'],
		['some 90 tonnes of weapons', 'about'],
		['175,000 to 190,000 at the border', 'range'],
		['8,000–35,000 casualties', 'range'],
		['28,000 troops', 'exact'],
		['Moreover 28,000 troops', 'exact']
	])('%s → %s', (text, expected) => {
		const [first, second] = findNumbers(text);
		expect(guessQualifier(text, first, second)).toBe(expected);
	});
});

describe('describeQualifier (normalisation strings)', () => {
	it.each<[string, Qualifier, number | null, number | null, number | null, string]>([
		['by December over 100,000 Russian troops were massed', 'over', 100000, null, null, '“over 100,000” → at least 100,000'],
		['including 175,000 to 190,000 at the Ukrainian border', 'range', null, 175000, 190000, '“175,000 to 190,000” → 175,000–190,000'],
		['between 8,000 and 35,000 casualties', 'range', null, 8000, 35000, '“between 8,000 and 35,000” → 8,000–35,000'],
		['up to 500 recruited ATO veterans', 'up_to', 500, null, null, '“up to 500” → at most 500'],
		['approximately 40,000 Russian forces', 'about', 40000, null, null, '“approximately 40,000” → about 40,000 (no bounds)'],
		['approved $2.5 billion in aid', 'exact', 2500000000, null, null, '“$2.5 billion” → exactly 2,500,000,000'],
		['killing four Ukrainian servicemen', 'exact', 4, null, null, '“four” → exactly 4']
	])('%s', (excerpt, qualifier, value, low, high, expected) => {
		expect(describeQualifier(excerpt, qualifier, deriveBounds(qualifier, value, low, high))).toBe(expected);
	});
	it('falls back to the qualifier when the number is not found', () => {
		expect(statedPhrase('no number here', 'exact', deriveBounds('exact', 5))).toBeNull();
		expect(describeQualifier('no number here', 'exact', deriveBounds('exact', 5))).toBe('exact → exactly 5');
	});
});
