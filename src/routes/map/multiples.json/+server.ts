import { json } from '@sveltejs/kit';
import { BASE_TOKEN } from '$lib/map/multiplesHtml';
import { smallMultiplesMarkup } from '$lib/map/multiplesMarkup';

export const prerender = true;

/** /map/multiples.json — `{ html }`, the small multiples' static markup, for a page reached by client-side navigation. */
export function GET(): Response {
	return json({ html: smallMultiplesMarkup(BASE_TOKEN) });
}
