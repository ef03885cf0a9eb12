// Build-time only: the map's slice of the dataset, without excerpts (prerendered into the page).
// The fronts' outlines, the excerpts and the small multiples come from +page.ts, not serialised;
// the basemap itself is the image /map/basemap.svg.
import { dataset } from '$lib/generated/dataset';
import { mapSlice } from '$lib/map/select';
import type { PageServerLoad } from './$types';

export const load: PageServerLoad = () => {
	return { slice: mapSlice(dataset) };
};
