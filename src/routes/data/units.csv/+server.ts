import { csvContentType, unitsCsv } from '$lib/data/csv';
import { dataset } from '$lib/generated/dataset';

export const prerender = true;

/** /data/units.csv — every unit movement of the dataset (columns: see `unitColumns` in $lib/data/csv). */
export function GET(): Response {
	return new Response(unitsCsv(dataset.units, dataset), { headers: { 'content-type': csvContentType } });
}
