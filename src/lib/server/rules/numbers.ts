/**
 * Numbers: a figure's value (or range) and a unit's count are stated as quantities in the excerpt
 * (a number that is only part of a date, a year, a time, an ordinal, a name or a measure does not
 * count); an exclusion's number is in its excerpt.
 */
import { findNumbers, formatNumber, parseNumber, sameValue, type NumberMention, type NumberRole } from '../../data/normalise/numbers';
import type { Located } from '../load';
import { at, type Rule } from './context';

const given = (v: unknown): v is number => v !== undefined && v !== null;
/** A field given but malformed: the schema error says so, a "missing" here would only repeat it. */
const malformed = (l: Located<unknown>, field: string) => l.malformed?.has(field) ?? false;

/** The mentions of `value` in `text` that state it as a quantity. */
export function quantityMentions(text: string, value: number): NumberMention[] {
	return findNumbers(text).filter((m) => sameValue(m.value, value) && m.role === 'count');
}

const roleWords: Record<Exclude<NumberRole, 'count'>, string> = {
	ordinal: 'an ordinal',
	designator: 'part of a name or id',
	day: 'a day of a month',
	year: 'a year',
	'iso-date': 'part of a date',
	time: 'a time',
	measure: 'a length or duration'
};

/** Null when `value` is stated as a quantity; else why not, e.g. `2,021 is in the excerpt only as a year ("2021"), not as a quantity`. */
function notStated(excerpt: string, value: number, otherwise: string): string | null {
	const mentions = findNumbers(excerpt).filter((m) => sameValue(m.value, value));
	if (mentions.some((m) => m.role === 'count')) return null;
	if (mentions.length === 0) return otherwise;
	const as = [...new Set(mentions.map((m) => `${roleWords[m.role as Exclude<NumberRole, 'count'>]} ("${m.raw}")`))].join(' and ');
	return `${formatNumber(value)} is in the excerpt only as ${as}, not as a quantity`;
}

export const figureValues: Rule = (ctx) => {
	for (const l of ctx.records.figures) {
		const { rec } = l;
		const error = (field: string, message: string) => ctx.errors.push(l.file.error(at(l, field), message));
		if (rec.qualifier === undefined || rec.excerpt === undefined) continue;
		if (rec.qualifier === 'range') {
			if (given(rec.value)) error('value', 'a range has low and high, not value');
			for (const bound of ['low', 'high'] as const) {
				const v = rec[bound];
				if (!given(v)) {
					if (!malformed(l, bound)) error(bound, `missing: qualifier range needs low and high`);
				}
				else {
					const why = notStated(rec.excerpt, v, `${formatNumber(v)} does not appear in the excerpt`);
					if (why) error(bound, why);
				}
			}
			if (given(rec.low) && given(rec.high) && rec.low > rec.high) error('low', `low ${formatNumber(rec.low)} is above high ${formatNumber(rec.high)}`);
			continue;
		}
		if (!given(rec.value)) {
			if (!malformed(l, 'value')) error('value', `missing (required unless qualifier is range)`);
		}
		else {
			const stated = findNumbers(rec.excerpt)
				.filter((m) => m.role === 'count' || m.role === 'year')
				.map((m) => m.raw);
			const why = notStated(rec.excerpt, rec.value, `${formatNumber(rec.value)} does not appear in the excerpt${stated.length ? ` (it states: ${stated.join(', ')})` : ' (it states no number)'}`);
			if (why) error('value', why);
		}
		for (const bound of ['low', 'high'] as const) {
			if (given(rec[bound])) error(bound, `${bound} is derived from the qualifier; give it only with qualifier range`);
		}
	}
};

export const unitCounts: Rule = (ctx) => {
	for (const l of ctx.records.units) {
		const { rec } = l;
		const error = (field: string, message: string) => ctx.errors.push(l.file.error(at(l, field), message));
		const hasCount = given(rec.count);
		const hasMetric = rec.count_metric !== undefined && rec.count_metric !== null;
		if (hasCount && !hasMetric && !malformed(l, 'count_metric')) error('count_metric', 'missing: a count needs its count_metric');
		if (!hasCount && hasMetric && !malformed(l, 'count')) error('count', 'missing: count_metric is given without a count');
		if (given(rec.count) && rec.excerpt !== undefined) {
			const why = notStated(rec.excerpt, rec.count, `${formatNumber(rec.count)} does not appear in the excerpt`);
			if (why) error('count', why);
		}
	}
};

export const exclusionNumbers: Rule = (ctx) => {
	for (const l of ctx.records.excluded) {
		const { number, excerpt } = l.rec;
		if (number === undefined || excerpt === undefined) continue;
		const value = parseNumber(number);
		const inExcerpt = (value !== null && findNumbers(excerpt).some((m) => sameValue(m.value, value))) || excerpt.toLowerCase().includes(number.trim().toLowerCase());
		if (!inExcerpt) ctx.errors.push(l.file.error(at(l, 'number'), `${JSON.stringify(number)} does not appear in the excerpt`));
	}
};
