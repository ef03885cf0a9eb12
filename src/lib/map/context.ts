/**
 * How map layers find their map: LeafletMap sets this context; a layer component calls
 * `useMap()` and gets the Leaflet module and map (null until the map exists, in the browser).
 * A layer outside a LeafletMap fails with a clear error.
 */
import { createContext } from 'svelte';
import type * as Leaflet from 'leaflet';

export interface MapContext {
	readonly L: typeof Leaflet | null;
	readonly map: Leaflet.Map | null;
}

const [getContext, setContext, hasContext] = createContext<MapContext>();

export const setMapContext = setContext;

export function useMap(): MapContext {
	if (!hasContext()) throw new Error('A map layer must be placed inside <LeafletMap>.');
	return getContext();
}

/** Text content as an element, for Leaflet tooltips/icons (never an HTML string of data). */
export function textElement(tag: string, text: string, className = ''): HTMLElement {
	const el = document.createElement(tag);
	el.textContent = text;
	if (className) el.className = className;
	return el;
}
