/**
 * The map's state at a date as data: the CSV rows and GeoJSON features of exactly the marks the
 * map and its panel show, with their provenance, and the download's file name. Pure.
 */
import type { Feature, FeatureCollection, Geometry } from 'geojson';
import { eventRow, figureCoreColumns, figureRow, mixedColumns, unitRow } from '$lib/data/columns';
import { toCsv, type CsvRow } from '$lib/data/csv';
import { formatFigureValue } from '$lib/data/format';
import type { IsoDate } from '$lib/data/types';
import type { LatLon } from './frame';
import type { Scene, SceneFigure, SceneUnit } from './scene';
import type { MapExcerpts, MapSlice } from './types';

/**
 * The map download's columns: its own (`map_date`, `record_type`, `status`, `age_days`), then the
 * record vocabulary of `/data/figures.csv`, `units.csv` and `events.csv` ($lib/data/columns: same
 * names, same meanings — `estimator` the id, `front` the fronts, `from`/`to`/`place` place ids),
 * `value_text` (the figure as the map labels it), and where the mark is drawn (`lat`, `lon`).
 */
export const mapCsvColumns: readonly string[] = mixedColumns(
	['map_date', 'record_type', 'status', 'age_days'],
	[figureCoreColumns, ['estimator_name', 'value_text'], ['unit', 'short_name', 'echelon', 'from', 'to', 'count', 'count_metric'], ['category', 'type', 'title', 'place']],
	['lat', 'lon']
);

export type MapCsvRow = CsvRow;

export interface ShownLayers {
	figures: boolean;
	units: boolean;
	events: boolean;
}

type Lookup = Pick<MapSlice, 'places' | 'estimators'>;

/** The record's excerpt; a download never goes out with one missing. */
function excerptOf(excerpts: MapExcerpts, id: string): string {
	const text = excerpts[id];
	if (text === undefined) throw new Error(`no excerpt for ${id} in /map/excerpts.json`);
	return text;
}

function mapFigureRow(date: IsoDate, s: SceneFigure, slice: Lookup, excerpts: MapExcerpts, recordType: 'figure' | 'total', point: LatLon | null, where: string): MapCsvRow {
	const f = s.figure;
	return {
		map_date: date,
		record_type: recordType,
		status: `${s.stale ? 'older than 60 days' : 'latest as of date'}; ${where}`,
		age_days: s.ageDays,
		...figureRow({ ...f, excerpt: excerptOf(excerpts, f.id) }, { estimatorName: (id) => slice.estimators[id] }),
		value_text: formatFigureValue(f),
		lat: point ? point[0] : null,
		lon: point ? point[1] : null
	};
}

function mapUnitRow(date: IsoDate, u: SceneUnit, excerpts: MapExcerpts, point: LatLon | null, status: string): MapCsvRow {
	const r = u.unit;
	const formation = r.echelon !== null && r.echelon !== 'other';
	return {
		map_date: date,
		record_type: formation ? 'formation' : 'unit',
		status,
		age_days: u.ageDays,
		...unitRow({ ...r, excerpt: excerptOf(excerpts, r.id) }),
		short_name: u.label,
		echelon: u.echelon,
		lat: point ? point[0] : null,
		lon: point ? point[1] : null
	};
}

const unitStatusWords = { present: 'at destination', transit: 'moving', withdrawal: 'withdrawal announced (drawn where it was)' } as const;

/**
 * One row per thing drawn at the scene's date, with its provenance: the totals panel's figures
 * (record_type total: all fronts together, several fronts, undated), figures at their sites,
 * formations and other movements, events. What is hidden (older than 60 days, unless the scene
 * shows older figures) is not in it, exactly as on screen. `excerpts`: /map/excerpts.json (every
 * row carries its record's excerpt; a missing one is an error, not an empty cell).
 */
export function mapStateRows(scene: Scene, slice: Lookup, shown: ShownLayers, excerpts: MapExcerpts): MapCsvRow[] {
	const rows: MapCsvRow[] = [];
	const d = scene.date;
	if (shown.figures) {
		const t = scene.totals;
		for (const s of [...t.troops, ...(t.btgs ? [t.btgs] : []), ...t.other]) rows.push(mapFigureRow(d, s, slice, excerpts, 'total', null, 'totals panel (all fronts together)'));
		for (const s of t.severalFronts) rows.push(mapFigureRow(d, s, slice, excerpts, 'total', null, 'totals panel (several fronts together)'));
		for (const f of t.undated) rows.push({ ...mapFigureRow(d, { figure: f, ageDays: 0, stale: false }, slice, excerpts, 'total', null, 'totals panel (undated)'), status: 'undated (infobox); totals panel', age_days: null });
		for (const site of scene.sites) for (const s of site.figures) rows.push(mapFigureRow(d, s, slice, excerpts, 'figure', site.point, `map, at ${site.name}`));
	}
	if (shown.units) {
		for (const site of scene.units) {
			for (const u of [...site.formations, ...site.reports]) rows.push(mapUnitRow(d, u, excerpts, site.point, unitStatusWords[u.status]));
		}
		for (const u of scene.listed) rows.push(mapUnitRow(d, u, excerpts, null, `${unitStatusWords[u.status]}; listed only (${u.why})`));
	}
	if (shown.events) {
		const pinned = new Set(scene.pins.map((p) => p.event.id));
		for (const { event: e, ageDays } of scene.events) {
			const place = e.place ? slice.places[e.place] : undefined;
			rows.push({
				map_date: d,
				record_type: 'event',
				status: pinned.has(e.id) ? 'recent event; pinned on the map' : 'recent event; listed',
				age_days: ageDays,
				...eventRow({ ...e, excerpt: excerptOf(excerpts, e.id) }),
				lat: place?.lat ?? null,
				lon: place?.lon ?? null
			});
		}
	}
	return rows;
}

/** The same rows as GeoJSON (what has no point — the totals, listed movements — has geometry null). */
export function mapStateGeoJSON(scene: Scene, slice: Lookup, shown: ShownLayers, excerpts: MapExcerpts): FeatureCollection {
	const moving = new Map(scene.arrows.map((a) => [a.id, a]));
	const features: Feature[] = mapStateRows(scene, slice, shown, excerpts).map((row) => {
		let geometry: Geometry | null = row.lat != null && row.lon != null ? { type: 'Point', coordinates: [Number(row.lon), Number(row.lat)] } : null;
		const arrow = moving.get(String(row.id));
		if (arrow && (row.record_type === 'unit' || row.record_type === 'formation')) {
			geometry = { type: 'LineString', coordinates: [[arrow.from[1], arrow.from[0]], [arrow.to[1], arrow.to[0]]] };
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
