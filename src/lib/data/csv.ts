/**
 * CSV of the dataset: pure builders shared by the /data/*.csv endpoints and the pages' "Download
 * CSV" buttons (pass the rows a chart draws). RFC 4180: comma-separated, fields quoted by d3-dsv when
 * needed, CRLF line ends; UTF-8 with a BOM so spreadsheets read the typographic quotes right.
 * Lists (fronts, places, actors, ids) are joined with ";", normalisation strings with " | ".
 */
import { csvFormatRow } from 'd3-dsv';
import type { CrisisEvent, Dataset, Figure, Place, UnitMovement } from './types';

export const csvContentType = 'text/csv; charset=utf-8';
export const byteOrderMark = '\uFEFF';

export type CsvCell = string | number | boolean | null | undefined | readonly string[];
export type CsvRow = Record<string, CsvCell>;

function cell(value: CsvCell): string {
	if (value === null || value === undefined) return '';
	if (Array.isArray(value)) return value.join(';');
	return String(value);
}

/** Rows → CSV text with a BOM, a header of `columns` (in that order) and CRLF line ends. */
export function toCsv(rows: readonly CsvRow[], columns: readonly string[]): string {
	const lines = [csvFormatRow([...columns]), ...rows.map((row) => csvFormatRow(columns.map((c) => cell(row[c]))))];
	return `${byteOrderMark}${lines.join('\r\n')}\r\n`;
}

/** "Troop estimates by estimator", "6d03fe96da6a" → "troop-estimates-by-estimator-6d03fe96da6a.csv" */
export function csvFileName(base: string, version: string): string {
	const slug = (s: string) =>
		s
			.normalize('NFKD')
			.replace(/[\u0300-\u036f]/g, '')
			.replace(/\.csv$/i, '')
			.toLowerCase()
			.replace(/[^a-z0-9]+/g, '-')
			.replace(/^-+|-+$/g, '');
	const name = slug(base) || 'data';
	const v = slug(version);
	return `${name}${v ? `-${v}` : ''}.csv`;
}

export const figureColumns = [
	'id',
	'metric',
	'value',
	'low',
	'high',
	'qualifier',
	'date_start',
	'date_end',
	'date_text',
	'estimator',
	'side',
	'front',
	'subject',
	'kind',
	'source',
	'excerpt',
	'places',
	'estimator_name',
	'date_note',
	'note',
	'contradicted_by',
	'contradicts',
	'normalisation',
	'data_version'
] as const;

export function figureRows(figures: readonly Figure[], dataset: Pick<Dataset, 'estimators' | 'version'>): CsvRow[] {
	const names = new Map(dataset.estimators.map((e) => [e.id, e.name]));
	return figures.map((f) => ({
		id: f.id,
		metric: f.metric,
		value: f.value,
		low: f.low,
		high: f.high,
		qualifier: f.qualifier,
		date_start: f.date_start,
		date_end: f.date_end,
		date_text: f.date_text,
		estimator: f.estimator,
		side: f.side,
		front: f.fronts,
		subject: f.subject,
		kind: f.kind,
		source: f.source,
		excerpt: f.excerpt,
		places: f.places,
		estimator_name: names.get(f.estimator) ?? '',
		date_note: f.date_note,
		note: f.note,
		contradicted_by: f.contradicted_by,
		contradicts: f.contradicts,
		normalisation: f.normalisation.join(' | '),
		data_version: dataset.version
	}));
}

export function figuresCsv(figures: readonly Figure[], dataset: Pick<Dataset, 'estimators' | 'version'>): string {
	return toCsv(figureRows(figures, dataset), figureColumns);
}

export const eventColumns = [
	'id',
	'category',
	'type',
	'title',
	'actors',
	'date_start',
	'date_end',
	'date_text',
	'date_note',
	'place',
	'key',
	'same_as',
	'contradicts',
	'source',
	'excerpt',
	'note',
	'normalisation',
	'data_version'
] as const;

export function eventRows(events: readonly CrisisEvent[], dataset: Pick<Dataset, 'version'>): CsvRow[] {
	return events.map((e) => ({
		id: e.id,
		category: e.category,
		type: e.type,
		title: e.title,
		actors: e.actors,
		date_start: e.date_start,
		date_end: e.date_end,
		date_text: e.date_text,
		date_note: e.date_note,
		place: e.place,
		key: e.key,
		same_as: e.same_as,
		contradicts: e.contradicts,
		source: e.source,
		excerpt: e.excerpt,
		note: e.note,
		normalisation: e.normalisation.join(' | '),
		data_version: dataset.version
	}));
}

export function eventsCsv(events: readonly CrisisEvent[], dataset: Pick<Dataset, 'version'>): string {
	return toCsv(eventRows(events, dataset), eventColumns);
}

export const unitColumns = [
	'id',
	'unit',
	'side',
	'kind',
	'from',
	'from_lat',
	'from_lon',
	'to',
	'to_lat',
	'to_lon',
	'count',
	'count_metric',
	'date_start',
	'date_end',
	'date_text',
	'date_note',
	'source',
	'excerpt',
	'note',
	'contradicts',
	'normalisation',
	'data_version'
] as const;

export function unitRows(units: readonly UnitMovement[], dataset: Pick<Dataset, 'places' | 'version'>): CsvRow[] {
	const places = new Map(dataset.places.map((p) => [p.id, p]));
	return units.map((u) => {
		const from = u.from === null ? undefined : places.get(u.from);
		const to = places.get(u.to);
		return {
			id: u.id,
			unit: u.unit,
			side: u.side,
			kind: u.kind,
			from: u.from,
			from_lat: from?.lat,
			from_lon: from?.lon,
			to: u.to,
			to_lat: to?.lat,
			to_lon: to?.lon,
			count: u.count,
			count_metric: u.count_metric,
			date_start: u.date_start,
			date_end: u.date_end,
			date_text: u.date_text,
			date_note: u.date_note,
			source: u.source,
			excerpt: u.excerpt,
			note: u.note,
			contradicts: u.contradicts,
			normalisation: u.normalisation.join(' | '),
			data_version: dataset.version
		};
	});
}

export function unitsCsv(units: readonly UnitMovement[], dataset: Pick<Dataset, 'places' | 'version'>): string {
	return toCsv(unitRows(units, dataset), unitColumns);
}

export const placeColumns = ['id', 'name', 'kind', 'lat', 'lon', 'country', 'front', 'data_version'] as const;

export function placeRows(places: readonly Place[], dataset: Pick<Dataset, 'version'>): CsvRow[] {
	return places.map((p) => ({ ...p, data_version: dataset.version }));
}

export function placesCsv(places: readonly Place[], dataset: Pick<Dataset, 'version'>): string {
	return toCsv(placeRows(places, dataset), placeColumns);
}
