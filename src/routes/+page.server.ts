// Build-time only: the overview's headline figures and the troop-estimates chart's slice, from the
// dataset (prerendered into the page). The small multiples are static markup (+page.ts).
import { dataset } from '$lib/generated/dataset';
import { chartSlice } from '$lib/charts/slices';
import { selectHeadlines } from '$lib/overview/headlines';
import type { PageServerLoad } from './$types';

export const load: PageServerLoad = () => {
	return {
		headlines: selectHeadlines(dataset),
		troops: chartSlice(dataset, 'troops'),
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
