import { error } from '@sveltejs/kit';
import { chunkMonthLabel } from '$lib/lists/chunks';
import { timelineList } from '$lib/timeline/list.server';
import type { EntryGenerator, PageServerLoad } from './$types';

// A plain page of events: prerendered HTML that reads without JavaScript and ships none.
export const csr = false;

export const entries: EntryGenerator = () => timelineList.chunks.map((c) => ({ chunk: c.name }));

/** Build time only: one month (or part of one) of the Timeline, and its neighbours. */
export const load: PageServerLoad = ({ params }) => {
	const chunk = timelineList.chunk(params.chunk);
	if (!chunk) error(404, `No such page of events: ${params.chunk}`);
	const { chunks } = timelineList;
	const at = chunks.indexOf(chunk);
	const neighbour = (i: number) => (chunks[i] ? { name: chunks[i].name, label: chunkMonthLabel(chunks[i]) } : null);
	const events = timelineList.eventsOf(chunk);
	const used = new Set(events.flatMap((e) => e.actors));
	return {
		label: chunkMonthLabel(chunk),
		chunk,
		total: timelineList.events.length,
		events,
		previous: neighbour(at - 1),
		next: neighbour(at + 1),
		actorNames: Object.fromEntries(Object.entries(timelineList.actorNames).filter(([id]) => used.has(id))),
		hasMap: Object.keys(import.meta.glob('/src/routes/map/+page.svelte')).length > 0
	};
};
