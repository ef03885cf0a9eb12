// A chart's data slice as JSON, prerendered: what a lazy chart fetches when it comes to life
// (src/lib/charts/LazyChart.svelte), so that its page does not inline the records again.
import { error, json } from '@sveltejs/kit';
import { dataset } from '$lib/generated/dataset';
import { chartSlice } from '$lib/charts/slices';
import { chartIds, type ChartId } from '$lib/charts/types';
import type { EntryGenerator, RequestHandler } from './$types';

export const prerender = true;

export const entries: EntryGenerator = () => chartIds.map((id) => ({ id }));

export const GET: RequestHandler = ({ params }) => {
	if (!(chartIds as readonly string[]).includes(params.id)) error(404, 'No such chart');
	return json(chartSlice(dataset, params.id as ChartId));
};
