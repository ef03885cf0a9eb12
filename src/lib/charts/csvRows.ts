/**
 * The rows a chart's CSV holds: exactly the marks it draws, in the table's columns plus
 * provenance (estimator, date_text, source, excerpt). Pure; the text is written by $lib/data/csv.
 */
import { formatFigureValue, metricLabel } from '$lib/data/format';
import type { ChartEvent, ChartFigure } from './types';

export const figureColumns = [
	'id',
	'record',
	'date_text',
	'date_start',
	'date_end',
	'estimator',
	'figure',
	'value',
	'low',
	'high',
	'qualifier',
	'metric',
	'kind',
	'fronts',
	'subject',
	'source',
	'excerpt'
] as const;

export type CsvRow = Record<(typeof figureColumns)[number], string>;

const n = (v: number | null) => (v === null ? '' : String(v));

export function figureCsvRow(f: ChartFigure): CsvRow {
	return {
		id: f.id,
		record: 'figure',
		date_text: f.date_text,
		date_start: f.date_start,
		date_end: f.date_end,
		estimator: f.estimator_name,
		figure: `${formatFigureValue(f)} ${metricLabel(f.metric, f.value ?? 2)}`,
		value: n(f.value),
		low: n(f.low),
		high: n(f.high),
		qualifier: f.qualifier,
		metric: f.metric,
		kind: f.kind,
		fronts: f.fronts.join(' '),
		subject: f.subject,
		source: f.source,
		excerpt: f.excerpt
	};
}

/** An event as a CSV row in the same columns (its title in `subject`, its type in `kind`). */
export function eventCsvRow(e: ChartEvent): CsvRow {
	return {
		id: e.id,
		record: 'event',
		date_text: e.date_text,
		date_start: e.date_start,
		date_end: e.date_end,
		estimator: '',
		figure: '',
		value: '',
		low: '',
		high: '',
		qualifier: '',
		metric: '',
		kind: `${e.category}/${e.type}`,
		fronts: '',
		subject: e.title,
		source: e.source,
		excerpt: e.excerpt
	};
}

export interface ChartCsv {
	columns: readonly string[];
	rows: CsvRow[];
}

export function chartCsv(figures: ChartFigure[], events: ChartEvent[] = []): ChartCsv {
	return { columns: figureColumns, rows: [...figures.map(figureCsvRow), ...events.map(eventCsvRow)] };
}
