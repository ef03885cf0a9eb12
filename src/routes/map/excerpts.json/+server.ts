import { json } from '@sveltejs/kit';
import { dataset } from '$lib/generated/dataset';
import { mapExcerpts } from '$lib/map/select';

export const prerender = true;

/** /map/excerpts.json — every map record's verbatim excerpt by id, fetched by the map page when a reader needs one. */
export function GET(): Response {
	return json(mapExcerpts(dataset));
}
