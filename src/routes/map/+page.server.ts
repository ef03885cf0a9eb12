// Build-time only: the map's slice of the dataset and the fronts' outlines in the map's frame
// (prerendered into the page; the basemap itself is the image /map/basemap.svg).
import { dataset } from '$lib/generated/dataset';
import { mapSlice } from '$lib/map/select';
import { frontShapes } from '$lib/map/basemap/build';
import { basemapTopology } from '$lib/map/basemap/topology.server';
import { createScene } from '$lib/map/scene';
import { miniFrames } from '$lib/map/multiples';
import { keyDates } from '$lib/overview/dates';
import type { PageServerLoad } from './$types';

export const load: PageServerLoad = () => {
	const slice = mapSlice(dataset);
	return { slice, fronts: frontShapes(basemapTopology()), multiples: miniFrames(createScene(slice), keyDates, slice.estimatorsShort) };
};
