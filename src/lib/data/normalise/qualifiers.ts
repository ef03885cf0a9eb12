/**
 * Qualifiers → value/low/high. "over 100,000" keeps value 100,000 and gets low = 100,000 and no upper
 * bound; "175,000 to 190,000" is a range with low and high and no single value. Pure and
 * client-safe; the About page renders `qualifierRules`, and the tests run every rule's example.
 */
import type { Qualifier } from '../types';
import { findNumbers, formatNumber, sameValue, type NumberMention } from './numbers';

export interface Bounds {
	value: number | null;
	low: number | null;
	high: number | null;
}

export interface QualifierRule {
	qualifier: Qualifier;
	/** Words that signal it in a source sentence (used to guess the qualifier of a new figure). */
	words: string[];
	/** An example as a source writes it. */
	example: string;
	/** The rule, in words. */
	rule: string;
	/** What the example's number gives. */
	expected: Bounds;
}

/** The qualifiers, their signal words, and how each sets the bounds. */
export const qualifierRules: QualifierRule[] = [
	{
		qualifier: 'exact',
		words: [],
		example: '28,000 troops',
		rule: 'A number stated plainly → value = low = high.',
		expected: { value: 28000, low: 28000, high: 28000 }
	},
	{
		qualifier: 'about',
		words: ['about', 'approximately', 'around', 'roughly', 'some', 'an estimated', 'estimated', 'circa', 'approx.'],
		example: 'approximately 40,000',
		rule: '“about”, “approximately”, “some” → the value, with no bounds.',
		expected: { value: 40000, low: null, high: null }
	},
	{
		qualifier: 'over',
		words: ['over', 'more than', 'above', 'in excess of', 'upwards of'],
		example: 'over 100,000',
		rule: '“over”, “more than” → at least the value (low = value, no upper bound).',
		expected: { value: 100000, low: 100000, high: null }
	},
	{
		qualifier: 'at_least',
		words: ['at least', 'no fewer than', 'no less than', 'a minimum of'],
		example: 'at least 30',
		rule: '“at least” → low = value, no upper bound.',
		expected: { value: 30, low: 30, high: null }
	},
	{
		qualifier: 'up_to',
		words: ['up to', 'as many as', 'a maximum of', 'at most'],
		example: 'up to 500',
		rule: '“up to”, “as many as” → at most the value (high = value, no lower bound).',
		expected: { value: 500, low: null, high: 500 }
	},
	{
		qualifier: 'nearly',
		words: ['nearly', 'almost', 'close to', 'approaching', 'approached', 'just under'],
		example: 'nearly 1,000',
		rule: '“nearly”, “almost” → just under the value (high = value, no lower bound).',
		expected: { value: 1000, low: null, high: 1000 }
	},
	{
		qualifier: 'fewer_than',
		words: ['fewer than', 'less than', 'under', 'below'],
		example: 'fewer than 50',
		rule: '“fewer than”, “less than” → high = value, no lower bound.',
		expected: { value: 50, low: null, high: 50 }
	},
	{
		qualifier: 'range',
		words: ['to', 'and', '–', '-'],
		example: '175,000 to 190,000',
		rule: '“X to Y”, “X–Y”, “between X and Y” → low = X, high = Y, no single value.',
		expected: { value: null, low: 175000, high: 190000 }
	}
];

/** The bounds a figure gets from its qualifier (the rule in types.ts). */
export function deriveBounds(qualifier: Qualifier, value: number | null, low: number | null = null, high: number | null = null): Bounds {
	switch (qualifier) {
		case 'exact':
			return { value, low: value, high: value };
		case 'over':
		case 'at_least':
			return { value, low: value, high: null };
		case 'up_to':
		case 'fewer_than':
		case 'nearly':
			return { value, low: null, high: value };
		case 'about':
			return { value, low: null, high: null };
		case 'range':
			return { value: null, low, high };
	}
}

const byLength = qualifierRules
	.filter((r) => r.qualifier !== 'range' && r.qualifier !== 'exact')
	.flatMap((r) => r.words.map((w) => ({ word: w, qualifier: r.qualifier })))
	.sort((a, b) => b.word.length - a.word.length);

function escape(s: string): string {
	return s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
}

/** The qualifier words written just before a number ("over", "up to", …), if any. */
export function qualifierBefore(textBefore: string): { qualifier: Qualifier; words: string } | null {
	const tail = textBefore.slice(-40);
	for (const { word, qualifier } of byLength) {
		const m = new RegExp(`(?:^|[^A-Za-z])(${escape(word)})[ \\u00a0]+(?:US\\$|\\$|€|£)?$`, 'i').exec(tail);
		if (m) return { qualifier, words: m[1] };
	}
	return null;
}

const rangeJoin = /^[ \u00a0]*(to|–|-|and)[ \u00a0]*(?:US\$|\$|€|£)?$/;

/** Whether the text between two numbers makes them a range ("175,000 to 190,000", "8,000–35,000"). */
export function isRangeJoin(between: string): boolean {
	return rangeJoin.test(between);
}

/** Guesses the qualifier of the number `mention` in `text` from the words around it. */
export function guessQualifier(text: string, mention: NumberMention, next?: NumberMention): Qualifier {
	if (next && isRangeJoin(text.slice(mention.end, next.start))) return 'range';
	return qualifierBefore(text.slice(0, mention.start))?.qualifier ?? 'exact';
}

/** How the bounds read in words: "at least 100,000", "175,000–190,000", "about 40,000 (no bounds)". */
export function describeBounds(qualifier: Qualifier, b: Bounds, format: (n: number) => string = formatNumber): string {
	const v = b.value === null ? '' : format(b.value);
	switch (qualifier) {
		case 'exact':
			return `exactly ${v}`;
		case 'about':
			return `about ${v} (no bounds)`;
		case 'over':
		case 'at_least':
			return `at least ${v}`;
		case 'up_to':
		case 'fewer_than':
		case 'nearly':
			return `at most ${v}`;
		case 'range':
			return `${b.low === null ? '?' : format(b.low)}–${b.high === null ? '?' : format(b.high)}`;
	}
}

/**
 * The words of `excerpt` that state the figure ("over 100,000", "175,000 to 190,000",
 * "up to 500"), or null when the number is not found.
 */
export function statedPhrase(excerpt: string, qualifier: Qualifier, b: Bounds): string | null {
	const found = findNumbers(excerpt).filter((m) => m.role !== 'ordinal' && m.role !== 'designator' && m.role !== 'day');
	if (qualifier === 'range') {
		if (b.low === null || b.high === null) return null;
		for (let i = 0; i < found.length - 1; i++) {
			const lo = found[i];
			const hi = found[i + 1];
			if (sameValue(lo.value, b.low) && sameValue(hi.value, b.high)) {
				if (!isRangeJoin(excerpt.slice(lo.end, hi.start))) continue;
				const lead = /(?:between|from)[ \u00a0]+$/i.exec(excerpt.slice(0, lo.start));
				const start = lead ? lo.start - lead[0].length : lo.start;
				return excerpt.slice(start, hi.end).replace(/\s+/g, ' ');
			}
		}
		return null;
	}
	if (b.value === null) return null;
	const m = found.find((x) => sameValue(x.value, b.value as number));
	if (!m) return null;
	const q = qualifierBefore(excerpt.slice(0, m.start));
	if (!q) return m.raw;
	const idx = excerpt.slice(0, m.start).toLowerCase().lastIndexOf(q.words.toLowerCase());
	return excerpt.slice(idx, m.end).replace(/\s+/g, ' ');
}

/** The normalisation of a value, in words: "“over 100,000” → at least 100,000". */
export function describeQualifier(excerpt: string, qualifier: Qualifier, b: Bounds, format: (n: number) => string = formatNumber): string {
	const phrase = statedPhrase(excerpt, qualifier, b);
	const words = describeBounds(qualifier, b, format);
	return phrase ? `“${phrase}” → ${words}` : `${qualifier} → ${words}`;
}
