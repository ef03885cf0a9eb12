import { csvContentType, eventsCsv } from '$lib/data/csv';
import { dataset } from '$lib/generated/dataset';

export const prerender = true;

/** /data/events.csv — every event of the dataset (columns: see `eventColumns` in $lib/data/csv). */
export function GET(): Response {
	return new Response(eventsCsv(dataset.events, dataset), { headers: { 'content-type': csvContentType } });
}
