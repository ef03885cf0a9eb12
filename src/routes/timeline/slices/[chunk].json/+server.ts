import { error, json } from '@sveltejs/kit';
import { timelineList } from '$lib/timeline/list.server';
import type { ListSlice } from '$lib/lists/long-list.svelte';
import type { TimelineEvent } from '$lib/timeline/events';
import type { EntryGenerator, RequestHandler } from './$types';

export const prerender = true;

export const entries: EntryGenerator = () => timelineList.chunks.map((c) => ({ chunk: c.name }));

/** One month (or part of one) of the Timeline, as the page loads it while the reader scrolls. */
export const GET: RequestHandler = ({ params }) => {
	const chunk = timelineList.chunk(params.chunk);
	if (!chunk) error(404, `No such chunk: ${params.chunk}`);
	const slice: ListSlice<TimelineEvent> = {
		version: timelineList.version,
		chunk: chunk.name,
		start: chunk.start,
		records: timelineList.eventsOf(chunk)
	};
	return json(slice);
};
