import { dataset } from '$lib/generated/dataset';
import type { TimelineEvent } from '$lib/timeline/events';
import { compareEvents } from '$lib/timeline/events';
import { categoryOrder } from '$lib/timeline/categories';
import type { PageServerLoad } from './$types';

/** Build time only: the compact event rows the Timeline page needs. */
export const load: PageServerLoad = () => {
	const places = new Map(dataset.places.map((p) => [p.id, p.name]));
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
			place: e.place ? (places.get(e.place) ?? e.place) : null,
			key: e.key,
			same_as: e.same_as
		}))
		.sort(compareEvents);

	const used = new Set(events.flatMap((e) => e.actors));
	const actorCounts = new Map<string, number>();
	for (const e of events) for (const a of e.actors) actorCounts.set(a, (actorCounts.get(a) ?? 0) + 1);
	const actors = dataset.actors
		.filter((a) => used.has(a.id))
		.map((a) => ({ id: a.id, name: a.name, count: actorCounts.get(a.id) ?? 0 }))
		.sort((a, b) => b.count - a.count || a.name.localeCompare(b.name));

	const categories = [...new Set(events.map((e) => e.category))].sort(
		(a, b) => categoryOrder(a) - categoryOrder(b) || a.localeCompare(b)
	);

	// Link "Show on map" only when the map page is part of the build.
	const hasMap = Object.keys(import.meta.glob('/src/routes/map/+page.svelte')).length > 0;

	return { events, actors, categories, hasMap };
};
