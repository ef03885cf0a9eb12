// Build-time only: the map's slice of the dataset (prerendered into the page's data).
import { dataset } from '$lib/generated/dataset';
import { mapSlice } from '$lib/map/select';
import type { PageServerLoad } from './$types';

export const load: PageServerLoad = () => ({ slice: mapSlice(dataset) });
