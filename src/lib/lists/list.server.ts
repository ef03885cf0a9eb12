/**
 * A long list as the build prerenders it (the Sources and Timeline pages): its records in page
 * order cut into chunks, each chunk a static page (/<list>/<chunk>) and a JSON slice
 * (/<list>/slices/<chunk>.json), a search index (/<list>/search.json) built on first use, and the
 * permalink groups for the record index without JavaScript. Build time only.
 */
import { error } from '@sveltejs/kit';
import { chunkList, type Chunk } from './chunks';
import { buildSearchIndex, type SearchIndexFile, type SearchRecord } from './search';
import type { PermalinkGroup } from './record-index';
import type { ListSlice } from './long-list.svelte';

export interface ListSetup<T> {
	version: string;
	/** Every record, in list order. */
	records: T[];
	/** A record's group and month (see chunkList). */
	keyOf: (record: T) => { group: string; month: string };
	/** At most this many records on one static page / in one slice. */
	max: number;
	/** The name prefix of a group's chunks ('figures-'). */
	prefixOf?: (group: string) => string;
	/** What a chunk is called on its page and in the record index ("Figures, April 2021"). */
	label: (chunk: Chunk) => string;
	/** Records the list's page is prerendered with; the record index lists the others. */
	firstCount: number;
	searchRecord: (record: T) => SearchRecord;
	/** Whether a query word may match inside a record's id (see SearchIndexFile). */
	searchIds: boolean;
}

/** A chunk's page: its records and its neighbours for "previous / next". */
export interface ChunkPage<T> {
	chunk: Chunk;
	label: string;
	records: T[];
	previous: { name: string; label: string } | null;
	next: { name: string; label: string } | null;
}

export function prerenderedList<T extends { id: string }>(setup: ListSetup<T>) {
	const { version, records, label, firstCount } = setup;
	const { chunks, months } = chunkList(records, setup.keyOf, { max: setup.max, prefixOf: setup.prefixOf });
	const chunkByName = new Map(chunks.map((c) => [c.name, c]));
	const chunkById = new Map(chunks.flatMap((c) => records.slice(c.start, c.start + c.count).map((r) => [r.id, c] as const)));
	const recordsOf = (chunk: Chunk) => records.slice(chunk.start, chunk.start + chunk.count);
	let index: SearchIndexFile | undefined;

	return {
		version,
		records,
		chunks,
		/** Every month of every group, with the chunk that holds it (for the index by month). */
		months,
		/** The chunk called `name`, or undefined. */
		chunk: (name: string) => chunkByName.get(name),
		/** The chunk that holds record `id`, or undefined. */
		chunkOf: (id: string) => chunkById.get(id),
		recordsOf,
		/** The prerender entries of the chunk pages and slices. */
		entries: () => chunks.map((c) => ({ chunk: c.name })),
		/** Chunk `name`'s page; a 404 naming `what` ("records", "events") when there is none. */
		page(name: string, what: string): ChunkPage<T> {
			const chunk = chunkByName.get(name);
			if (!chunk) error(404, `No such page of ${what}: ${name}`);
			const at = chunks.indexOf(chunk);
			const neighbour = (i: number) => (chunks[i] ? { name: chunks[i].name, label: label(chunks[i]) } : null);
			return { chunk, label: label(chunk), records: recordsOf(chunk), previous: neighbour(at - 1), next: neighbour(at + 1) };
		},
		/** Chunk `name`'s JSON slice; a 404 when there is none. */
		slice(name: string): ListSlice<T> {
			const chunk = chunkByName.get(name);
			if (!chunk) error(404, `No such chunk: ${name}`);
			return { version, chunk: chunk.name, start: chunk.start, records: recordsOf(chunk) };
		},
		/** The search index (built on first use). */
		searchIndex(): SearchIndexFile {
			index ??= buildSearchIndex(records.map(setup.searchRecord), { version, searchIds: setup.searchIds });
			return index;
		},
		/** For the permalink anchors without JavaScript: every record the list's page does not prerender, by chunk. */
		permalinks(): PermalinkGroup[] {
			return chunks
				.map((c) => ({ chunk: c.name, label: label(c), ids: recordsOf(c).filter((_, i) => c.start + i >= firstCount).map((r) => r.id) }))
				.filter((g) => g.ids.length > 0);
		}
	};
}
