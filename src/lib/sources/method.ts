/**
 * The About page's method tables, computed at build time from the pipeline's own normaliser
 * modules: each rule's example is run through the parser, so the page shows what the code does,
 * not what someone once wrote about it. A rule whose example no longer gives its stated result
 * makes the build fail.
 */
import { dateRules, parseDatePhrase } from '$lib/data/normalise/dates';
import { qualifierRules, deriveBounds, describeBounds, guessQualifier } from '$lib/data/normalise/qualifiers';
import { numberRules, findNumbers, formatNumber } from '$lib/data/normalise/numbers';
import { formatDate, formatInterval } from '$lib/data/format';

export interface MethodRow {
	/** The example as a source writes it. */
	example: string;
	/** The rule, in words (from the module). */
	rule: string;
	/** What the parser gives for the example, in words. */
	output: string;
	/** Extra column: the year assumed (dates) or the signal words (qualifiers). */
	extra: string;
}

function fail(what: string, example: string, detail: string): never {
	throw new Error(`About page: the ${what} rule example “${example}” ${detail}. Fix the rule table or the parser.`);
}

export function dateRuleRows(): MethodRow[] {
	return dateRules.map((r) => {
		const parsed = parseDatePhrase(r.example, r.year);
		if (!parsed.ok) fail('date', r.example, `does not parse (${parsed.error})`);
		if (parsed.start !== r.start || parsed.end !== r.end) {
			fail('date', r.example, `gives ${parsed.start}–${parsed.end}, not ${r.start}–${r.end}`);
		}
		const output =
			parsed.start === null
				? `ends ${formatDate(parsed.end)}; start open`
				: formatInterval(parsed.start, parsed.end);
		const hasYear = /\b\d{4}\b/.test(r.example);
		return { example: r.example, rule: r.rule, output, extra: hasYear ? '' : `${r.year} (from the section)` };
	});
}

export function qualifierRuleRows(): MethodRow[] {
	return qualifierRules.map((r) => {
		const numbers = findNumbers(r.example).filter((m) => m.role === 'count' || m.role === 'year');
		if (numbers.length === 0) fail('qualifier', r.example, 'has no number');
		const qualifier = guessQualifier(r.example, numbers[0], numbers[1]);
		if (qualifier !== r.qualifier) fail('qualifier', r.example, `reads as “${qualifier}”, not “${r.qualifier}”`);
		const bounds =
			qualifier === 'range'
				? deriveBounds('range', null, numbers[0].value, numbers[1]?.value ?? null)
				: deriveBounds(qualifier, numbers[0].value);
		const e = r.expected;
		if (bounds.value !== e.value || bounds.low !== e.low || bounds.high !== e.high) {
			fail('qualifier', r.example, `gives ${JSON.stringify(bounds)}, not ${JSON.stringify(e)}`);
		}
		return {
			example: r.example,
			rule: r.rule,
			output: describeBounds(qualifier, bounds),
			extra: r.words.length > 0 ? r.words.map((w) => `“${w}”`).join(', ') : '(no qualifier word)'
		};
	});
}

export function numberRuleRows(): MethodRow[] {
	return numberRules.map((r) => {
		const [first] = findNumbers(r.example);
		if (!first) fail('number', r.example, 'has no number');
		if (first.value !== r.value) fail('number', r.example, `reads as ${first.value}, not ${r.value}`);
		const currency = first.currency ? ` (${first.currency})` : '';
		return { example: r.example, rule: r.rule, output: formatNumber(first.value) + currency, extra: '' };
	});
}
