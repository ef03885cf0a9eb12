// Build-time only: the overview's headline figures, from the dataset (prerendered into the page).
// The troop chart's slice and the small multiples' static markup come from ./+page.ts.
import { dataset } from '$lib/generated/dataset';
import { selectHeadlines } from '$lib/overview/headlines';
import type { PageServerLoad } from './$types';

export const load: PageServerLoad = () => {
	return {
		headlines: selectHeadlines(dataset),
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
