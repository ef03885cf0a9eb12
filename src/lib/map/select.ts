/**
 * Which records of the dataset the map draws. Pure; used at build time by the page's loader and
 * tested in node. Forces only: counts of troops, BTGs and equipment of Russia, Belarus, the
 * separatists and NATO/Western states on the fronts around Ukraine. Standing strengths without a
 * date of their own (infobox), casualties, aid and figures elsewhere stay off the map (they are on
 * the charts and the sources page).
 */
import type { Dataset, Figure, Front, ForceSide, IsoDate } from '$lib/data/types';
import type { MapFigure, MapUnit, MapEvent, MapSlice, MapPlace, MapExcerpts } from './types';
import { shortEstimator } from './labels';

export const MAP_END: IsoDate = '2022-02-24';

export const mapFronts: readonly Front[] = ['north', 'east', 'donbas', 'south', 'sea', 'nato_east', 'around'];
export const mapSides: readonly ForceSide[] = ['russia', 'separatist', 'belarus', 'nato', 'us', 'uk', 'west'];
export const mapMetrics: readonly string[] = [
	'troops',
	'exercise_troops',
	'personnel',
	'paramilitary',
	'btgs',
	'battalions',
	'tanks',
	'armoured_vehicles',
	'artillery',
	'missile_systems',
	'ships',
	'landing_ships',
	'submarines',
	'aircraft',
	'helicopters'
];

/** True when the map shows this figure. */
export function isMapFigure(f: Pick<Figure, 'metric' | 'kind' | 'fronts' | 'side' | 'date_start'>): boolean {
	return (
		mapMetrics.includes(f.metric) &&
		f.kind !== 'strength' &&
		f.fronts.length > 0 &&
		f.fronts.every((front) => mapFronts.includes(front)) &&
		mapSides.includes(f.side) &&
		f.date_start <= MAP_END
	);
}

/** A standing strength of Russia's forces around Ukraine stated without a date (the infobox). */
export function isUndatedStrength(f: Pick<Figure, 'metric' | 'kind' | 'fronts' | 'side'>): boolean {
	return f.kind === 'strength' && f.side === 'russia' && f.metric === 'troops' && f.fronts.includes('around');
}

function pick<T extends object, K extends keyof T>(record: T, keys: readonly K[]): Pick<T, K> {
	const out = {} as Pick<T, K>;
	for (const k of keys) out[k] = record[k];
	return out;
}

const provenanceKeys = ['id', 'date_start', 'date_end', 'date_text', 'source'] as const;

/** The compact slice the map page needs, from the whole dataset. */
export function mapSlice(dataset: Dataset): MapSlice {
	const figures: MapFigure[] = dataset.figures
		.filter(isMapFigure)
		.map((f) =>
			pick(f, [...provenanceKeys, 'metric', 'value', 'low', 'high', 'qualifier', 'estimator', 'side', 'fronts', 'places', 'kind', 'subject'])
		);
	const units: MapUnit[] = dataset.units
		.filter((u) => u.date_start <= MAP_END)
		.map((u) => pick(u, [...provenanceKeys, 'unit', 'short_name', 'echelon', 'note', 'side', 'kind', 'from', 'to', 'count', 'count_metric']));
	const undated: MapFigure[] = dataset.figures
		.filter((f) => isUndatedStrength(f))
		.map((f) =>
			pick(f, [...provenanceKeys, 'metric', 'value', 'low', 'high', 'qualifier', 'estimator', 'side', 'fronts', 'places', 'kind', 'subject'])
		);
	const events: MapEvent[] = dataset.events
		.filter((e) => e.date_start <= MAP_END && !e.same_as)
		.map((e) => pick(e, [...provenanceKeys, 'title', 'category', 'type', 'place', 'key']));

	const used = new Set<string>();
	for (const f of figures) f.places.forEach((p) => used.add(p));
	for (const u of units) {
		used.add(u.to);
		if (u.from) used.add(u.from);
	}
	for (const e of events) if (e.place) used.add(e.place);
	const places: Record<string, MapPlace> = {};
	for (const p of dataset.places) {
		if (used.has(p.id)) places[p.id] = { id: p.id, name: p.name, lat: p.lat, lon: p.lon, front: p.front };
	}
	const estimators: Record<string, string> = {};
	const estimatorsShort: Record<string, string> = {};
	for (const e of dataset.estimators) {
		estimators[e.id] = e.name;
		estimatorsShort[e.id] = shortEstimator(e.name, e.short_name);
	}
	const sources: Record<string, string> = {};
	for (const s of dataset.sources) sources[s.id] = s.title;

	const start = figures.reduce((min, f) => (f.date_start < min ? f.date_start : min), MAP_END);
	return { version: dataset.version, start, end: MAP_END, defaultDate: MAP_END, figures, undated, units, events, places, estimators, estimatorsShort, sources };
}

/**
 * The excerpt of every record in the map's slice, by id: what `/map/excerpts.json` serves (the
 * page itself carries none, see MapSlice).
 */
export function mapExcerpts(dataset: Dataset): MapExcerpts {
	const slice = mapSlice(dataset);
	const wanted = new Set([...slice.figures, ...slice.undated, ...slice.units, ...slice.events].map((r) => r.id));
	const out: MapExcerpts = {};
	for (const r of [...dataset.figures, ...dataset.units, ...dataset.events]) if (wanted.has(r.id)) out[r.id] = r.excerpt;
	return out;
}
