// The invasion's area (Ukraine, tinted and outlined) as one SVG image in the map's frame, drawn at
// build time (see $lib/map/basemap/build); the map shows it from 24 February 2022.
import { invasionSvg } from '$lib/map/basemap/build';
import { basemapTopology } from '$lib/map/basemap/topology.server';

export const prerender = true;

export function GET() {
	return new Response(invasionSvg(basemapTopology()), { headers: { 'content-type': 'image/svg+xml' } });
}
