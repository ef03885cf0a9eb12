import { dataset } from '$lib/generated/dataset';
import { categoryOrder } from '$lib/timeline/categories';
import { timelineList, firstCount } from '$lib/timeline/list.server';
import type { PageServerLoad } from './$types';

/**
 * Build time only: the first events (the rest come from the JSON slices as the reader scrolls),
 * the list's chunks, and what the filters can choose from. Every event's permalink anchor is added
 * to the HTML by src/hooks.server.ts, outside this data.
 */
export const load: PageServerLoad = () => {
	const { records: events, chunks, months } = timelineList;
	const actorCounts = new Map<string, number>();
	for (const e of events) for (const a of e.actors) actorCounts.set(a, (actorCounts.get(a) ?? 0) + 1);
	const actors = dataset.actors
		.filter((a) => actorCounts.has(a.id))
		.map((a) => ({ id: a.id, name: a.name, count: actorCounts.get(a.id) ?? 0 }))
		.sort((a, b) => b.count - a.count || a.name.localeCompare(b.name));

	const categories = [...new Set(events.map((e) => e.category))].sort(
		(a, b) => categoryOrder(a) - categoryOrder(b) || a.localeCompare(b)
	);

	// Link "Show on map" only when the map page is part of the build.
	const hasMap = Object.keys(import.meta.glob('/src/routes/map/+page.svelte')).length > 0;

	return {
		first: events.slice(0, firstCount),
		chunks,
		months,
		firstDate: events[0]?.date_start ?? null,
		lastDate: events.at(-1)?.date_start ?? null,
		keyCount: events.filter((e) => e.key).length,
		actors,
		categories,
		hasMap,
		version: dataset.version
	};
};
