/**
 * The map's data by month: for each calendar month of the scrubber, the records any day of that
 * month draws, as a MapSlice of its own (with their excerpts). The page fetches the month of the
 * date a reader moves to (`/map/months/<YYYY-MM>.json`) instead of carrying every record, so what it
 * costs follows what is on screen, not the size of the dataset.
 *
 * Which records a month needs is read from the scene itself: the union, over the month's days, of
 * every record the scene at that day draws or lists with "show older" on (the largest scene of a
 * day). The scene of a day computed from its month's slice is the scene computed from the whole
 * slice (map-months.test checks it for every day, with and without older figures): the as-of
 * latest figure of each series, the formation's latest movement and the events of the last days are
 * all in it, and records it leaves out are older ones that a later record of their series or
 * formation replaced, or records that start after the month. Pure; runs at build time.
 */
import { dateRange } from '$lib/data/days';
import { createScene, type Scene, type SceneIndex } from './scene';
import type { MapExcerpts, MapPlace, MapSlice } from './types';

import { monthOf, type MonthKey } from './monthKey';

export { monthOf, type MonthKey };

/** What `/map/months/<month>.json` holds. */
export interface MonthFile {
	month: MonthKey;
	slice: MapSlice;
	/** The excerpt of every record in the slice. */
	excerpts: MapExcerpts;
}

/** The months the scrubber covers, in order. */
export function monthsOf(slice: Pick<MapSlice, 'start' | 'end'>): MonthKey[] {
	return [...new Set(dateRange(slice.start, slice.end).map(monthOf))];
}

/** Every record id a scene draws or lists. */
export function sceneRecordIds(scene: Scene): Set<string> {
	const ids = new Set<string>();
	const t = scene.totals;
	for (const s of [...t.troops, ...t.other, ...t.severalFronts, ...(t.btgs ? [t.btgs] : [])]) ids.add(s.figure.id);
	for (const f of t.undated) ids.add(f.id);
	for (const site of scene.sites) for (const s of site.figures) ids.add(s.figure.id);
	for (const site of scene.units) for (const u of [...site.formations, ...site.reports]) ids.add(u.unit.id);
	for (const u of [...scene.listed, ...scene.intoUkraine]) ids.add(u.unit.id);
	for (const e of scene.events) ids.add(e.event.id);
	for (const p of scene.pins) ids.add(p.event.id);
	return ids;
}

/** The slice restricted to the records in `ids`, with the places, estimators and sources they name. */
export function restrictSlice(slice: MapSlice, ids: ReadonlySet<string>): MapSlice {
	const figures = slice.figures.filter((f) => ids.has(f.id));
	const units = slice.units.filter((u) => ids.has(u.id));
	const events = slice.events.filter((e) => ids.has(e.id));
	const undated = slice.undated;
	const placeIds = new Set<string>();
	const estimatorIds = new Set<string>();
	const sourceIds = new Set<string>();
	for (const f of [...figures, ...undated]) {
		f.places.forEach((p) => placeIds.add(p));
		estimatorIds.add(f.estimator);
		sourceIds.add(f.source);
	}
	for (const u of units) {
		placeIds.add(u.to);
		if (u.from) placeIds.add(u.from);
		sourceIds.add(u.source);
	}
	for (const e of events) {
		if (e.place) placeIds.add(e.place);
		sourceIds.add(e.source);
	}
	const only = <T>(all: Record<string, T>, keep: Set<string>): Record<string, T> => Object.fromEntries(Object.entries(all).filter(([id]) => keep.has(id)));
	return {
		...slice,
		figures,
		undated,
		units,
		events,
		places: only<MapPlace>(slice.places, placeIds),
		estimators: only(slice.estimators, estimatorIds),
		estimatorsShort: only(slice.estimatorsShort, estimatorIds),
		sources: only(slice.sources, sourceIds)
	};
}

/**
 * A function from a month to its slice, for one whole slice (the scene index is built once and
 * shared by every month asked for).
 */
export function monthSlicer(slice: MapSlice, index: SceneIndex = createScene(slice)): (month: MonthKey) => MapSlice {
	return (month) => {
		const ids = new Set<string>();
		for (const date of index.dates) if (monthOf(date) === month) for (const id of sceneRecordIds(index.at(date, { older: true }))) ids.add(id);
		return restrictSlice(slice, ids);
	};
}

/** A month's file: its slice and the excerpts of its records (`all` has every map record's). */
export function monthFile(month: MonthKey, slice: MapSlice, all: MapExcerpts): MonthFile {
	const excerpts: MapExcerpts = {};
	for (const r of [...slice.figures, ...slice.undated, ...slice.units, ...slice.events]) {
		const text = all[r.id];
		if (text === undefined) throw new Error(`no excerpt for ${r.id} in the map's month ${month}`);
		excerpts[r.id] = text;
	}
	return { month, slice, excerpts };
}

/** The parsed `/map/months/<month>.json`, or an error saying what is wrong with it. */
export function parseMonthFile(value: unknown, month: MonthKey): MonthFile {
	const file = value as Partial<MonthFile> | null;
	if (typeof file !== 'object' || file === null || file.month !== month) throw new Error(`the map's file for ${month} is not that month's`);
	const s = file.slice as Partial<MapSlice> | undefined;
	if (!s || !Array.isArray(s.figures) || !Array.isArray(s.units) || !Array.isArray(s.events) || !Array.isArray(s.undated) || typeof s.places !== 'object')
		throw new Error(`the map's file for ${month} has no records`);
	if (typeof file.excerpts !== 'object' || file.excerpts === null) throw new Error(`the map's file for ${month} has no excerpts`);
	return file as MonthFile;
}
