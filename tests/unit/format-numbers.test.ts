// formatNumber and formatCompact write numbers by hand (Intl's first use costs a phone 100 ms or
// more inside the task that draws a chart); they must write every number as
// Intl.NumberFormat('en-GB', …) does, which is the reference here (Node's ICU).
import { describe, it, expect } from 'vitest';
import fc from 'fast-check';
import { formatCompact, formatNumber } from '$lib/data/format';

const plain = new Intl.NumberFormat('en-GB', { maximumFractionDigits: 1 });
const compact = new Intl.NumberFormat('en-GB', { notation: 'compact', maximumFractionDigits: 1 });

describe('formatNumber', () => {
	const cases = [
		{ input: 0, expected: '0' },
		{ input: 90, expected: '90' },
		{ input: 1000, expected: '1,000' },
		{ input: 127000, expected: '127,000' },
		{ input: 2500000000, expected: '2,500,000,000' },
		{ input: 24.75, expected: '24.8' },
		{ input: 0.35, expected: '0.4' },
		{ input: 1.15, expected: '1.2' },
		{ input: 9.96, expected: '10' },
		{ input: 999.95, expected: '1,000' },
		{ input: -1500.25, expected: '-1,500.3' },
		{ input: -0.04, expected: '-0' },
		{ input: 1e21, expected: plain.format(1e21) },
		{ input: Number.NaN, expected: 'NaN' }
	];
	for (const { input, expected } of cases) {
		it(`${input} → ${expected}`, () => expect(formatNumber(input)).toBe(expected));
	}
	it('writes any number as Intl.NumberFormat en-GB does', () => {
		const numbers = fc.oneof(fc.integer({ min: -1e12, max: 1e12 }), fc.double({ min: -1e15, max: 1e15, noNaN: true }), fc.integer({ min: -1e6, max: 1e6 }).map((n) => n / 1000));
		fc.assert(fc.property(numbers, (n) => {
			expect(formatNumber(n), String(n)).toBe(plain.format(n));
		}), { numRuns: 5000 });
	});
});

describe('formatCompact', () => {
	const cases = [
		{ input: 0, expected: '0' },
		{ input: 999, expected: '999' },
		{ input: 1000, expected: '1k' },
		{ input: 1500, expected: '1.5k' },
		{ input: 150000, expected: '150k' },
		{ input: 99950, expected: '100k' },
		{ input: 999950, expected: '1m' },
		{ input: 1250000, expected: '1.3m' },
		{ input: 2.5e9, expected: '2.5bn' },
		{ input: 1e15, expected: '1000tn' },
		{ input: -1500, expected: '-1.5k' },
		{ input: 0.05, expected: '0.1' }
	];
	for (const { input, expected } of cases) {
		it(`${input} → ${expected}`, () => expect(formatCompact(input)).toBe(expected));
	}
	it('writes any number as Intl.NumberFormat en-GB compact does', () => {
		const numbers = fc.oneof(fc.integer({ min: -1e13, max: 1e13 }), fc.double({ min: -1e16, max: 1e16, noNaN: true }), fc.integer({ min: 0, max: 2000 }).map((n) => n * 500));
		fc.assert(fc.property(numbers, (n) => {
			expect(formatCompact(n), String(n)).toBe(compact.format(n));
		}), { numRuns: 5000 });
	});
});
