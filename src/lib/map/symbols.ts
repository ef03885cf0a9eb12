/**
 * Symbol maths for the map: where a figure sits (its front, or the union of its fronts), how big
 * its symbol is (area ∝ value, one scale per kind of count), and how figures group at a point.
 * Pure; tested in node.
 */
import type { Front, ForceSide } from '$lib/data/types';
import type { MapFigure, MapPlace } from './types';

export type LatLon = [lat: number, lon: number];

/** A representative point for each front (where its symbols sit when no place is named). */
export const frontAnchors: Record<Exclude<Front, 'around' | 'total' | 'ukraine' | 'elsewhere'>, LatLon> = {
	north: [52.15, 27.6], // southern Belarus, north of the Ukrainian border
	east: [51.35, 37.4], // Russia's Bryansk–Kursk–Belgorod–Voronezh border oblasts
	donbas: [48.15, 38.75], // occupied parts of Donetsk and Luhansk
	south: [45.25, 34.2], // Crimea
	sea: [43.6, 33.3], // Black Sea
	nato_east: [52.0, 20.3] // NATO's eastern flank (Poland)
};

export const frontNames: Record<Front, string> = {
	north: 'Belarus (north)',
	east: 'Russian border oblasts (east)',
	donbas: 'Occupied Donbas',
	south: 'Occupied Crimea (south)',
	sea: 'Black Sea and Sea of Azov',
	nato_east: "NATO's eastern flank",
	ukraine: 'Ukraine',
	around: 'Around Ukraine, all fronts',
	total: 'Whole forces',
	elsewhere: 'Away from Ukraine'
};

export type SymbolShape = 'circle' | 'square' | 'diamond';

interface Family {
	/** radius (px) = k · √value */
	k: number;
	shape: SymbolShape;
	label: string;
}

const people: Family = { k: 0.085, shape: 'circle', label: 'troops and personnel' };
const btgs: Family = { k: 3.6, shape: 'square', label: 'battalion tactical groups' };
const kit: Family = { k: 2.8, shape: 'diamond', label: 'ships, aircraft and equipment' };

/** Which scale a metric uses; figures of one family are comparable by area, others not. */
export function metricFamily(metric: string): Family {
	if (['troops', 'exercise_troops', 'personnel', 'paramilitary', 'reservists'].includes(metric)) return people;
	if (metric === 'btgs' || metric === 'battalions') return btgs;
	return kit;
}

/** Radius in px of a symbol with area ∝ value (0 for a missing value). */
export function symbolRadius(metric: string, value: number | null): number {
	if (value === null || !(value > 0)) return 0;
	return metricFamily(metric).k * Math.sqrt(value);
}

export interface SymbolRings {
	/** The ring drawn solid (the stated value; the high end of a range). */
	outer: number;
	/** For a range, the low end, as an inner ring. */
	inner: number | null;
	/** "over"/"at least": the true value lies outside the ring; "up to"/"fewer than"/"nearly": inside. */
	open: 'outward' | 'inward' | null;
}

export function symbolRings(f: Pick<MapFigure, 'metric' | 'value' | 'low' | 'high' | 'qualifier'>): SymbolRings {
	if (f.qualifier === 'range' || f.value === null) {
		return { outer: symbolRadius(f.metric, f.high ?? f.low), inner: f.low !== null && f.high !== null ? symbolRadius(f.metric, f.low) : null, open: null };
	}
	const open = f.qualifier === 'over' || f.qualifier === 'at_least' ? 'outward' : f.qualifier === 'up_to' || f.qualifier === 'fewer_than' || f.qualifier === 'nearly' ? 'inward' : null;
	return { outer: symbolRadius(f.metric, f.value), inner: null, open };
}

export function sideColourVar(side: ForceSide): string {
	if (side === 'russia') return 'var(--russia)';
	if (side === 'belarus') return 'var(--belarus)';
	if (side === 'separatist') return 'var(--separatist)';
	if (side === 'ukraine') return 'var(--ukraine)';
	if (side === 'other') return 'var(--neutral)';
	return 'var(--nato)';
}

export interface Anchor {
	key: string;
	point: LatLon;
	/** Front anchors a multi-front figure spans (drawn as connectors), [] for one front. */
	spans: LatLon[];
	fronts: Front[];
}

/**
 * Where a figure sits. One front: a place the figure names on that front, else the front's
 * anchor. Several fronts: the middle of their anchors, with connectors to each (never split).
 * `around` (all fronts together) has no point: null (drawn in the "around Ukraine" box).
 */
export function anchorOf(f: Pick<MapFigure, 'fronts' | 'places'>, places: Record<string, MapPlace>): Anchor | null {
	const fronts = [...f.fronts].sort() as Front[];
	if (fronts.includes('around') || fronts.length === 0) return null;
	const known = fronts.filter((fr): fr is keyof typeof frontAnchors => fr in frontAnchors);
	if (known.length !== fronts.length) return null;
	if (known.length === 1) {
		const front = known[0];
		const named = f.places.map((id) => places[id]).find((p) => p && p.front === front && p.lat !== undefined);
		const point: LatLon = named ? [named.lat, named.lon] : frontAnchors[front];
		return { key: `${front}@${point[0].toFixed(2)},${point[1].toFixed(2)}`, point, spans: [], fronts };
	}
	const pts = known.map((fr) => frontAnchors[fr]);
	const point: LatLon = [pts.reduce((s, p) => s + p[0], 0) / pts.length, pts.reduce((s, p) => s + p[1], 0) / pts.length];
	return { key: fronts.join('+'), point, spans: pts, fronts };
}

export interface SymbolGroupData {
	anchor: Anchor;
	figures: MapFigure[];
}

/** Figures grouped by where they sit, largest symbol first within a group; plus those `around`. */
export function groupFigures(figures: readonly MapFigure[], places: Record<string, MapPlace>): { groups: SymbolGroupData[]; around: MapFigure[] } {
	const groups = new Map<string, SymbolGroupData>();
	const around: MapFigure[] = [];
	for (const f of figures) {
		const anchor = anchorOf(f, places);
		if (!anchor) {
			around.push(f);
			continue;
		}
		const g = groups.get(anchor.key);
		if (g) g.figures.push(f);
		else groups.set(anchor.key, { anchor, figures: [f] });
	}
	const bySize = (a: MapFigure, b: MapFigure) => symbolRings(b).outer - symbolRings(a).outer || a.id.localeCompare(b.id);
	for (const g of groups.values()) g.figures.sort(bySize);
	around.sort(bySize);
	return { groups: [...groups.values()], around };
}
