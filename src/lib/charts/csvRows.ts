/**
 * The rows a chart's CSV holds: exactly the marks it draws, in the record vocabulary of
 * `/data/figures.csv` and `/data/events.csv` ($lib/data/columns: the same column names with the same
 * meanings, `estimator` the id and `estimator_name` the name), plus `record_type` and `value_text`
 * (the figure as the chart labels it, e.g. "over 175,000 troops"). Pure; the text is written by
 * $lib/data/csv.
 */
import { eventColumns, eventRow, figureCoreColumns, figureRow, mixedColumns } from '$lib/data/columns';
import type { CsvRow } from '$lib/data/csv';
import { formatFigureValue, metricLabel } from '$lib/data/format';
import type { ChartEvent, ChartFigure } from './types';

export const chartCsvColumns: readonly string[] = mixedColumns(['record_type'], [figureCoreColumns, ['estimator_name', 'value_text'], eventColumns.filter((c) => ['category', 'type', 'title', 'key'].includes(c))]);

export function figureCsvRow(f: ChartFigure): CsvRow {
	return {
		record_type: 'figure',
		...figureRow(f, { estimatorName: () => f.estimator_name }),
		value_text: `${formatFigureValue(f)} ${metricLabel(f.metric, f.value ?? 2)}`
	};
}

/** An event marked on a chart, in the events.csv columns (title, category, type, key). */
export function eventCsvRow(e: ChartEvent): CsvRow {
	return { record_type: 'event', ...eventRow(e) };
}

export interface ChartCsv {
	columns: readonly string[];
	rows: CsvRow[];
}

export function chartCsv(figures: ChartFigure[], events: ChartEvent[] = []): ChartCsv {
	return { columns: chartCsvColumns, rows: [...figures.map(figureCsvRow), ...events.map(eventCsvRow)] };
}
