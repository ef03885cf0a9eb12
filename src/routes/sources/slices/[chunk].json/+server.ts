import { error, json } from '@sveltejs/kit';
import { sourcesList } from '$lib/sources/list.server';
import type { ListSlice } from '$lib/lists/long-list.svelte';
import type { SourceEntry } from '$lib/sources/entries';
import type { EntryGenerator, RequestHandler } from './$types';

export const prerender = true;

export const entries: EntryGenerator = () => sourcesList.chunks.map((c) => ({ chunk: c.name }));

/** One chunk of the Sources list, as the page loads it while the reader scrolls. */
export const GET: RequestHandler = ({ params }) => {
	const chunk = sourcesList.chunk(params.chunk);
	if (!chunk) error(404, `No such chunk: ${params.chunk}`);
	const slice: ListSlice<SourceEntry> = {
		version: sourcesList.version,
		chunk: chunk.name,
		start: chunk.start,
		records: sourcesList.entriesOf(chunk)
	};
	return json(slice);
};
