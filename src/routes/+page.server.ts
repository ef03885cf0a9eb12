// Build-time only: the overview's headline figures, the troop-estimates chart's slice and the
// small map of the fronts, all from the dataset (prerendered into the page).
import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import type { Topology } from 'topojson-specification';
import { dataset } from '$lib/generated/dataset';
import { chartSlice } from '$lib/charts/slices';
import { mapSlice } from '$lib/map/select';
import { selectHeadlines } from '$lib/overview/headlines';
import { buildMiniMap } from '$lib/overview/miniMap';
import { miniMapDates } from '$lib/overview/dates';
import type { PageServerLoad } from './$types';

export const load: PageServerLoad = () => {
	const topology = JSON.parse(readFileSync(resolve('static/geo/basemap.topo.json'), 'utf8')) as Topology;
	return {
		headlines: selectHeadlines(dataset),
		troops: chartSlice(dataset, 'troops'),
		miniMap: buildMiniMap(topology, mapSlice(dataset), miniMapDates.map((d) => d.date)),
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
