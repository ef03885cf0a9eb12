/**
 * The map's state at a date as data: the CSV rows and GeoJSON features of exactly the marks the
 * map and its panel show, with their provenance, and the download's file name. Pure.
 */
import type { Feature, FeatureCollection, Geometry } from 'geojson';
import { eventRow, figureCoreColumns, figureRow, mixedColumns, unitRow } from '$lib/data/columns';
import { toCsv, type CsvRow } from '$lib/data/csv';
import { formatFigureValue } from '$lib/data/format';
import type { IsoDate } from '$lib/data/types';
import { dayNumber } from '$lib/data/days';
import type { MapState } from './state';
import { anchorOf } from './symbols';
import type { MapPlace, MapSlice } from './types';

/**
 * The map download's columns: its own (`map_date`, `record_type`, `status`, `age_days`), then the
 * record vocabulary of `/data/figures.csv`, `units.csv` and `events.csv` ($lib/data/columns: same
 * names, same meanings — `estimator` the id, `front` the fronts, `from`/`to`/`place` place ids),
 * `value_text` (the figure as the map labels it), and where the mark is drawn (`lat`, `lon`).
 */
export const mapCsvColumns: readonly string[] = mixedColumns(
	['map_date', 'record_type', 'status', 'age_days'],
	[figureCoreColumns, ['estimator_name', 'value_text'], ['unit', 'from', 'to', 'count', 'count_metric'], ['category', 'type', 'title', 'place']],
	['lat', 'lon']
);

export type MapCsvRow = CsvRow;

export interface ShownLayers {
	figures: boolean;
	units: boolean;
	events: boolean;
}

type Lookup = Pick<MapSlice, 'places' | 'estimators'>;

function age(start: IsoDate, date: IsoDate): number {
	return dayNumber(date) - dayNumber(start);
}

/** One row per mark shown at the state's date: figures, then units, then events. */
export function mapStateRows(state: MapState, slice: Lookup, shown: ShownLayers): MapCsvRow[] {
	const rows: MapCsvRow[] = [];
	const d = state.date;
	const estimatorName = (id: string) => slice.estimators[id];
	if (shown.figures) {
		for (const f of state.figures) {
			const anchor = anchorOf(f, slice.places);
			rows.push({
				map_date: d,
				record_type: 'figure',
				status: 'latest as of date',
				age_days: age(f.date_start, d),
				...figureRow(f, { estimatorName }),
				value_text: formatFigureValue(f),
				lat: anchor ? anchor.point[0] : null,
				lon: anchor ? anchor.point[1] : null
			});
		}
	}
	if (shown.units) {
		const unitRows = [...state.moving.map((u) => ({ u, status: 'moving' })), ...state.stationed.map((u) => ({ u, status: 'at destination' }))];
		for (const { u, status } of unitRows) {
			const to = slice.places[u.to];
			rows.push({
				map_date: d,
				record_type: 'unit',
				status,
				age_days: age(u.date_start, d),
				...unitRow(u),
				lat: to?.lat ?? null,
				lon: to?.lon ?? null
			});
		}
	}
	if (shown.events) {
		for (const { event: e, ageDays } of state.events) {
			const place = e.place ? slice.places[e.place] : undefined;
			rows.push({
				map_date: d,
				record_type: 'event',
				status: 'recent event',
				age_days: ageDays,
				...eventRow(e),
				lat: place?.lat ?? null,
				lon: place?.lon ?? null
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
