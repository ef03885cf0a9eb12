/**
 * The Sources list as the build prerenders it, computed once per build: every entry in page order
 * (figures, unit movements, events; each oldest first), cut into chunks of whole months of one
 * record type. Each chunk is a static page (/sources/figures-2021-01-to-2022-03) and a JSON slice
 * (/sources/slices/figures-2021-01-to-2022-03.json); the search index is /sources/search.json.
 */
import { dataset } from '$lib/generated/dataset';
import { chunkList, chunkMonthLabel, type Chunk } from '$lib/lists/chunks';
import { buildSearchIndex } from '$lib/lists/search';
import type { PermalinkGroup } from '$lib/lists/record-index';
import { buildSourceEntries } from './build-entries';
import { entrySearchRecord, type EntryType, type SourceEntry } from './entries';
import { entryTypeLabels } from './labels';

/** At most this many records on one static page / in one slice. */
export const chunkMax = 100;
/** Records the /sources page is prerendered with (its first screenful and more). */
export const firstCount = 20;

const entries: SourceEntry[] = buildSourceEntries(dataset);
const { chunks, months } = chunkList(entries, (e) => ({ group: e.type, month: e.date_start.slice(0, 7) }), {
	max: chunkMax,
	prefixOf: (type) => `${entryTypeLabels[type as EntryType].slug}-`
});
const chunkByName = new Map(chunks.map((c) => [c.name, c]));
const chunkById = new Map(chunks.flatMap((c) => entries.slice(c.start, c.start + c.count).map((e) => [e.id, c] as const)));
const estimatorNames: Record<string, string> = Object.fromEntries(dataset.estimators.map((e) => [e.id, e.name]));

/** "Figures, April 2021" / "Events, February 2022, part 2 of 3". */
export function chunkLabel(chunk: Chunk): string {
	return `${entryTypeLabels[chunk.group as EntryType].many}, ${chunkMonthLabel(chunk)}`;
}

export const sourcesList = {
	version: dataset.version,
	entries,
	chunks,
	/** Every month of every record type, with the chunk that holds it (for the index by month). */
	months,
	estimatorNames,
	/** The chunk called `name`, or undefined. */
	chunk: (name: string) => chunkByName.get(name),
	/** The chunk that holds record `id`, or undefined. */
	chunkOf: (id: string) => chunkById.get(id),
	entriesOf: (chunk: Chunk) => entries.slice(chunk.start, chunk.start + chunk.count)
};

let index: ReturnType<typeof buildSearchIndex> | undefined;
/** The search index (built on first use). */
export function sourcesSearchIndex() {
	index ??= buildSearchIndex(
		entries.map((e) => entrySearchRecord(e, estimatorNames)),
		// The page shows every record's id (its permalink) and its search box says "an id".
		{ version: dataset.version, searchIds: true }
	);
	return index;
}

/** For the permalink anchors without JavaScript: every record the /sources page does not prerender, by chunk. */
export function sourcesPermalinks(): PermalinkGroup[] {
	return chunks
		.map((c) => ({ chunk: c.name, label: chunkLabel(c), ids: sourcesList.entriesOf(c).filter((_, i) => c.start + i >= firstCount).map((e) => e.id) }))
		.filter((g) => g.ids.length > 0);
}
