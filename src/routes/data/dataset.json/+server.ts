import { dataset } from '$lib/generated/dataset';

export const prerender = true;

/** /data/dataset.json — the whole normalised dataset (type Dataset in $lib/data/types). */
export function GET(): Response {
	return new Response(JSON.stringify(dataset), { headers: { 'content-type': 'application/json; charset=utf-8' } });
}
