/**
 * The Timeline list as the build prerenders it, computed once per build: every event oldest first,
 * cut into chunks of whole months. Each chunk is a static page (/timeline/2022-01,
 * /timeline/2021-02-to-2021-12) and a JSON slice (/timeline/slices/2022-01.json); the search index
 * is /timeline/search.json.
 */
import { dataset } from '$lib/generated/dataset';
import { chunkList, chunkMonthLabel, type Chunk } from '$lib/lists/chunks';
import { buildSearchIndex } from '$lib/lists/search';
import type { PermalinkGroup } from '$lib/lists/record-index';
import { compareEvents, eventSearchRecord, type TimelineEvent } from './events';

/** At most this many events on one static page / in one slice. */
export const chunkMax = 100;
/** Events the /timeline page is prerendered with (its first screenful and more). */
export const firstCount = 20;

const placeNames = new Map(dataset.places.map((p) => [p.id, p.name]));
const events: TimelineEvent[] = dataset.events
	.map((e) => ({
		id: e.id,
		category: e.category,
		type: e.type,
		title: e.title,
		actors: e.actors,
		date_text: e.date_text,
		date_start: e.date_start,
		date_end: e.date_end,
		excerpt: e.excerpt,
		place: e.place ? (placeNames.get(e.place) ?? e.place) : null,
		key: e.key,
		same_as: e.same_as
	}))
	.sort(compareEvents);
const { chunks, months } = chunkList(events, (e) => ({ group: '', month: e.date_start.slice(0, 7) }), { max: chunkMax });
const chunkByName = new Map(chunks.map((c) => [c.name, c]));
const actorNames: Record<string, string> = Object.fromEntries(dataset.actors.map((a) => [a.id, a.name]));

export const timelineList = {
	version: dataset.version,
	events,
	chunks,
	/** Every month, with the chunk that holds it (for the index by month). */
	months,
	actorNames,
	chunk: (name: string) => chunkByName.get(name),
	eventsOf: (chunk: Chunk) => events.slice(chunk.start, chunk.start + chunk.count)
};

let index: ReturnType<typeof buildSearchIndex> | undefined;
/** The search index (built on first use). */
export function timelineSearchIndex() {
	index ??= buildSearchIndex(
		events.map((e) => eventSearchRecord(e, actorNames)),
		// The Timeline does not show ids: a word must be in what the reader sees.
		{ version: dataset.version, searchIds: false }
	);
	return index;
}

/** For the permalink anchors without JavaScript: every event the /timeline page does not prerender, by chunk. */
export function timelinePermalinks(): PermalinkGroup[] {
	return chunks
		.map((c) => ({ chunk: c.name, label: chunkMonthLabel(c), ids: timelineList.eventsOf(c).filter((_, i) => c.start + i >= firstCount).map((e) => e.id) }))
		.filter((g) => g.ids.length > 0);
}
