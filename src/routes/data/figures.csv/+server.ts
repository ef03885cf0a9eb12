import { csvContentType, figuresCsv } from '$lib/data/csv';
import { dataset } from '$lib/generated/dataset';

export const prerender = true;

/** /data/figures.csv — every figure of the dataset (columns: see `figureColumns` in $lib/data/csv). */
export function GET(): Response {
	return new Response(figuresCsv(dataset.figures, dataset), { headers: { 'content-type': csvContentType } });
}
