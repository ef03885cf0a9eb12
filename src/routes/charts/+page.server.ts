import { dataset } from '$lib/generated/dataset';
import { allChartSlices } from '$lib/charts/slices';

export const prerender = true;

export function load() {
	return { slices: allChartSlices(dataset) };
}
