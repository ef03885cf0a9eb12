// The map page's data: the server's (inlined at prerender: dates, months, key events) plus the
// static markup of the default date's map and list ($lib/map/stageMarkup, rendered in the server
// build only; in the browser read back from the page before hydration, so it is never serialised),
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

export const load: PageLoad = async ({ data, fetch }) => {
	let stage: StaticStage | null = null;
	if (import.meta.env.SSR) stage = (await import('$lib/map/stageMarkup')).stageMarkup(sourceHref);
	else {
		const shown = document.querySelector('[data-static-stage]')?.innerHTML.trim();
		const known = document.querySelector('[data-static-known]')?.innerHTML.trim();
		if (shown && known) stage = { stage: shown, known };
	}
	const [html, fronts] = await Promise.all([multiplesHtml(fetch), frontsForPage(fetch)]);
	return { ...data, stage, fronts, multiplesHtml: html };
};
