/** Numbers: a figure's value (or range), a unit's count and an exclusion's number are in the excerpt. */
import { findNumbers, formatNumber, mentionsOf, parseNumber, sameValue } from '../../data/normalise/numbers';
import { at, type Rule } from './context';

const given = (v: unknown): v is number => v !== undefined && v !== null;

export const figureValues: Rule = (ctx) => {
	for (const l of ctx.records.figures) {
		const { rec } = l;
		const error = (field: string, message: string) => ctx.errors.push(l.file.error(at(l, field), message));
		if (rec.qualifier === undefined || rec.excerpt === undefined) continue;
		if (rec.qualifier === 'range') {
			if (given(rec.value)) error('value', 'a range has low and high, not value');
			for (const bound of ['low', 'high'] as const) {
				const v = rec[bound];
				if (!given(v)) error(bound, `missing: qualifier range needs low and high`);
				else if (!mentionsOf(rec.excerpt, v).length) error(bound, `${formatNumber(v)} does not appear in the excerpt`);
			}
			if (given(rec.low) && given(rec.high) && rec.low > rec.high) error('low', `low ${formatNumber(rec.low)} is above high ${formatNumber(rec.high)}`);
			continue;
		}
		if (!given(rec.value)) error('value', `missing (required unless qualifier is range)`);
		else if (!mentionsOf(rec.excerpt, rec.value).length) {
			const stated = findNumbers(rec.excerpt)
				.filter((m) => m.role === 'count' || m.role === 'year')
				.map((m) => m.raw);
			error('value', `${formatNumber(rec.value)} does not appear in the excerpt${stated.length ? ` (it states: ${stated.join(', ')})` : ' (it states no number)'}`);
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
		if (hasCount && !hasMetric) error('count_metric', 'missing: a count needs its count_metric');
		if (!hasCount && hasMetric) error('count', 'missing: count_metric is given without a count');
		if (given(rec.count) && rec.excerpt !== undefined && !mentionsOf(rec.excerpt, rec.count).length) {
			error('count', `${formatNumber(rec.count)} does not appear in the excerpt`);
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
