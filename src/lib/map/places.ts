/**
 * Names the basemap image does not carry (text stays sharp and the same size at every zoom, so it
 * is drawn in the data layer): countries, seas, the occupied areas and the fronts' names.
 */
import type { MapFront } from './scene/types';

export interface MapLabel {
	text: string;
	lat: number;
	lon: number;
	kind: 'country' | 'ukraine' | 'sea' | 'occupied' | 'front';
	/** The front this label names (its status line says when nothing was reported there). */
	front?: MapFront;
}

export const mapLabels: MapLabel[] = [
	{ text: 'UKRAINE', lat: 49.35, lon: 30.9, kind: 'ukraine' },
	{ text: 'BELARUS', lat: 55.15, lon: 28.4, kind: 'front', front: 'north' },
	{ text: 'RUSSIA', lat: 54.6, lon: 41.5, kind: 'country' },
	{ text: 'POLAND', lat: 52.9, lon: 18.2, kind: 'country' },
	{ text: 'ROMANIA', lat: 45.3, lon: 24.2, kind: 'country' },
	{ text: 'MOLDOVA', lat: 47.75, lon: 27.6, kind: 'country' },
	{ text: 'TURKEY', lat: 40.65, lon: 33.0, kind: 'country' },
	{ text: 'Black Sea', lat: 43.25, lon: 31.4, kind: 'sea', front: 'sea' },
	{ text: 'Sea of Azov', lat: 46.2, lon: 36.55, kind: 'sea' },
	{ text: 'Occupied Crimea', lat: 44.75, lon: 34.3, kind: 'occupied', front: 'south' },
	{ text: 'Occupied Donbas', lat: 47.75, lon: 39.3, kind: 'occupied', front: 'donbas' },
	{ text: 'Russian border oblasts', lat: 53.05, lon: 40.6, kind: 'front', front: 'east' },
	{ text: "NATO's eastern flank", lat: 54.85, lon: 22.6, kind: 'front', front: 'nato_east' }
];
