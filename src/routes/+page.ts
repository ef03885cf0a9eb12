// The overview's data: the server's (inlined at prerender) plus the small multiples' static
// markup, which is not serialised into the page (see $lib/map/multiplesHtml).
import { multiplesHtml } from '$lib/map/multiplesHtml';
import type { PageLoad } from './$types';

export const load: PageLoad = async ({ data, fetch }) => ({ ...data, multiplesHtml: await multiplesHtml(fetch) });
