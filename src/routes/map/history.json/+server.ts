import { json } from '@sveltejs/kit';
import { dataset } from '$lib/generated/dataset';
import { mapSlice } from '$lib/map/select';
import { troopsHistory } from '$lib/map/history';

export const prerender = true;

/** /map/history.json — every estimate of Russia's troops around Ukraine, for the totals panel's time chart. */
export function GET(): Response {
	return json({ history: troopsHistory(mapSlice(dataset)) });
}
