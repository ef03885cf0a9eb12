/** Metrics: one of the standard list (data/README.md), or a record that says why none fits. */
import { didYouMean } from '../did-you-mean';
import { metrics } from '../schema';
import type { Located } from '../load';
import { at, type Rule } from './context';

const standard = new Set<string>(metrics);

export const knownMetrics: Rule = (ctx) => {
	const others = new Map<string, string[]>();
	const check = (l: Located<{ id?: string; note?: string | null }>, field: string, metric: string | null | undefined) => {
		if (!metric || standard.has(metric)) return;
		if (!l.rec.note) {
			ctx.errors.push(l.file.error(at(l, field), `"${metric}" is not a standard metric${didYouMean(metric, metrics)}; use one of ${metrics.join(', ')}, or say in a note why none fits`));
		} else others.set(metric, [...(others.get(metric) ?? []), l.rec.id ?? `${l.file.file}:${l.file.lineOf([l.index])}`]);
	};
	for (const l of ctx.records.figures) if (l.valid) check(l, 'metric', l.rec.metric);
	for (const l of ctx.records.units) if (l.valid) check(l, 'count_metric', l.rec.count_metric);
	for (const [metric, users] of others) ctx.warnings.push(`metric "${metric}" is not a standard metric (used by ${users.join(', ')}; each says why in its note)`);
};
