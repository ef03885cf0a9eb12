/**
 * Leaflet, on demand: created over the prerendered map when the reader first pans or zooms, with
 * its view set so that its Mercator is exactly the frame's (zoomSnap 0; zoom = log2(2π·SCALE·k/256);
 * the same centre), so nothing moves when it takes over. From then on it only moves the view: every
 * move writes the frame's --k/--ox/--oy in px on the box (one style write, the layers follow), and
 * `onsettle` gets the view when a move ends (labels are placed again then).
 */
import type * as Leaflet from 'leaflet';
import { invert, kOfZoom, leafletZoom, type View } from './frame';

export interface Takeover {
	zoomBy(delta: number): void;
	reset(): void;
	destroy(): void;
}

export async function takeOver(node: HTMLElement, box: HTMLElement, start: View, onsettle: (view: View) => void): Promise<Takeover> {
	const [module] = await Promise.all([import('leaflet'), import('leaflet/dist/leaflet.css')]);
	const L = (module.default ?? module) as typeof Leaflet;
	const z0 = leafletZoom(start.k);
	const centre = () => invert((start.w / 2 - start.ox) / start.k, (start.h / 2 - start.oy) / start.k);
	const map = L.map(node, {
		zoomSnap: 0,
		zoomDelta: 0.5,
		wheelPxPerZoomLevel: 90,
		zoomAnimation: false,
		fadeAnimation: false,
		markerZoomAnimation: false,
		zoomControl: false,
		attributionControl: false,
		keyboard: true,
		minZoom: z0 - 0.5,
		maxZoom: z0 + 2,
		maxBounds: [
			[37, 6],
			[64, 56]
		],
		maxBoundsViscosity: 0.8
	});
	map.setView(centre(), z0, { animate: false });
	const origin = invert(0, 0);
	const viewOf = (): View => {
		const size = map.getSize();
		const k = kOfZoom(map.getZoom());
		const p = map.latLngToContainerPoint(origin);
		return { w: size.x, h: size.y, k, ox: p.x, oy: p.y };
	};
	const write = () => {
		const v = viewOf();
		box.style.setProperty('--k', `${v.k}px`);
		box.style.setProperty('--ox', `${v.ox}px`);
		box.style.setProperty('--oy', `${v.oy}px`);
	};
	write();
	map.on('move zoom resize', write);
	map.on('moveend zoomend', () => onsettle(viewOf()));
	onsettle(viewOf());
	return {
		zoomBy: (delta) => map.setZoom(map.getZoom() + delta),
		reset: () => map.setView(centre(), z0, { animate: false }),
		destroy: () => {
			map.remove();
			for (const name of ['--k', '--ox', '--oy']) box.style.removeProperty(name);
		}
	};
}
