/**
 * The Timeline list as the build prerenders it, computed once per build: every event oldest first,
 * cut into chunks of whole months. Each chunk is a static page (/timeline/2022-01,
 * /timeline/2021-02-to-2021-12) and a JSON slice (/timeline/slices/2022-01.json); the search index
 * is /timeline/search.json.
 */
import { dataset } from '$lib/generated/dataset';
import { chunkMonthLabel } from '$lib/lists/chunks';
import { prerenderedList } from '$lib/lists/list.server';
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
const actorNames: Record<string, string> = Object.fromEntries(dataset.actors.map((a) => [a.id, a.name]));

export const timelineList = {
	...prerenderedList({
		version: dataset.version,
		records: events,
		keyOf: (e) => ({ group: '', month: e.date_start.slice(0, 7) }),
		max: chunkMax,
		label: chunkMonthLabel,
		firstCount,
		searchRecord: (e) => eventSearchRecord(e, actorNames),
		// The Timeline does not show ids: a word must be in what the reader sees.
		searchIds: false
	}),
	actorNames
};
