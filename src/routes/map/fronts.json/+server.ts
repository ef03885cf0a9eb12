import { json } from '@sveltejs/kit';
import { prerenderedFronts } from '$lib/map/frontsMarkup';

export const prerender = true;

/** /map/fronts.json — the fronts' outlines in the map's frame, for the map page reached by client-side navigation. */
export function GET(): Response {
	return json(prerenderedFronts());
}
