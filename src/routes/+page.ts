// The overview's troop chart is a lazy chart: its data slice exists only while prerendering (the
// browser fetches /charts/troops/data.json when the chart is woken), so that it is not inlined
// into the page a second time. Everything else comes from ./+page.server.ts.
import type { ChartData } from '$lib/charts/types';
import type { PageLoad } from './$types';

export const load: PageLoad = async ({ data }) => {
	let troops: ChartData | null = null;
	if (import.meta.env.SSR) {
		const [{ chartSlice }, { dataset }] = await Promise.all([import('$lib/charts/slices'), import('$lib/generated/dataset')]);
		troops = chartSlice(dataset, 'troops');
	}
	return { ...data, troops };
};
