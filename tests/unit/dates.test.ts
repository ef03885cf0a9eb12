import { describe, it, expect } from 'vitest';
import fc from 'fast-check';
import { dateRules, describeDate, formatInterval, parseDatePhrase } from '../../src/lib/data/normalise/dates';
import { isIsoDate } from '../../src/lib/data/days';

describe('parseDatePhrase', () => {
	const table: { input: string; year?: number; expected: [string | null, string] }[] = [
		// a day
		{ input: '13 April', year: 2021, expected: ['2021-04-13', '2021-04-13'] },
		{ input: '13 April 2021', expected: ['2021-04-13', '2021-04-13'] },
		{ input: 'On 21 February 2022', expected: ['2022-02-21', '2022-02-21'] },
		{ input: 'February 28, 2022', expected: ['2022-02-28', '2022-02-28'] },
		{ input: '2021-04-22', expected: ['2021-04-22', '2021-04-22'] },
		{ input: '2November', year: 2021, expected: ['2021-11-02', '2021-11-02'] },
		{ input: '29 February 2024', expected: ['2024-02-29', '2024-02-29'] },
		// parts of a month
		{ input: 'early April', year: 2021, expected: ['2021-04-01', '2021-04-10'] },
		{ input: 'beginning of May', year: 2021, expected: ['2021-05-01', '2021-05-10'] },
		{ input: 'mid-January', year: 2022, expected: ['2022-01-11', '2022-01-20'] },
		{ input: 'mid January', year: 2022, expected: ['2022-01-11', '2022-01-20'] },
		{ input: 'In mid-February', year: 2022, expected: ['2022-02-11', '2022-02-20'] },
		{ input: 'late November', year: 2021, expected: ['2021-11-21', '2021-11-30'] },
		{ input: 'late-January 2022', expected: ['2022-01-21', '2022-01-31'] },
		{ input: 'late February', year: 2022, expected: ['2022-02-21', '2022-02-28'] },
		{ input: 'late February', year: 2024, expected: ['2024-02-21', '2024-02-29'] },
		{ input: 'the end of January 2022', expected: ['2022-01-21', '2022-01-31'] },
		// months and years
		{ input: 'December 2021', expected: ['2021-12-01', '2021-12-31'] },
		{ input: 'in January', year: 2022, expected: ['2022-01-01', '2022-01-31'] },
		{ input: '2021', expected: ['2021-01-01', '2021-12-31'] },
		// ranges
		{ input: 'March and April 2021', expected: ['2021-03-01', '2021-04-30'] },
		{ input: 'March–April2021', expected: ['2021-03-01', '2021-04-30'] },
		{ input: 'Between January and February 2022', expected: ['2022-01-01', '2022-02-28'] },
		{ input: 'Between late March and early April 2021', expected: ['2021-03-21', '2021-04-10'] },
		{ input: 'late-November and early-December 2021', expected: ['2021-11-21', '2021-12-10'] },
		{ input: 'October 2021–February 2022', expected: ['2021-10-01', '2022-02-28'] },
		{ input: 'December and January 2022', expected: ['2021-12-01', '2022-01-31'] },
		{ input: 'December 2021 and January', expected: ['2021-12-01', '2022-01-31'] },
		{ input: 'December to January', year: 2021, expected: ['2021-12-01', '2022-01-31'] },
		{ input: 'Between 2 and 3 November 2021', expected: ['2021-11-02', '2021-11-03'] },
		{ input: 'from 13 to 19 February 2022', expected: ['2022-02-13', '2022-02-19'] },
		{ input: '23–24 February 2022', expected: ['2022-02-23', '2022-02-24'] },
		{ input: 'On the night of 14 to 15 April 2021', expected: ['2021-04-14', '2021-04-15'] },
		{ input: '8 and 9 February', year: 2022, expected: ['2022-02-08', '2022-02-09'] },
		{ input: '2021-03-03 – 24 February 2022', expected: ['2021-03-03', '2022-02-24'] },
		// "by X": the end only
		{ input: 'by December', year: 2021, expected: [null, '2021-12-31'] },
		{ input: 'by mid-April', year: 2021, expected: [null, '2021-04-20'] },
		{ input: 'by early May', year: 2021, expected: [null, '2021-05-10'] },
		{ input: 'By 11 February', year: 2022, expected: [null, '2022-02-11'] },
		{ input: 'by June 2021', expected: [null, '2021-06-30'] }
	];
	it.each(table)('$input ($year) → $expected', ({ input, year, expected }) => {
		const result = parseDatePhrase(input, year);
		expect(result).toMatchObject({ ok: true, start: expected[0], end: expected[1] });
	});

	const unreadable: { input: string; year?: number; error: RegExp }[] = [
		{ input: 'spring 2021', error: /spring/ },
		{ input: 'Eight days later', year: 2021, error: /eight/ },
		{ input: 'Beginning on 17 January', year: 2022, error: /beginning/ },
		{ input: 'the same day', year: 2022, error: /same/ },
		{ input: 'prior to 20 February', year: 2022, error: /prior/ },
		{ input: '31 April', year: 2021, error: /30 days/ },
		{ input: '30 February 2022', error: /28 days/ },
		{ input: 'mid-2021', error: /month/ },
		{ input: 'early', year: 2021, error: /month/ },
		{ input: '13 April', error: /no year/ },
		{ input: '2022-02-30', error: /not a calendar date/ },
		{ input: 'March 2022 to January 2022', error: /backwards/ },
		{ input: '', error: /empty/ },
		{ input: '13 April 2021 onwards', error: /unexpected/ }
	];
	it.each(unreadable)('$input → an error', ({ input, year, error }) => {
		const result = parseDatePhrase(input, year);
		expect(result.ok).toBe(false);
		if (!result.ok) expect(result.error).toMatch(error);
	});

	it('uses the context year only when the words have none, and says so', () => {
		expect(parseDatePhrase('13 April', 2021)).toMatchObject({ rules: ['day', 'context-year'] });
		expect(parseDatePhrase('13 April 2020', 2021)).toMatchObject({ start: '2020-04-13', rules: ['day'] });
	});
});

describe('dateRules (the rules the About page shows)', () => {
	it('has an example for every rule, and each example parses as the rule says', () => {
		expect(new Set(dateRules.map((r) => r.id)).size).toBe(dateRules.length);
		for (const rule of dateRules) {
			const result = parseDatePhrase(rule.example, rule.year);
			expect(result, rule.example).toMatchObject({ ok: true, start: rule.start, end: rule.end });
			if (result.ok) expect(result.rules, rule.example).toContain(rule.id);
		}
	});
});

describe('formatInterval and describeDate', () => {
	it.each([
		['2022-01-11', '2022-01-20', '11–20 Jan 2022'],
		['2021-04-13', '2021-04-13', '13 Apr 2021'],
		['2021-03-21', '2021-04-10', '21 Mar – 10 Apr 2021'],
		['2021-10-01', '2022-02-28', '1 Oct 2021 – 28 Feb 2022']
	])('%s – %s → %s', (start, end, expected) => {
		expect(formatInterval(start, end)).toBe(expected);
	});
	it('writes the normalisation of a phrase', () => {
		const parsed = parseDatePhrase('mid-January', 2022);
		expect(describeDate('mid-January', '2022-01-11', '2022-01-20', parsed, false)).toBe('“mid-January” → 11–20 Jan 2022');
		const by = parseDatePhrase('by December', 2021);
		expect(describeDate('by December', '2021-10-01', '2021-12-31', by, true)).toMatch(/^“by December” → 1 Oct – 31 Dec 2021 \(ends as the words say/);
	});
	it('knows calendar dates', () => {
		expect([isIsoDate('2024-02-29'), isIsoDate('2021-02-29'), isIsoDate('2021-13-01'), isIsoDate('21-01-01'), isIsoDate(20210101)]).toEqual([true, false, false, false, false]);
	});
});

describe('parseDatePhrase on any input (property)', () => {
	const wellFormed = (r: ReturnType<typeof parseDatePhrase>) => {
		if (r.ok) {
			expect(isIsoDate(r.end)).toBe(true);
			if (r.start !== null) {
				expect(isIsoDate(r.start)).toBe(true);
				expect(r.start <= r.end).toBe(true);
			}
		} else {
			expect(typeof r.error).toBe('string');
			expect(r.error.length).toBeGreaterThan(0);
		}
	};
	const year = fc.option(fc.integer({ min: 1000, max: 2999 }), { nil: undefined });

	// fast-check 4 has no fc.unicodeString: fc.string({ unit: 'binary' }) is any code point (astral too).
	it('never throws on arbitrary strings', () => {
		fc.assert(
			fc.property(fc.string(), year, (s, y) => wellFormed(parseDatePhrase(s, y))),
			{ numRuns: 500 }
		);
		fc.assert(
			fc.property(fc.string({ unit: 'binary' }), year, (s, y) => wellFormed(parseDatePhrase(s, y))),
			{ numRuns: 500 }
		);
		fc.assert(
			fc.property(fc.string({ unit: 'grapheme' }), year, (s, y) => wellFormed(parseDatePhrase(s, y))),
			{ numRuns: 300 }
		);
		// About 1 s idle; 1,300 runs can pass vitest's 5 s default on a loaded 2-core machine.
	}, 30_000);

	it('never throws on strings built from month names, modifiers, days and years', () => {
		const word = fc.constantFrom(
			'January', 'february', 'March', 'April', 'May', 'June', 'July', 'August', 'September', 'October', 'November', 'December',
			'Jan', 'Sept', 'early', 'mid', 'mid-', 'late', 'late-', 'beginning of', 'end of', 'the', 'by', 'between', 'and', 'from',
			'to', '–', '-', 'on', 'in', 'of', ',', '.', '0', '1', '13', '29', '30', '31', '32', '2021', '2022', '2024', '2021-04-22',
			'2021-02-30', '2021-04', '3rd'
		);
		const separator = fc.constantFrom(' ', '', '  ', '-', '\u00a0');
		const phrase = fc.array(fc.tuple(word, separator), { minLength: 0, maxLength: 8 }).map((parts) => parts.map(([w, s]) => w + s).join(''));
		fc.assert(
			fc.property(phrase, year, (s, y) => wellFormed(parseDatePhrase(s, y))),
			{ numRuns: 2000 }
		);
	}, 30_000);
});
