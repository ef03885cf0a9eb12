/**
 * Build time: the basemap as SVG in the map's frame ($lib/map/frame), from the committed
 * TopoJSON. One file (`/map/basemap.svg`, an image every map on the site shares and the browser
 * caches; it follows light/dark mode itself), plus the outlines of the fronts that the data layer
 * tints. Coordinates are rounded to whole design units (≈ 2.5 km) and points that round onto the
 * previous one are dropped: finer detail does not show at the map's zoom range.
 */
import { geoMercator, geoPath, type GeoPermissibleObjects } from 'd3-geo';
import { feature, merge } from 'topojson-client';
import type { GeometryCollection, Topology } from 'topojson-specification';
import type { Feature, FeatureCollection, Geometry } from 'geojson';
import { H, W, mercatorParameters } from '../frame';
import type { MapFront } from '../scene/types';

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

function makePath() {
	const projection = geoMercator()
		.scale(mercatorParameters.scale)
		.translate(mercatorParameters.translate)
		.precision(0)
		.clipExtent([
			[-4, -4],
			[W + 4, H + 4]
		]);
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

const style = `
.sea{fill:#dde7ee}.land{fill:#f3f1eb;stroke:#a3a9b1;stroke-width:.7;stroke-linejoin:round}
.ua{fill:#fff;stroke:#6b7280;stroke-width:1.1}.adm{fill:none;stroke:#d3d5d9;stroke-width:.5}
.occ{fill:url(#h);stroke:#b44b2a;stroke-width:.8;stroke-dasharray:3 2}.tn{fill:url(#t);stroke:#9ba2ab;stroke-width:.6}
.hl{stroke:#b44b2a;stroke-opacity:.45}.tnb{fill:#f3f1eb}.tl{stroke:#9ba2ab;stroke-opacity:.6}.hb{fill:#fff}
@media (prefers-color-scheme:dark){.sea{fill:#101820}.land{fill:#22262d;stroke:#59606b}.ua{fill:#2d323a;stroke:#8a919c}
.adm{stroke:#363c45}.occ{stroke:#e07a55}.hl{stroke:#e07a55}.hb{fill:#2d323a}.tnb{fill:#22262d}}`;

/** The basemap image: sea, countries, oblast lines (Ukraine, Belarus, Russia's border oblasts), occupied areas hatched. */
export function basemapSvg(topology: Topology): string {
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
	return (
		`<svg xmlns="http://www.w3.org/2000/svg" viewBox="0 0 ${W} ${H}" width="${W}" height="${H}">` +
		`<style>${style.trim()}</style>` +
		`<defs><pattern id="h" width="6" height="6" patternUnits="userSpaceOnUse" patternTransform="rotate(45)"><rect class="hb" width="6" height="6"/><path class="hl" d="M0,0v6" stroke-width="1.6"/></pattern>` +
		`<pattern id="t" width="6" height="6" patternUnits="userSpaceOnUse" patternTransform="rotate(-45)"><rect class="tnb" width="6" height="6"/><path class="tl" d="M0,0v6" stroke-width="1.2"/></pattern></defs>` +
		`<rect class="sea" width="${W}" height="${H}"/>` +
		`<path class="land" d="${many(others)}"/>` +
		`<path class="land ua" d="${path(ukraine)}"/>` +
		`<path class="adm" d="${many(lines)}"/>` +
		`<path class="occ" d="${many(occupied.features)}"/>` +
		`<path class="tn" d="${many(transnistria.features)}"/>` +
		`</svg>`
	);
}
