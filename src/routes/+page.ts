// The overview's data besides the server's (./+page.server.ts, inlined at prerender):
// - the troop chart is a lazy chart: its slice exists only while prerendering (the browser fetches
//   /charts/troops/data.json when the chart is woken), so that it is not inlined a second time;
// - the small multiples are static markup, not serialised into the page (see $lib/map/multiplesHtml).
import type { ChartData } from '$lib/charts/types';
import { multiplesHtml } from '$lib/map/multiplesHtml';
import type { PageLoad } from './$types';

export const load: PageLoad = async ({ data, fetch }) => {
	let troops: ChartData | null = null;
	if (import.meta.env.SSR) {
		const [{ chartSlice }, { dataset }] = await Promise.all([import('$lib/charts/slices'), import('$lib/generated/dataset')]);
		troops = chartSlice(dataset, 'troops');
	}
	return { ...data, troops, multiplesHtml: await multiplesHtml(fetch) };
};
