/** Metrics: one of the standard list (data/README.md), or a record that says why none fits. */
import { didYouMean } from '../did-you-mean';
import { metrics } from '../schema';
import type { Located } from '../load';
import { at, type Rule } from './context';

const standard = new Set<string>(metrics);

export const knownMetrics: Rule = (ctx) => {
	const check = (l: Located<{ metric_reason?: string | null }>, field: string, metric: string | null | undefined) => {
		if (metric === undefined && (field === 'metric' || l.malformed?.has(field))) return; // missing or malformed: the schema said so
		if (metric === undefined || metric === null) {
			if (l.rec.metric_reason) ctx.errors.push(l.file.error(at(l, 'metric_reason'), `metric_reason is given without a ${field}`));
		} else if (standard.has(metric)) {
			if (l.rec.metric_reason) ctx.errors.push(l.file.error(at(l, 'metric_reason'), `"${metric}" is a standard metric: metric_reason is only for a metric outside the list`));
		} else if (!l.rec.metric_reason) {
			ctx.errors.push(
				l.file.error(at(l, field), `"${metric}" is not a standard metric${didYouMean(metric, metrics)}; use one of ${metrics.join(', ')}, or give metric_reason: saying why none fits`)
			);
		}
	};
	for (const l of ctx.records.figures) check(l, 'metric', l.rec.metric);
	for (const l of ctx.records.units) check(l, 'count_metric', l.rec.count_metric);
};
