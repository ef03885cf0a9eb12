/**
 * The map's frame: one spherical Mercator (the same as Leaflet's EPSG:3857) in "design units", a
 * W × H rectangle that holds every view of the map. The box on the page shows it the way SVG's
 * `preserveAspectRatio="xMidYMid slice"` would: scaled by k = max(w/W, h/H) px per unit and
 * centred, so a wide box (desktop, 3:2) shows all of its width and a narrow one (phone, 0.92:1) all
 * of its height. Either way the core — Belarus, Russia's border oblasts, occupied Crimea and
 * Donbas, the Black Sea — is in view. The same rule is written in CSS (map.css: --k, --ox, --oy),
 * so the prerendered map is right before any script runs; `viewFor` is its twin for the scripts.
 * Pure; tested in node.
 */

export const W = 960;
export const H = 720;

const RAD = Math.PI / 180;
/** Centre of the frame: longitude (°E) and Mercator ψ = ln tan(π/4 + φ/2). */
const CENTRE_LON = 31.65;
const CENTRE_PSI = 0.988;
/** Design units per radian: the frame is 0.48 rad of ψ tall. */
export const SCALE = H / 0.48;
const TX = W / 2 - SCALE * CENTRE_LON * RAD;
const TY = H / 2 + SCALE * CENTRE_PSI;

export type LatLon = [lat: number, lon: number];
export type Point = [x: number, y: number];

/** Design coordinates of a place. */
export function project(lat: number, lon: number): Point {
	const psi = Math.log(Math.tan(Math.PI / 4 + (lat * RAD) / 2));
	return [TX + SCALE * lon * RAD, TY - SCALE * psi];
}

/** The place at design coordinates. */
export function invert(x: number, y: number): LatLon {
	const lon = (x - TX) / SCALE / RAD;
	const psi = (TY - y) / SCALE;
	const lat = (2 * Math.atan(Math.exp(psi)) - Math.PI / 2) / RAD;
	return [lat, lon];
}

/** d3-geo's geoMercator with these parameters draws the same frame (build time). */
export const mercatorParameters = { scale: SCALE, translate: [TX, TY] as [number, number] };

/** How the box shows the frame: px = o + k · design. */
export interface View {
	/** Box size in px. */
	w: number;
	h: number;
	/** px per design unit. */
	k: number;
	ox: number;
	oy: number;
}

/** The default view of a box of w × h px (the CSS rule's twin). */
export function viewFor(w: number, h: number): View {
	const k = Math.max(w / W, h / H);
	return { w, h, k, ox: w / 2 - (W / 2) * k, oy: h / 2 - (H / 2) * k };
}

/** The view before anything is measured (the prerendered page): the frame at its own size. */
export const designView: View = { w: W, h: H, k: 1, ox: 0, oy: 0 };

/** The part of the frame a view shows, in design units: [x0, y0, x1, y1]. */
export function visibleRect(view: View): [number, number, number, number] {
	return [-view.ox / view.k, -view.oy / view.k, (view.w - view.ox) / view.k, (view.h - view.oy) / view.k];
}

/** True when a place is inside the frame (it can be drawn where it is). */
export function inFrame(lat: number, lon: number, margin = 0): boolean {
	const [x, y] = project(lat, lon);
	return x >= margin && x <= W - margin && y >= margin && y <= H - margin;
}

/**
 * Leaflet's zoom for a view: Leaflet draws 256 · 2^z px per 2π radians; the frame draws
 * SCALE · k px per radian.
 */
export function leafletZoom(k: number): number {
	return Math.log2((2 * Math.PI * SCALE * k) / 256);
}

/** px per design unit at a Leaflet zoom (leafletZoom's inverse). */
export function kOfZoom(zoom: number): number {
	return (256 * 2 ** zoom) / (2 * Math.PI * SCALE);
}

/** Where the segment from `inside` towards `outside` leaves the rectangle [x0, y0, x1, y1]. */
export function exitPoint(inside: Point, outside: Point, rect: [number, number, number, number]): Point {
	const [x0, y0, x1, y1] = rect;
	const dx = outside[0] - inside[0];
	const dy = outside[1] - inside[1];
	let t = 1;
	if (dx > 0) t = Math.min(t, (x1 - inside[0]) / dx);
	if (dx < 0) t = Math.min(t, (x0 - inside[0]) / dx);
	if (dy > 0) t = Math.min(t, (y1 - inside[1]) / dy);
	if (dy < 0) t = Math.min(t, (y0 - inside[1]) / dy);
	t = Math.max(0, t);
	return [inside[0] + dx * t, inside[1] + dy * t];
}
