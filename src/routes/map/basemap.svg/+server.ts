// The map's basemap as one SVG image, drawn at build time in the map's frame (see $lib/map/basemap/build).
import { basemapSvg } from '$lib/map/basemap/build';
import { basemapTopology } from '$lib/map/basemap/topology.server';

export const prerender = true;

export function GET() {
	return new Response(basemapSvg(basemapTopology()), { headers: { 'content-type': 'image/svg+xml' } });
}
