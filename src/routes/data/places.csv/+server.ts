import { csvContentType, placesCsv } from '$lib/data/csv';
import { dataset } from '$lib/generated/dataset';

export const prerender = true;

/** /data/places.csv — every place of the dataset (columns: see `placeColumns` in $lib/data/csv). */
export function GET(): Response {
	return new Response(placesCsv(dataset.places, dataset), { headers: { 'content-type': csvContentType } });
}
