/**
 * Symbol maths for the map: the point of each front (where a one-front figure without a named place
 * sits), how big a symbol is (area ∝ value, one scale per kind of count), and the sides' colours.
 * Pure; tested in node.
 */
import type { Front, ForceSide } from '$lib/data/types';
import type { MapFigure } from './types';

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
