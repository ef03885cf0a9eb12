// Build-time only: what the map page carries in its data — its dates, its months and the key
// events the scrubber marks; no record. The default date's map is static markup (+page.ts); the
// records of any other date come from /map/months/<month>.json when a reader moves there.
import { dataset } from '$lib/generated/dataset';
import { mapSlice } from '$lib/map/select';
import { monthsOf } from '$lib/map/months';
import type { PageServerLoad } from './$types';

export const load: PageServerLoad = () => {
	const slice = mapSlice(dataset);
	return {
		map: { version: slice.version, start: slice.start, end: slice.end, defaultDate: slice.defaultDate, months: monthsOf(slice) },
		keyEvents: slice.events.filter((e) => e.key).map((e) => ({ id: e.id, date: e.date_start, title: e.title }))
	};
};
