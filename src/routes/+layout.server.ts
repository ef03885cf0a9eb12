import { dataset } from '$lib/generated/dataset';
import { sourceCredits } from '$lib/site';

/** Every page's footer credits every source of the dataset (not a fixed list). */
export function load() {
	return { sourceCredits: sourceCredits(dataset.sources) };
}
