import { formatAge, formatFigureValue, formatInterval, metricLabel } from '$lib/data/format';
import type { IsoDate } from '$lib/data/types';
import type { MapFigure } from './types';

/** Labels the basemap file does not carry: seas and the occupied areas (Crimea is Ukraine, occupied). */
export interface MapLabel {
	name: string;
	lat: number;
	lon: number;
	kind: 'sea' | 'occupied';
}

export const seaLabels: MapLabel[] = [
	{ name: 'Black Sea', lat: 43.2, lon: 34.6, kind: 'sea' },
	{ name: 'Sea of Azov', lat: 46.15, lon: 36.75, kind: 'sea' },
	{ name: 'Baltic Sea', lat: 56.2, lon: 19.2, kind: 'sea' },
	{ name: 'Occupied Crimea', lat: 44.95, lon: 34.0, kind: 'occupied' },
	{ name: 'Occupied Donbas', lat: 48.55, lon: 39.15, kind: 'occupied' },
	{ name: 'Transnistria', lat: 47.6, lon: 29.2, kind: 'occupied' }
];

/** An estimator's name for a one-line label: its `short_name` (data/estimators.yaml), else its
 *  name up to the first comma, bracket or slash, cut at 22 characters. */
export function shortEstimator(name: string, shortName?: string): string {
	if (shortName) return shortName;
	const base = name.split(/[,(/]/)[0].trim() || name;
	return base.length > 22 ? base.slice(0, 21).trimEnd() + '…' : base;
}

const shortMetrics: Record<string, string> = {
	btgs: 'BTGs',
	exercise_troops: 'troops (exercise)',
	armoured_vehicles: 'armoured veh.',
	missile_systems: 'missile systems',
	landing_ships: 'landing ships'
};

/** A metric in a few words, for the map labels. */
export function shortMetric(metric: string, label: string): string {
	return shortMetrics[metric] ?? label;
}

/** Kinds that are not a plain estimate say so on the label. */
export const kindWords: Record<string, string> = { projection: 'projection', plan: 'plan', claim: 'claim', exercise: 'exercise', announcement: 'announced' };

/** Reports older than this (days) are drawn lighter and labelled only where there is room. */
export const STALE_DAYS = 90;

/** Where a label sits relative to its symbol's centre (px), its width, and whether it faces west. */
export interface LabelSpot {
	x: number;
	y: number;
	w: number;
	west: boolean;
	/** One line only (narrow maps): the date and age stay for assistive technology and the panel. */
	compact: boolean;
}

/** The text of a figure's map label: "over 100,000" "troops · Pentagon" / "10 Feb 2022 · 14 days old". */
export function labelText(
	f: Pick<MapFigure, 'value' | 'low' | 'high' | 'qualifier' | 'metric' | 'kind' | 'date_start' | 'date_end'>,
	date: IsoDate,
	estimatorShort: string
): { value: string; rest: string; meta: string } {
	const kind = kindWords[f.kind];
	return {
		value: formatFigureValue(f),
		rest: `${shortMetric(f.metric, metricLabel(f.metric, f.value ?? 2))} · ${estimatorShort}`,
		meta: `${kind ? `${kind} · ` : ''}${formatInterval(f.date_start, f.date_end)} · ${formatAge(f.date_start, date)}`
	};
}
