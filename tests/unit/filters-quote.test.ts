import { describe, it, expect } from 'vitest';
import fc from 'fast-check';
import { quoteInput, quoteMax } from '$lib/filters/quote';

describe('quoteInput', () => {
	const cases = [
		{ input: '', expected: '' },
		{ input: 'bogus', expected: 'bogus' },
		{ input: 'x'.repeat(60), expected: 'x'.repeat(60) },
		{ input: 'x'.repeat(61), expected: `${'x'.repeat(60)}…` },
		{ input: '9'.repeat(100_000), expected: `${'9'.repeat(60)}…` },
		{ input: `${'a'.repeat(59)}🇺🇦🇺🇦`, expected: `${'a'.repeat(59)}🇺🇦…` },
		{ input: `${'e\u0301'.repeat(61)}`, expected: `${'e\u0301'.repeat(60)}…` },
		{ input: 'gnp.exe\u202e \u0000 tab\there', expected: 'gnp.exe� � tab�here' }
	];
	for (const { input, expected } of cases) {
		it(`${JSON.stringify(input.slice(0, 20))}… (${input.length}) → ${expected.length} characters`, () => expect(quoteInput(input)).toBe(expected));
	}
	const count = (s: string) => [...new Intl.Segmenter(undefined, { granularity: 'grapheme' }).segment(s)].length;
	it('never gives more than max characters plus the ellipsis, and keeps short text whole', () => {
		fc.assert(
			fc.property(fc.string({ unit: 'grapheme', maxLength: 200 }), fc.integer({ min: 1, max: 80 }), (text, max) => {
				const quoted = quoteInput(text, max);
				if (count(text) <= max) expect(quoted.length).toBe(text.length);
				else {
					expect(quoted.endsWith('…')).toBe(true);
					expect(count(quoted.slice(0, -1))).toBeLessThanOrEqual(max);
					// A prefix of the text (unsafe characters shown as "�", one for one).
					expect(text.replace(/[\u0000-\u001f\u007f-\u009f\u200e\u200f\u202a-\u202e\u2066-\u2069]/g, '�').startsWith(quoted.slice(0, -1))).toBe(true);
				}
				expect(quoted).not.toMatch(/[\u0000-\u001f\u202a-\u202e]/);
			})
		);
		expect(quoteMax).toBe(60);
	});
});
