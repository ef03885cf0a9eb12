// One chart's page. Its data slice exists only while prerendering (see ../+page.ts): the browser
// fetches /charts/<id>/data.json when the chart is woken.
import { error } from '@sveltejs/kit';
import { chartIds, type ChartData, type ChartId } from '$lib/charts/types';
import type { EntryGenerator, PageLoad } from './$types';

export const prerender = true;

export const entries: EntryGenerator = () => chartIds.map((id) => ({ id }));

export const load: PageLoad = async ({ params }) => {
	if (!(chartIds as readonly string[]).includes(params.id)) error(404, 'No such chart');
	const id = params.id as ChartId;
	let slice: ChartData | null = null;
	if (import.meta.env.SSR) {
		const [{ chartSlice }, { dataset }] = await Promise.all([import('$lib/charts/slices'), import('$lib/generated/dataset')]);
		slice = chartSlice(dataset, id);
	}
	return { id, slice };
};
