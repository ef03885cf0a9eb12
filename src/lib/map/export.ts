/**
 * The map's state at a date as data: the CSV rows and GeoJSON features of exactly the marks the
 * map and its panel show, with their provenance, and the download's file name. Pure.
 */
import type { Feature, FeatureCollection, Geometry } from 'geojson';
import { toCsv } from '$lib/data/csv';
import { formatFigureValue } from '$lib/data/format';
import type { IsoDate } from '$lib/data/types';
import { dayNumber } from '$lib/data/days';
import type { MapState } from './state';
import { anchorOf } from './symbols';
import type { MapPlace, MapSlice } from './types';

export const mapCsvColumns = [
	'map_date',
	'record_type',
	'id',
	'status',
	'metric',
	'value',
	'low',
	'high',
	'qualifier',
	'value_text',
	'kind',
	'estimator',
	'side',
	'fronts',
	'subject',
	'unit',
	'from',
	'to',
	'title',
	'category',
	'place',
	'lat',
	'lon',
	'date_text',
	'date_start',
	'date_end',
	'age_days',
	'source',
	'excerpt'
] as const;

export type MapCsvRow = Record<(typeof mapCsvColumns)[number], string | number | null>;

export interface ShownLayers {
	figures: boolean;
	units: boolean;
	events: boolean;
}

type Lookup = Pick<MapSlice, 'places' | 'estimators'>;

function blank(date: IsoDate): MapCsvRow {
	const row = {} as MapCsvRow;
	for (const c of mapCsvColumns) row[c] = null;
	row.map_date = date;
	return row;
}

function age(start: IsoDate, date: IsoDate): number {
	return dayNumber(date) - dayNumber(start);
}

/** One row per mark shown at the state's date: figures, then units, then events. */
export function mapStateRows(state: MapState, slice: Lookup, shown: ShownLayers): MapCsvRow[] {
	const rows: MapCsvRow[] = [];
	const d = state.date;
	if (shown.figures) {
		for (const f of state.figures) {
			const anchor = anchorOf(f, slice.places);
			rows.push({
				...blank(d),
				record_type: 'figure',
				id: f.id,
				status: 'latest as of date',
				metric: f.metric,
				value: f.value,
				low: f.low,
				high: f.high,
				qualifier: f.qualifier,
				value_text: formatFigureValue(f),
				kind: f.kind,
				estimator: slice.estimators[f.estimator] ?? f.estimator,
				side: f.side,
				fronts: f.fronts.join(';'),
				subject: f.subject,
				lat: anchor ? anchor.point[0] : null,
				lon: anchor ? anchor.point[1] : null,
				date_text: f.date_text,
				date_start: f.date_start,
				date_end: f.date_end,
				age_days: age(f.date_start, d),
				source: f.source,
				excerpt: f.excerpt
			});
		}
	}
	if (shown.units) {
		const unitRows = [...state.moving.map((u) => ({ u, status: 'moving' })), ...state.stationed.map((u) => ({ u, status: 'at destination' }))];
		for (const { u, status } of unitRows) {
			const to = slice.places[u.to];
			rows.push({
				...blank(d),
				record_type: 'unit',
				id: u.id,
				status,
				metric: u.count_metric,
				value: u.count,
				kind: u.kind,
				side: u.side,
				unit: u.unit,
				from: u.from ? (slice.places[u.from]?.name ?? u.from) : null,
				to: to?.name ?? u.to,
				lat: to?.lat ?? null,
				lon: to?.lon ?? null,
				date_text: u.date_text,
				date_start: u.date_start,
				date_end: u.date_end,
				age_days: age(u.date_start, d),
				source: u.source,
				excerpt: u.excerpt
			});
		}
	}
	if (shown.events) {
		for (const { event: e, ageDays } of state.events) {
			const place = e.place ? slice.places[e.place] : undefined;
			rows.push({
				...blank(d),
				record_type: 'event',
				id: e.id,
				status: 'recent event',
				title: e.title,
				category: e.category,
				kind: e.type,
				place: place?.name ?? e.place,
				lat: place?.lat ?? null,
				lon: place?.lon ?? null,
				date_text: e.date_text,
				date_start: e.date_start,
				date_end: e.date_end,
				age_days: ageDays,
				source: e.source,
				excerpt: e.excerpt
			});
		}
	}
	return rows;
}

function point(p: MapPlace | undefined): Geometry | null {
	return p ? { type: 'Point', coordinates: [p.lon, p.lat] } : null;
}

/** The same marks as GeoJSON (a figure "around Ukraine" has no single point: geometry null). */
export function mapStateGeoJSON(state: MapState, slice: Lookup, shown: ShownLayers): FeatureCollection {
	const rows = mapStateRows(state, slice, shown);
	const features: Feature[] = rows.map((row) => {
		let geometry: Geometry | null = row.lat !== null && row.lon !== null ? { type: 'Point', coordinates: [Number(row.lon), Number(row.lat)] } : null;
		if (row.record_type === 'unit' && row.status === 'moving') {
			const u = state.moving.find((m) => m.id === row.id);
			const from = u?.from ? slice.places[u.from] : undefined;
			const to = u ? slice.places[u.to] : undefined;
			geometry = from && to ? { type: 'LineString', coordinates: [[from.lon, from.lat], [to.lon, to.lat]] } : point(to);
		}
		return { type: 'Feature', id: String(row.id), geometry: geometry as Geometry, properties: row };
	});
	return { type: 'FeatureCollection', features };
}

/** "buildup-map-2022-01-15-v1a2b3c.csv" */
export function mapDownloadName(date: IsoDate, version: string, extension: 'csv' | 'geojson'): string {
	const safeVersion = version.replace(/[^a-z0-9]+/gi, '-').replace(/^-|-$/g, '') || 'unversioned';
	return `buildup-map-${date}-v${safeVersion}.${extension}`;
}

/** The rows as CSV text (UTF-8 BOM for spreadsheets; explicit column order). */
export function mapStateCsv(rows: MapCsvRow[]): string {
	return toCsv(rows, mapCsvColumns);
}
