/**
 * The map's state at a date as data: the CSV rows and GeoJSON features of exactly the marks the
 * map and its panel show, with their provenance, and the download's file name. Pure.
 */
import type { Feature, FeatureCollection, Geometry } from 'geojson';
import { toCsv } from '$lib/data/csv';
import { formatFigureValue } from '$lib/data/format';
import type { IsoDate } from '$lib/data/types';
import type { LatLon } from './frame';
import type { Scene, SceneFigure, SceneUnit } from './scene';
import type { MapSlice } from './types';

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
	'short_name',
	'echelon',
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

function figureRow(date: IsoDate, s: SceneFigure, slice: Lookup, recordType: 'figure' | 'total', point: LatLon | null, where: string): MapCsvRow {
	const f = s.figure;
	return {
		...blank(date),
		record_type: recordType,
		id: f.id,
		status: `${s.stale ? 'older than 60 days' : 'latest as of date'}; ${where}`,
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
		lat: point ? point[0] : null,
		lon: point ? point[1] : null,
		date_text: f.date_text,
		date_start: f.date_start,
		date_end: f.date_end,
		age_days: s.ageDays,
		source: f.source,
		excerpt: f.excerpt
	};
}

function unitRow(date: IsoDate, u: SceneUnit, slice: Lookup, point: LatLon | null, status: string): MapCsvRow {
	const r = u.unit;
	const formation = r.echelon !== null && r.echelon !== 'other';
	return {
		...blank(date),
		record_type: formation ? 'formation' : 'unit',
		id: r.id,
		status,
		metric: r.count_metric,
		value: r.count,
		kind: r.kind,
		side: r.side,
		unit: r.unit,
		short_name: u.label,
		echelon: u.echelon,
		from: r.from ? (slice.places[r.from]?.name ?? r.from) : null,
		to: slice.places[r.to]?.name ?? r.to,
		lat: point ? point[0] : null,
		lon: point ? point[1] : null,
		date_text: r.date_text,
		date_start: r.date_start,
		date_end: r.date_end,
		age_days: u.ageDays,
		source: r.source,
		excerpt: r.excerpt
	};
}

const unitStatusWords = { present: 'at destination', transit: 'moving', withdrawal: 'withdrawal announced (drawn where it was)' } as const;

/**
 * One row per thing drawn at the scene's date, with its provenance: the totals panel's figures
 * (record_type total: all fronts together, several fronts, undated), figures at their sites,
 * formations and other movements, events. What is hidden (older than 60 days, unless the scene
 * shows older figures) is not in it, exactly as on screen.
 */
export function mapStateRows(scene: Scene, slice: Lookup, shown: ShownLayers): MapCsvRow[] {
	const rows: MapCsvRow[] = [];
	const d = scene.date;
	if (shown.figures) {
		const t = scene.totals;
		for (const s of [...t.troops, ...(t.btgs ? [t.btgs] : []), ...t.other]) rows.push(figureRow(d, s, slice, 'total', null, 'totals panel (all fronts together)'));
		for (const s of t.severalFronts) rows.push(figureRow(d, s, slice, 'total', null, 'totals panel (several fronts together)'));
		for (const f of t.undated) rows.push({ ...figureRow(d, { figure: f, ageDays: 0, stale: false }, slice, 'total', null, 'totals panel (undated)'), status: 'undated (infobox); totals panel', age_days: null });
		for (const site of scene.sites) for (const s of site.figures) rows.push(figureRow(d, s, slice, 'figure', site.point, `map, at ${site.name}`));
	}
	if (shown.units) {
		for (const site of scene.units) {
			for (const u of [...site.formations, ...site.reports]) rows.push(unitRow(d, u, slice, site.point, unitStatusWords[u.status]));
		}
		for (const u of scene.listed) rows.push(unitRow(d, u, slice, null, `${unitStatusWords[u.status]}; listed only (${u.why})`));
	}
	if (shown.events) {
		const pinned = new Set(scene.pins.map((p) => p.event.id));
		for (const { event: e, ageDays } of scene.events) {
			const place = e.place ? slice.places[e.place] : undefined;
			rows.push({
				...blank(d),
				record_type: 'event',
				id: e.id,
				status: pinned.has(e.id) ? 'recent event; pinned on the map' : 'recent event; listed',
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

/** The same rows as GeoJSON (what has no point — the totals, listed movements — has geometry null). */
export function mapStateGeoJSON(scene: Scene, slice: Lookup, shown: ShownLayers): FeatureCollection {
	const moving = new Map(scene.arrows.map((a) => [a.id, a]));
	const features: Feature[] = mapStateRows(scene, slice, shown).map((row) => {
		let geometry: Geometry | null = row.lat !== null && row.lon !== null ? { type: 'Point', coordinates: [Number(row.lon), Number(row.lat)] } : null;
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
