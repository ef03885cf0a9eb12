import { timelineList } from '$lib/timeline/list.server';
import type { EntryGenerator, PageServerLoad } from './$types';

// A plain page of events: prerendered HTML that reads without JavaScript and ships none.
export const csr = false;

export const entries: EntryGenerator = timelineList.entries;

/** Build time only: one month (or part of one) of the Timeline, and its neighbours. */
export const load: PageServerLoad = ({ params }) => {
	const { records: events, ...page } = timelineList.page(params.chunk, 'events');
	const used = new Set(events.flatMap((e) => e.actors));
	return {
		...page,
		total: timelineList.records.length,
		events,
		actorNames: Object.fromEntries(Object.entries(timelineList.actorNames).filter(([id]) => used.has(id))),
		hasMap: Object.keys(import.meta.glob('/src/routes/map/+page.svelte')).length > 0
	};
};
