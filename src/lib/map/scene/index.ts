/**
 * The headless map: `createScene(slice).at(date, { older })` is everything drawn at D (see
 * ./types). Built once per page; a date step is a few binary searches and loops over what is
 * reported at D, never over every pair of marks. Pure and client-safe; tested in node.
 *
 * Rules (the legend says them in words):
 * - Figures: the as-of latest of each series ($lib/data/asof). A figure is RECENT_FIGURE_DAYS old
 *   at most, counted from the end of its date interval; older ones are left out unless `older`.
 *   `around` figures and figures for several fronts are in the totals only (never at a point, never
 *   split); a one-front figure sits at a place it names on that front, else at the front's anchor.
 * - Formations (echelon other than `other`): in transit to the destination between the movement's
 *   dates; present there after it until the next movement with the same short name starts. A move
 *   away from the fronts (to a place on no front) is an announced withdrawal: the formation stays,
 *   in outline, at the site it left, for RECENT_FIGURE_DAYS after it.
 * - Other movements (troops, equipment, ships, aircraft): in transit, then a report at the
 *   destination for RECENT_FIGURE_DAYS (like a figure).
 * - Events: those of the last RECENT_EVENT_DAYS; pinned when they have a place on the frame.
 */
import { createAsOfIndex, figureSeriesKey, lastStartedIndex } from '$lib/data/asof';
import { dateRange, dayNumber, daysBetween } from '$lib/data/days';
import type { Echelon, IsoDate } from '$lib/data/types';
import { inFrame, type LatLon } from '../frame';
import type { MapFigure, MapPlace, MapSlice, MapUnit } from '../types';
import { frontAnchors, frontNames, symbolRings } from '../symbols';
import {
	mapFrontIds,
	type FigureSite,
	type FrontState,
	type ListedUnit,
	type MapFront,
	type PlacedEvent,
	type Scene,
	type SceneArrow,
	type SceneEvent,
	type SceneFigure,
	type SceneUnit,
	type UnitSite
} from './types';

export * from './types';

/** Figures and reports older than this (days after their interval ends) are hidden by default. */
export const RECENT_FIGURE_DAYS = 60;
/** Events of the last days: pinned on the map, listed in the panel, and they tint their front. */
export const RECENT_EVENT_DAYS = 14;
/** A formation that arrived within this many days is a new arrival. */
export const FRESH_DAYS = 14;
export const INVASION: IsoDate = '2022-02-24';

const EARTH_KM = 6371;
const RAD = Math.PI / 180;

/** Great-circle distance in km (haversine). */
export function greatCircleKm([lat1, lon1]: LatLon, [lat2, lon2]: LatLon): number {
	const a = Math.sin(((lat2 - lat1) * RAD) / 2) ** 2 + Math.cos(lat1 * RAD) * Math.cos(lat2 * RAD) * Math.sin(((lon2 - lon1) * RAD) / 2) ** 2;
	return 2 * EARTH_KM * Math.asin(Math.min(1, Math.sqrt(a)));
}

/** "≈ 6,100 km" (rounded to 100 km: the places are regions, not bases). */
export function formatKm(km: number): string {
	return `≈ ${new Intl.NumberFormat('en-GB').format(Math.round(km / 100) * 100)} km`;
}

/** Days from the end of a record's interval to D; 0 while D is inside the interval. */
export function ageAt(record: { date_end: IsoDate }, date: IsoDate): number {
	return Math.max(0, daysBetween(record.date_end, date));
}

/** The place that is Ukraine as a whole (data/places.yaml). */
export const UKRAINE = 'ukraine';
/** Russia's, Belarus' and the separatists' forces: the buildup itself. */
export const isForces = (side: string): boolean => side === 'russia' || side === 'belarus' || side === 'separatist';
const isFront = (f: string): f is MapFront => (mapFrontIds as readonly string[]).includes(f);
const isFormation = (echelon: Echelon | null): boolean => echelon !== null && echelon !== 'other';
const sizeOf = (f: MapFigure) => f.high ?? f.value ?? f.low ?? 0;

interface Span {
	unit: MapUnit;
	start: number;
	end: number;
	/** The day the next movement of the same formation starts (Infinity: none). */
	until: number;
	/** A move away from the fronts (destination on no front): an announced withdrawal. */
	away: boolean;
}

export interface SceneIndex {
	dates: IsoDate[];
	at(date: IsoDate, options?: { older?: boolean }): Scene;
}

/** The key that says two movements are of one force moving on: side and short name. */
export function formationKey(u: Pick<MapUnit, 'side' | 'short_name' | 'id'>): string {
	return u.short_name ? `${u.side}|${u.short_name}` : `${u.side}|#${u.id}`;
}

export function createScene(slice: Pick<MapSlice, 'start' | 'end' | 'figures' | 'undated' | 'units' | 'events' | 'places'>): SceneIndex {
	const { places } = slice;
	const figureIndex = createAsOfIndex(slice.figures, figureSeriesKey);
	const placeOf = (id: string | null): MapPlace | null => (id ? (places[id] ?? null) : null);
	const onFront = (p: MapPlace | null) => !!p && p.front !== 'elsewhere';

	// Movements, as spans per formation (sorted by start).
	const byKey = new Map<string, MapUnit[]>();
	for (const u of slice.units) {
		const key = formationKey(u);
		byKey.set(key, [...(byKey.get(key) ?? []), u]);
	}
	const spans: Span[] = [];
	for (const list of byKey.values()) {
		list.sort((a, b) => (a.date_start < b.date_start ? -1 : a.date_start > b.date_start ? 1 : 0));
		list.forEach((unit, i) => {
			const next = list.slice(i + 1).find((n) => n.date_start > unit.date_start);
			const to = placeOf(unit.to);
			spans.push({
				unit,
				start: dayNumber(unit.date_start),
				end: dayNumber(unit.date_end),
				until: next ? dayNumber(next.date_start) : Infinity,
				away: !!to && to.front === 'elsewhere' && (onFront(placeOf(unit.from)) || (unit.from === null && isFormation(unit.echelon)))
			});
		});
	}
	spans.sort((a, b) => a.start - b.start);
	const spanStarts = spans.map((s) => s.unit.date_start);

	const events = [...slice.events].sort((a, b) => (a.date_start < b.date_start ? -1 : a.date_start > b.date_start ? 1 : 0));
	const eventStarts = events.map((e) => e.date_start);

	function sceneFigure(figure: MapFigure, date: IsoDate): SceneFigure {
		const ageDays = ageAt(figure, date);
		return { figure, ageDays, stale: ageDays > RECENT_FIGURE_DAYS };
	}

	function unitLabel(u: MapUnit): string {
		return u.short_name ?? u.unit;
	}

	return {
		dates: dateRange(slice.start, slice.end),
		at(date: IsoDate, { older = false } = {}): Scene {
			const day = dayNumber(date);
			const keep = (s: { stale: boolean }) => older || !s.stale;

			// Figures.
			const troops: SceneFigure[] = [];
			const otherTotals: SceneFigure[] = [];
			const severalFronts: SceneFigure[] = [];
			let btgs: SceneFigure | null = null;
			let hiddenOlder = 0;
			const siteMap = new Map<string, FigureSite>();
			const recentByFront = new Map<MapFront, number>();
			for (const figure of figureIndex.at(date)) {
				const s = sceneFigure(figure, date);
				const fronts = figure.fronts;
				if (fronts.includes('around') || fronts.length > 1) {
					if (!s.stale && fronts.length > 1) for (const fr of fronts) if (isFront(fr)) recentByFront.set(fr, (recentByFront.get(fr) ?? 0) + 1);
					if (!keep(s)) {
						hiddenOlder++;
						continue;
					}
					if (!fronts.includes('around')) severalFronts.push(s);
					else if (figure.metric === 'btgs') {
						if (!btgs || figure.date_start > btgs.figure.date_start) btgs = s;
					} else if (figure.metric === 'troops' && figure.side === 'russia') troops.push(s);
					else otherTotals.push(s);
					continue;
				}
				const front = fronts[0];
				if (!isFront(front)) continue;
				if (!s.stale) recentByFront.set(front, (recentByFront.get(front) ?? 0) + 1);
				if (!keep(s)) continue;
				const named = figure.places.map((id) => places[id]).find((p) => p && p.front === front);
				const point: LatLon = named ? [named.lat, named.lon] : frontAnchors[front];
				const key = named ? `place:${named.id}` : `front:${front}`;
				let site = siteMap.get(key);
				if (!site) siteMap.set(key, (site = { key, front, point, name: named ? named.name : frontNames[front], figures: [] }));
				site.figures.push(s);
			}
			const bySize = (a: SceneFigure, b: SceneFigure) => sizeOf(b.figure) - sizeOf(a.figure) || a.figure.id.localeCompare(b.figure.id);
			troops.sort(bySize);
			otherTotals.sort(bySize);
			severalFronts.sort(bySize);
			// In key order: the same whichever records the slice holds (a month's or the whole map's).
			const sites = [...siteMap.values()].sort((a, b) => (a.key < b.key ? -1 : a.key > b.key ? 1 : 0));
			for (const site of sites) site.figures.sort((a, b) => symbolRings(b.figure).outer - symbolRings(a.figure).outer || a.figure.id.localeCompare(b.figure.id));

			// Units.
			const unitSites = new Map<string, UnitSite>();
			const arrows: SceneArrow[] = [];
			const listed: ListedUnit[] = [];
			const addToSite = (place: MapPlace, item: SceneUnit) => {
				let site = unitSites.get(place.id);
				if (!site) unitSites.set(place.id, (site = { key: place.id, place, front: place.front, point: [place.lat, place.lon], formations: [], reports: [] }));
				(isFormation(item.unit.echelon) ? site.formations : site.reports).push(item);
			};
			const last = lastStartedIndex(spanStarts, date);
			for (let i = 0; i <= last; i++) {
				const s = spans[i];
				const u = s.unit;
				const formation = isFormation(u.echelon);
				if (day >= s.until) continue;
				const moving = day <= s.end;
				const ageDays = moving ? 0 : day - s.end;
				const stale = ageDays > RECENT_FIGURE_DAYS;
				const to = placeOf(u.to);
				const from = placeOf(u.from);
				const base = { unit: u, label: unitLabel(u), echelon: (u.echelon ?? 'other') as Echelon, fresh: false, ageDays, stale };
				if (s.away) {
					// An announced withdrawal: the formation (or report) stays where it was, in outline.
					if (stale && !older) continue;
					const item: SceneUnit = { ...base, status: 'withdrawal' };
					if (from && inFrame(from.lat, from.lon)) addToSite(from, item);
					else listed.push({ ...item, why: 'withdrawal announced; origin not on the map' });
					continue;
				}
				if (!formation && !moving && stale && !older) continue;
				const item: SceneUnit = { ...base, status: moving ? 'transit' : 'present', fresh: formation && !moving && ageDays <= FRESH_DAYS };
				if (!to || !inFrame(to.lat, to.lon)) {
					listed.push({ ...item, why: to ? `${to.name} is off the map` : 'destination not stated' });
					continue;
				}
				addToSite(to, item);
				if (moving && from) {
					const far = !inFrame(from.lat, from.lon);
					const km = greatCircleKm([from.lat, from.lon], [to.lat, to.lon]);
					arrows.push({
						id: u.id,
						side: u.side,
						from: [from.lat, from.lon],
						to: [to.lat, to.lon],
						fromName: from.name,
						toName: to.name,
						far,
						km,
						label: far ? `from ${from.name} · ${formatKm(km)}` : `from ${from.name}`,
						formation
					});
				}
			}
			// Far arrows into one place from one origin: one arrow (the same label) for all of them.
			const seen = new Set<string>();
			const mergedArrows = arrows.filter((a) => {
				const key = `${a.fromName}>${a.toName}|${a.side}`;
				if (seen.has(key)) return false;
				seen.add(key);
				return true;
			});
			const units = [...unitSites.values()];
			const atUkraine = unitSites.get(UKRAINE);
			const intoUkraine = date >= INVASION && atUkraine ? [...atUkraine.formations, ...atUkraine.reports].filter((r) => isForces(r.unit.side)) : [];
			const unitOrder = (a: SceneUnit, b: SceneUnit) => echelonRank[a.echelon] - echelonRank[b.echelon] || a.label.localeCompare(b.label, 'en', { numeric: true });
			for (const site of units) {
				site.formations.sort(unitOrder);
				site.reports.sort(unitOrder);
			}

			// Events.
			const recent: SceneEvent[] = [];
			const pins: PlacedEvent[] = [];
			for (let i = lastStartedIndex(eventStarts, date); i >= 0; i--) {
				const e = events[i];
				const ageDays = day - dayNumber(e.date_start);
				if (ageDays >= RECENT_EVENT_DAYS) break;
				recent.push({ event: e, ageDays });
				const p = placeOf(e.place);
				if (p && inFrame(p.lat, p.lon)) pins.push({ event: e, ageDays, point: [p.lat, p.lon], placeName: p.name });
			}

			// Fronts.
			const fronts: FrontState[] = mapFrontIds.map((id) => {
				const reasons: string[] = [];
				const figures = recentByFront.get(id) ?? 0;
				if (figures) reasons.push(figures === 1 ? 'a figure of the last 60 days' : `${figures} figures of the last 60 days`);
				const here = units.filter((s) => s.front === id);
				const formations = here.reduce((n, s) => n + s.formations.filter((f) => !f.stale).length, 0);
				if (formations) reasons.push(formations === 1 ? 'a formation' : `${formations} formations`);
				const reports = here.reduce((n, s) => n + s.reports.filter((r) => !r.stale).length, 0);
				if (reports) reasons.push(reports === 1 ? 'a reported movement' : `${reports} reported movements`);
				const evs = pins.filter((p) => placeOf(p.event.place)?.front === id).length;
				if (evs) reasons.push(evs === 1 ? 'an event of the last 14 days' : `${evs} events of the last 14 days`);
				return { id, name: frontNames[id], active: reasons.length > 0, reasons, figures };
			});

			return {
				date,
				older,
				invasion: date >= INVASION,
				totals: { troops, btgs, other: otherTotals, severalFronts, undated: slice.undated, hiddenOlder },
				sites,
				units,
				arrows: mergedArrows,
				fronts,
				pins,
				events: recent,
				listed,
				intoUkraine
			};
		}
	};
}

const echelonRank: Record<Echelon, number> = { headquarters: 0, army: 1, corps: 2, division: 3, brigade: 4, regiment: 5, other: 6 };
