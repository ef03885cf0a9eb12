// The map page's data: the server's (inlined at prerender: dates, months, key events) plus the
// static markup of the default date's map and list ($lib/map/stageMarkup, rendered in the server
// build only; in the browser only noted as there (ON_PAGE), so it is never serialised),
// the small multiples' markup ($lib/map/multiplesHtml) and the fronts' outlines ($lib/map/frontsData).
// A page reached by client-side navigation has no static markup: it shows the live map at once.
import { sourceHref } from '$lib/map/links';
import { multiplesHtml } from '$lib/map/multiplesHtml';
import { frontsForPage } from '$lib/map/frontsData';
import type { PageLoad } from './$types';

export interface StaticStage {
	stage: string;
	known: string;
}

/**
 * Stands for static markup that is already in the page. Svelte 5 hydrates an {@html} block by
 * claiming the prerendered nodes up to its end marker, without comparing them with the string
 * (production builds; dev only warns), and the page shows the block until the live map replaces
 * it, never again. So the browser passes this marker instead of reading the markup back:
 * serialising its ~1,500 elements with innerHTML cost 14–35 ms of the hydration task.
 */
const ON_PAGE = ' ';
/** Only the document's first load can hydrate the served markup; a later one (client-side navigation) shows the live map. */
let hydration = true;
const onPage = (selector: string): boolean => document.querySelector(selector)?.firstElementChild != null;

export const load: PageLoad = async ({ data, fetch }) => {
	let stage: StaticStage | null = null;
	if (import.meta.env.SSR) stage = (await import('$lib/map/stageMarkup')).stageMarkup(sourceHref);
	else if (hydration) {
		hydration = false;
		if (onPage('[data-static-stage]') && onPage('[data-static-known]')) stage = { stage: ON_PAGE, known: ON_PAGE };
	}
	const [html, fronts] = await Promise.all([multiplesHtml(fetch), frontsForPage(fetch)]);
	return { ...data, stage, fronts, multiplesHtml: html };
};
