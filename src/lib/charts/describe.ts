/** Plain-language summaries of what a chart shows, for screen readers. Pure. */
import { formatFigureValue, formatInterval, metricLabel } from '$lib/data/format';
import { topOf } from './scales';
import type { ChartFigure } from './types';

export function describeFigures(figures: ChartFigure[], what: string): string {
	if (figures.length === 0) return `No ${what} in the dataset yet.`;
	const first = figures.reduce((a, b) => (b.date_start < a.date_start ? b : a));
	const last = figures.reduce((a, b) => (b.date_end > a.date_end ? b : a));
	const top = figures.reduce((a, b) => (topOf(b) > topOf(a) ? b : a));
	const estimators = new Set(figures.map((f) => f.estimator)).size;
	const unit = (f: ChartFigure) => metricLabel(f.metric, f.value ?? 2);
	return (
		`${figures.length} ${what} from ${estimators} estimator${estimators === 1 ? '' : 's'}, ` +
		`from ${formatInterval(first.date_start, first.date_end)} to ${formatInterval(last.date_start, last.date_end)}. ` +
		`The largest is ${formatFigureValue(top)} ${unit(top)} (${top.estimator_name}, ${top.date_text}). ` +
		`Every figure is listed in the table with its excerpt.`
	);
}
