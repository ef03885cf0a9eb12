// The charts' data slices exist only while prerendering: the server draws every chart from them,
// and the browser, which leaves the prerendered charts as they are until each is woken, fetches a
// chart's slice (/charts/<id>/data.json) when it needs it. A universal load (not a server one)
// so that the slices are not inlined into the page a second time.
import type { ChartData, ChartId } from '$lib/charts/types';
import type { PageLoad } from './$types';

export const prerender = true;

export const load: PageLoad = async () => {
	let slices: Record<ChartId, ChartData> | null = null;
	if (import.meta.env.SSR) {
		const [{ allChartSlices }, { dataset }] = await Promise.all([import('$lib/charts/slices'), import('$lib/generated/dataset')]);
		slices = allChartSlices(dataset);
	}
	return { slices };
};
