/**
 * The Sources list as the build prerenders it, computed once per build: every entry in page order
 * (figures, unit movements, events; each oldest first), cut into chunks of whole months of one
 * record type. Each chunk is a static page (/sources/figures-2021-01-to-2022-03) and a JSON slice
 * (/sources/slices/figures-2021-01-to-2022-03.json); the search index is /sources/search.json.
 */
import { dataset } from '$lib/generated/dataset';
import { chunkMonthLabel, type Chunk } from '$lib/lists/chunks';
import { prerenderedList } from '$lib/lists/list.server';
import { buildSourceEntries } from './build-entries';
import { entrySearchRecord, type EntryType } from './entries';
import { entryTypeLabels } from './labels';

/** At most this many records on one static page / in one slice. */
export const chunkMax = 100;
/** Records the /sources page is prerendered with (its first screenful and more). */
export const firstCount = 20;

const estimatorNames: Record<string, string> = Object.fromEntries(dataset.estimators.map((e) => [e.id, e.name]));

/** "Figures, April 2021" / "Events, February 2022, part 2 of 3". */
export function chunkLabel(chunk: Chunk): string {
	return `${entryTypeLabels[chunk.group as EntryType].many}, ${chunkMonthLabel(chunk)}`;
}

export const sourcesList = {
	...prerenderedList({
		version: dataset.version,
		records: buildSourceEntries(dataset),
		keyOf: (e) => ({ group: e.type, month: e.date_start.slice(0, 7) }),
		max: chunkMax,
		prefixOf: (type) => `${entryTypeLabels[type as EntryType].slug}-`,
		label: chunkLabel,
		firstCount,
		searchRecord: (e) => entrySearchRecord(e, estimatorNames),
		// The page shows every record's id (its permalink) and its search box says "an id".
		searchIds: true
	}),
	estimatorNames
};
