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
