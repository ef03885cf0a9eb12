// The map page's data: the server's (inlined at prerender: the slice, without excerpts) plus the
// excerpts it renders. At prerender that is every excerpt (from the dataset, in this
// module's server build only; a universal load's result is not serialised into the page); in the
// browser it is the excerpts the prerendered markup shows, read back before hydration, and the
// page fetches /map/excerpts.json when a reader needs another one. And the small multiples' static
// markup ($lib/map/multiplesHtml) and the fronts' outlines ($lib/map/frontsData), not serialised either.
import { readShownExcerpts } from '$lib/map/excerpts.svelte';
import { multiplesHtml } from '$lib/map/multiplesHtml';
import { frontsForPage } from '$lib/map/frontsData';
import type { MapExcerpts } from '$lib/map/types';
import type { PageLoad } from './$types';

export const load: PageLoad = async ({ data, fetch }) => {
	let excerpts: MapExcerpts;
	let complete = false;
	if (import.meta.env.SSR) {
		const [{ dataset }, { mapExcerpts }] = await Promise.all([import('$lib/generated/dataset'), import('$lib/map/select')]);
		excerpts = mapExcerpts(dataset);
		complete = true;
	} else excerpts = readShownExcerpts(document);
	const [html, fronts] = await Promise.all([multiplesHtml(fetch), frontsForPage(fetch)]);
	return { ...data, fronts, excerpts, excerptsComplete: complete, multiplesHtml: html };
};
