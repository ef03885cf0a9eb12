/** Links from a mark to its entry on the Sources page (only once that page is built). */
import { resolve } from '$app/paths';
import { nav } from '$lib/site';

export const hasSourcesPage = nav.some((item) => item.href === '/sources');

/** `/sources#<id>`, or null while the Sources page does not exist. */
export function sourceEntryHref(id: string): string | null {
	return hasSourcesPage ? `${resolve('/sources' as '/')}#${id}` : null;
}

/** A chart's own page. */
export function chartHref(id: string): string {
	return resolve('/charts/[id]', { id });
}

/** A chart's data slice, as the lazy chart fetches it. */
export function chartDataHref(id: string): string {
	return resolve('/charts/[id]/data.json', { id });
}
