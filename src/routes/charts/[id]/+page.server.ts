import { error } from '@sveltejs/kit';
import { dataset } from '$lib/generated/dataset';
import { chartSlice } from '$lib/charts/slices';
import { chartIds, type ChartId } from '$lib/charts/types';
import type { EntryGenerator } from './$types';

export const prerender = true;

export const entries: EntryGenerator = () => chartIds.map((id) => ({ id }));

export function load({ params }) {
	if (!(chartIds as readonly string[]).includes(params.id)) error(404, 'No such chart');
	const id = params.id as ChartId;
	return { id, slice: chartSlice(dataset, id) };
}
