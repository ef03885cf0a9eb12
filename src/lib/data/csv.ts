/**
 * CSV text: the one writer behind the /data/*.csv endpoints and every "Download CSV" button (the
 * columns and rows come from ./columns). RFC 4180: comma-separated, fields quoted by d3-dsv when
 * needed, CRLF line ends; UTF-8 with a BOM so spreadsheets read the typographic quotes right.
 * Lists (fronts, places, actors, ids) are joined with ";", normalisation strings with " | ".
 * Every text cell is made safe for spreadsheets (see `neutraliseCell`).
 */
import { csvFormatRow } from 'd3-dsv';
import type { CrisisEvent, Dataset, Figure, Place, UnitMovement } from './types';
import { eventColumns, eventRow, figureColumns, figureRow, placeColumns, placeRow, unitColumns, unitRow } from './columns';

export const csvContentType = 'text/csv; charset=utf-8';
export const byteOrderMark = '\uFEFF';

export type CsvCell = string | number | boolean | null | undefined | readonly string[];
export type CsvRow = Record<string, CsvCell>;

/**
 * A cell a spreadsheet would run as a formula begins with `=`, `+`, `-`, `@`, a tab or a carriage
 * return (OWASP, "CSV injection"); `'` in front makes it text. `escapable` also matches such a cell
 * behind apostrophes, so that the prefix can be told apart from an apostrophe of the text.
 */
const escapable = /^'*[=+\-@\t\r]/;
const escaped = /^'+[=+\-@\t\r]/;
/** A plain number, which no spreadsheet runs (a negative longitude stays a number). */
const plainNumber = /^[+-]?(?:\d+(?:\.\d*)?|\.\d+)(?:[eE][+-]?\d+)?$/;

/**
 * A text cell made safe to open in a spreadsheet: a cell that begins with `=`, `+`, `-`, `@`, a tab
 * or a carriage return — or with apostrophes and then one of those — gets one `'` in front, unless
 * it is a plain number. Every other cell is written as it is (a note that begins with a quote stays
 * as it was). `restoreCell` undoes it exactly, so the verbatim excerpts round-trip.
 */
export function neutraliseCell(text: string): string {
	return escapable.test(text) && !plainNumber.test(text) ? `'${text}` : text;
}

/** The text of a cell written by `neutraliseCell`, as it was: drops the one `'` it put in front. */
export function restoreCell(text: string): string {
	return escaped.test(text) ? text.slice(1) : text;
}

function cell(value: CsvCell): string {
	if (value === null || value === undefined) return '';
	if (typeof value === 'number' || typeof value === 'boolean') return String(value);
	return neutraliseCell(Array.isArray(value) ? value.join(';') : String(value));
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

export function figuresCsv(figures: readonly Figure[], dataset: Pick<Dataset, 'estimators' | 'version'>): string {
	const names = new Map(dataset.estimators.map((e) => [e.id, e.name]));
	const context = { estimatorName: (id: string) => names.get(id), version: dataset.version };
	return toCsv(
		figures.map((f) => figureRow(f, context)),
		figureColumns
	);
}

export function eventsCsv(events: readonly CrisisEvent[], dataset: Pick<Dataset, 'version'>): string {
	return toCsv(
		events.map((e) => eventRow(e, { version: dataset.version })),
		eventColumns
	);
}

export function unitsCsv(units: readonly UnitMovement[], dataset: Pick<Dataset, 'places' | 'version'>): string {
	const places = new Map(dataset.places.map((p) => [p.id, p]));
	const context = { place: (id: string) => places.get(id), version: dataset.version };
	return toCsv(
		units.map((u) => unitRow(u, context)),
		unitColumns
	);
}

export function placesCsv(places: readonly Place[], dataset: Pick<Dataset, 'version'>): string {
	return toCsv(
		places.map((p) => placeRow(p, { version: dataset.version })),
		placeColumns
	);
}
