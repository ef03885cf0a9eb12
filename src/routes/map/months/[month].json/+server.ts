import { error, json } from '@sveltejs/kit';
import { dataset } from '$lib/generated/dataset';
import { mapExcerpts, mapSlice } from '$lib/map/select';
import { monthFile, monthSlicer, monthsOf } from '$lib/map/months';
import type { MapExcerpts, MapSlice } from '$lib/map/types';
import type { EntryGenerator, RequestHandler } from './$types';

export const prerender = true;

// Built once per build, shared by every month.
let memo: { months: string[]; sliceOf: (month: string) => MapSlice; excerpts: MapExcerpts } | undefined;
function months() {
	if (!memo) {
		const slice = mapSlice(dataset);
		memo = { months: monthsOf(slice), sliceOf: monthSlicer(slice), excerpts: mapExcerpts(dataset) };
	}
	return memo;
}

export const entries: EntryGenerator = () => months().months.map((month) => ({ month }));

/** /map/months/<YYYY-MM>.json — the records any day of the month draws, with their excerpts (months.ts). */
export const GET: RequestHandler = ({ params }) => {
	const { months: all, sliceOf, excerpts } = months();
	if (!all.includes(params.month)) error(404, `The map has no month ${params.month}`);
	return json(monthFile(params.month, sliceOf(params.month), excerpts));
};
