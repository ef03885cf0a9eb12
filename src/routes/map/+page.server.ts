// Build-time only: the map's slice of the dataset (without excerpts: /map/excerpts.json) and the
// fronts' outlines in the map's frame (prerendered into the page; the basemap itself is the image
// /map/basemap.svg; the small multiples are static markup, +page.ts).
import { dataset } from '$lib/generated/dataset';
import { mapSlice } from '$lib/map/select';
import { frontShapes } from '$lib/map/basemap/build';
import { basemapTopology } from '$lib/map/basemap/topology.server';
import type { PageServerLoad } from './$types';

export const load: PageServerLoad = () => {
	return { slice: mapSlice(dataset), fronts: frontShapes(basemapTopology()) };
};
