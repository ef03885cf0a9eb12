import { describe, it, expect } from 'vitest';
import { dateRuleRows, qualifierRuleRows, numberRuleRows } from '$lib/sources/method';
import { dateRules } from '$lib/data/normalise/dates';
import { qualifierRules } from '$lib/data/normalise/qualifiers';

describe('the About page method tables', () => {
	it('has a row per date rule, with the parser output', () => {
		const rows = dateRuleRows();
		expect(rows.map((r) => r.example)).toEqual(dateRules.map((r) => r.example));
		const byExample = Object.fromEntries(rows.map((r) => [r.example, r.output]));
		expect(byExample['mid-January']).toBe('11–20 Jan 2022');
		expect(byExample['early April']).toBe('1–10 Apr 2021');
		expect(byExample['late March and early April 2021']).toBe('21 Mar – 10 Apr 2021');
		expect(byExample['by mid-January']).toBe('ends 20 Jan 2022; start open');
	});
	it('has a row per qualifier, with the bounds in words', () => {
		const rows = qualifierRuleRows();
		expect(rows).toHaveLength(qualifierRules.length);
		const byExample = Object.fromEntries(rows.map((r) => [r.example, r.output]));
		expect(byExample['over 100,000']).toBe('at least 100,000');
		expect(byExample['175,000 to 190,000']).toBe('175,000–190,000');
		expect(byExample['up to 500']).toBe('at most 500');
	});
	it('reads the number examples', () => {
		const byExample = Object.fromEntries(numberRuleRows().map((r) => [r.example, r.output]));
		expect(byExample['2.5 billion']).toBe('2,500,000,000');
		expect(byExample['forty-one thousand']).toBe('41,000');
	});
});
