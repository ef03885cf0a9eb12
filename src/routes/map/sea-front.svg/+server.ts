// The sea front's tint (the Black Sea and the Sea of Azov north of 43° N) as one SVG image in the
// map's frame, drawn at build time (see $lib/map/basemap/build); shown while the front is active.
import { seaFrontSvg } from '$lib/map/basemap/build';
import { basemapTopology } from '$lib/map/basemap/topology.server';

export const prerender = true;

export function GET() {
	return new Response(seaFrontSvg(basemapTopology()), { headers: { 'content-type': 'image/svg+xml' } });
}
