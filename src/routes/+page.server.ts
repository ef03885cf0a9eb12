// Build-time only: the overview's headline figures and the six small maps of the fronts, from the
// dataset (prerendered into the page). The troop chart's slice comes from ./+page.ts.
import { dataset } from '$lib/generated/dataset';
import { mapSlice } from '$lib/map/select';
import { selectHeadlines } from '$lib/overview/headlines';
import { frontShapes } from '$lib/map/basemap/build';
import { basemapTopology } from '$lib/map/basemap/topology.server';
import { createScene } from '$lib/map/scene';
import { miniFrames } from '$lib/map/multiples';
import { keyDates } from '$lib/overview/dates';
import type { PageServerLoad } from './$types';

export const load: PageServerLoad = () => {
	const slice = mapSlice(dataset);
	return {
		headlines: selectHeadlines(dataset),
		multiples: miniFrames(createScene(slice), keyDates, slice.estimatorsShort),
		fronts: frontShapes(basemapTopology()),
		counts: {
			figures: dataset.figures.length,
			units: dataset.units.length,
			events: dataset.events.length,
			places: dataset.places.length
		},
		estimators: Object.fromEntries(dataset.estimators.map((e) => [e.id, e.name])),
		version: dataset.version
	};
};
