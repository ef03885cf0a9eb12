/**
 * Build time: the basemap as SVG in the map's frame ($lib/map/frame), from the committed
 * TopoJSON, with the sea front's band and the invasion's area (frameLayers): inlined in the map
 * page's static markup, and as images the browser caches (`/map/basemap.svg`, shared by every map
 * on the site, and the two others; they follow light/dark mode themselves). Plus the outlines of
 * the fronts that the data layer tints. Coordinates are rounded to whole design units (≈ 2.5 km) and points that round onto the
 * previous one are dropped: finer detail does not show at the map's zoom range.
 */
import { geoMercator, geoPath, type GeoPermissibleObjects } from 'd3-geo';
import { feature, merge } from 'topojson-client';
import type { GeometryCollection, Topology } from 'topojson-specification';
import type { Feature, FeatureCollection, Geometry } from 'geojson';
import { H, W, mercatorParameters, project } from '../frame';
import type { MapFront } from '../scene/types';
import layersCss from './layers.css?raw';
import { layerClass } from '../layerImages';

type Props = { id?: string; name?: string; country?: string };

/** Rounds an SVG path to whole units and drops repeated points and rings of fewer than 3 points. */
export function roundPath(d: string): string {
	const out: string[] = [];
	for (const ring of d.split('M').filter(Boolean)) {
		const closed = ring.endsWith('Z');
		const kept: [number, number][] = [];
		for (const pair of (closed ? ring.slice(0, -1) : ring).split('L')) {
			const [x, y] = pair.split(',').map((n) => Math.round(Number(n)));
			const last = kept[kept.length - 1];
			if (!last || last[0] !== x || last[1] !== y) kept.push([x, y]);
		}
		if (kept.length < (closed ? 3 : 2)) continue;
		out.push(`M${kept.map(([x, y], i) => (i === 0 ? `${x},${y}` : relative(kept[i - 1], [x, y]))).join('')}${closed ? 'Z' : ''}`);
	}
	return out.join('');
}

/** A short relative segment ("l3-2"), or an absolute one when that is shorter. */
function relative([x0, y0]: [number, number], [x, y]: [number, number]): string {
	const rel = `l${x - x0}${y - y0 < 0 ? '' : ','}${y - y0}`;
	const abs = `L${x},${y}`;
	return rel.length <= abs.length ? rel : abs;
}

function makePath(extent: [[number, number], [number, number]] = [[-4, -4], [W + 4, H + 4]]) {
	const projection = geoMercator().scale(mercatorParameters.scale).translate(mercatorParameters.translate).precision(0).clipExtent(extent);
	const path = geoPath(projection);
	return (object: GeoPermissibleObjects) => roundPath(path(object) ?? '');
}

function layer(topology: Topology, name: string): FeatureCollection<Geometry, Props> {
	const object = topology.objects[name] as GeometryCollection<Props> | undefined;
	if (!object) throw new Error(`basemap: no object "${name}" in the TopoJSON`);
	return feature(topology, object) as FeatureCollection<Geometry, Props>;
}

/** Russia's oblasts on Ukraine's border that make the "east" front. */
export const eastOblasts = ['ru-bry', 'ru-krs', 'ru-bel', 'ru-vor', 'ru-ros'];
/** NATO's eastern members in the frame. */
const natoEast = ['pol', 'ltu', 'lva', 'est', 'svk', 'hun', 'rou', 'bgr'];

export interface FrontShape {
	id: MapFront;
	d: string;
}

/**
 * The sea front's area: the Black Sea and the Sea of Azov north of 43° N, between 27° and 42.5° E
 * (the box the front's figures and ships are reported in), less the land — drawn from the
 * basemap's own coastline, so it meets the land exactly. South of 43° N it ends in a straight line:
 * the sources speak of the Black Sea, not of a line in it. Not one of frontShapes (the page would
 * carry its outline three times): the map shows it as an image, /map/sea-front.svg.
 */
export const seaBox = { south: 43, north: 47.6, west: 27, east: 42.5 };

export function seaShape(topology: Topology): FrontShape {
	const [x0, y0] = project(seaBox.north, seaBox.west);
	const [x1, y1] = project(seaBox.south, seaBox.east);
	const clipped = makePath([
		[x0, y0],
		[x1, y1]
	]);
	const countries = topology.objects.countries as GeometryCollection<Props>;
	const land = clipped(merge(topology, countries.geometries as Parameters<typeof merge>[1]));
	// The box is wound against the land's outer rings, so with the default (nonzero) fill rule the
	// land is a hole: every renderer of the fronts (the map, the small multiples) draws it as is.
	const clockwise = ringArea(land) > 0;
	const corners = clockwise ? [[x0, y0], [x0, y1], [x1, y1], [x1, y0]] : [[x0, y0], [x1, y0], [x1, y1], [x0, y1]];
	const box = roundPath(`M${corners.map(([x, y]) => `${x},${y}`).join('L')}Z`);
	return { id: 'sea', d: box + land };
}

/**
 * The sea front's tint as one SVG image in the map's frame (shown while the front is active): the
 * page carries no copy of its outline. Russia's accent (the site's --russia, light and dark), no
 * stroke: the band's straight edges are no coastline.
 */
export function seaFrontSvg(topology: Topology): string {
	return standalone(frameLayers(topology).sea);
}

/** Signed area (shoelace, screen coordinates) of the largest ring of a rounded path: > 0 clockwise on screen. */
export function ringArea(d: string): number {
	let best = 0;
	for (const ring of pathRings(d)) {
		let a = 0;
		for (let i = 0; i < ring.length; i++) {
			const [x1, y1] = ring[i];
			const [x2, y2] = ring[(i + 1) % ring.length];
			a += x1 * y2 - x2 * y1;
		}
		if (Math.abs(a / 2) > Math.abs(best)) best = a / 2;
	}
	return best;
}

/** The rings of a path in roundPath's form (M, l/L, Z), as absolute points. */
export function pathRings(d: string): [number, number][][] {
	return d
		.split('M')
		.filter(Boolean)
		.map((ring) => {
			const points: [number, number][] = [];
			for (const m of ring.replace(/Z$/, '').matchAll(/([lL]?)(-?[\d.]+)[, ]?(-?[\d.]+)/g)) {
				const [x, y] = [Number(m[2]), Number(m[3])];
				const last = points[points.length - 1];
				points.push(m[1] === 'l' && last ? [last[0] + x, last[1] + y] : [x, y]);
			}
			return points;
		});
}

/** The outlines of the fronts (one path each), for the data layer's tints. */
export function frontShapes(topology: Topology): FrontShape[] {
	const path = makePath();
	const countries = topology.objects.countries as GeometryCollection<Props>;
	const admin1 = topology.objects.admin1 as GeometryCollection<Props>;
	const occupied = layer(topology, 'occupied');
	const byId = (id: string) => occupied.features.find((f) => f.properties.id === id);
	const pick = (c: GeometryCollection<Props>, ids: string[]) =>
		c.geometries.filter((g) => ids.includes((g.properties as Props | undefined)?.id ?? '')) as Parameters<typeof merge>[1];
	const shapes: [MapFront, GeoPermissibleObjects | undefined][] = [
		['north', merge(topology, pick(countries, ['blr']))],
		['east', merge(topology, pick(admin1, eastOblasts))],
		['donbas', byId('donbas')],
		['south', byId('crimea')],
		['nato_east', merge(topology, pick(countries, natoEast))]
	];
	return shapes.filter((s): s is [MapFront, GeoPermissibleObjects] => !!s[1]).map(([id, geometry]) => ({ id, d: path(geometry) }));
}

/**
 * The map's three drawn layers as inline `<svg>` elements in the frame, for the map page's static
 * markup (stageMarkup.ts): the basemap (sea, countries, oblast lines of Ukraine, Belarus and
 * Russia's border oblasts, occupied areas hatched), the sea front's band and the invasion's area.
 * Their rules are ./layers.css, part of the map's stylesheet, so the inline layers follow light
 * and dark mode like the page; ids are prefixed (`bm-`) so they cannot clash with the page's.
 */
export interface FrameLayers {
	basemap: string;
	sea: string;
	invasion: string;
}

const layerSvg = (cls: string, inner: string) =>
	`<svg class="frame-layer bm ${cls}" viewBox="0 0 ${W} ${H}" width="${W}" height="${H}" aria-hidden="true" focusable="false">${inner}</svg>`;

const memo = new WeakMap<Topology, FrameLayers>();

export function frameLayers(topology: Topology): FrameLayers {
	const known = memo.get(topology);
	if (known) return known;
	const path = makePath();
	const countries = layer(topology, 'countries');
	const admin1 = layer(topology, 'admin1');
	const ukraine = countries.features.find((f) => f.properties.id === 'ukr');
	if (!ukraine) throw new Error('basemap: no feature with id "ukr" in objects.countries');
	const others = countries.features.filter((f) => f !== ukraine);
	const lines = admin1.features.filter((f) => f.properties.country === 'ukr' || f.properties.country === 'blr' || eastOblasts.includes(f.properties.id ?? ''));
	const many = (fs: Feature<Geometry, Props>[]) => path({ type: 'FeatureCollection', features: fs } as FeatureCollection);
	const occupied = layer(topology, 'occupied');
	const transnistria = layer(topology, 'transnistria');
	const ukrainePath = path(ukraine);
	const layers: FrameLayers = {
		basemap: layerSvg(
			layerClass.basemap,
			`<defs><pattern id="bm-h" width="6" height="6" patternUnits="userSpaceOnUse" patternTransform="rotate(45)"><rect class="hb" width="6" height="6"/><path class="hl" d="M0,0v6" stroke-width="1.6"/></pattern>` +
				`<pattern id="bm-t" width="6" height="6" patternUnits="userSpaceOnUse" patternTransform="rotate(-45)"><rect class="tnb" width="6" height="6"/><path class="tl" d="M0,0v6" stroke-width="1.2"/></pattern></defs>` +
				`<rect class="sea" width="${W}" height="${H}"/>` +
				`<path class="land" d="${many(others)}"/>` +
				`<path class="land ua" d="${ukrainePath}"/>` +
				`<path class="adm" d="${many(lines)}"/>` +
				`<path class="occ" d="${many(occupied.features)}"/>` +
				`<path class="tn" d="${many(transnistria.features)}"/>`
		),
		sea: layerSvg(layerClass.sea, `<path d="${seaShape(topology).d}"/>`),
		invasion: layerSvg(layerClass.invasion, `<path d="${ukrainePath}"/>`)
	};
	memo.set(topology, layers);
	return layers;
}

/** layers.css as one line, for a standalone image's <style>. */
const imageStyle = layersCss
	.replace(/\/\*[\s\S]*?\*\//g, '')
	.replace(/\s+/g, ' ')
	.replace(/\s*([{};:,])\s*/g, '$1')
	.trim();

/** An inline layer as a standalone SVG image (its own namespace and the layers' rules). */
function standalone(inline: string): string {
	return inline.replace(/^<svg class="frame-layer /, '<svg xmlns="http://www.w3.org/2000/svg" class="').replace(/ aria-hidden="true" focusable="false">/, `><style>${imageStyle}</style>`);
}

/** The basemap image (/map/basemap.svg): what the live map, the small multiples and Leaflet show. */
export function basemapSvg(topology: Topology): string {
	return standalone(frameLayers(topology).basemap);
}

/** The invasion's area from 24 February 2022 (/map/invasion.svg): Ukraine tinted and outlined in Russia's accent, over the basemap. */
export function invasionSvg(topology: Topology): string {
	return standalone(frameLayers(topology).invasion);
}
