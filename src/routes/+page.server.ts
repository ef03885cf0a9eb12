// Build-time only: the overview's headline figures and the small map of the fronts, from the
// dataset (prerendered into the page). The troop chart's slice comes from ./+page.ts.
import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import type { Topology } from 'topojson-specification';
import { dataset } from '$lib/generated/dataset';
import { mapSlice } from '$lib/map/select';
import { selectHeadlines } from '$lib/overview/headlines';
import { buildMiniMap } from '$lib/overview/miniMap';
import { miniMapDates } from '$lib/overview/dates';
import type { PageServerLoad } from './$types';

export const load: PageServerLoad = () => {
	const topology = JSON.parse(readFileSync(resolve('static/geo/basemap.topo.json'), 'utf8')) as Topology;
	return {
		headlines: selectHeadlines(dataset),
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
