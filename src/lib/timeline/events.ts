/**
 * The Timeline page's logic: the compact event rows the page receives, its filters (category,
 * actor, text, order) and how they live in the URL, and grouping by month. Pure and tested.
 */
import {
	foldText,
	matchesTerms,
	queryString,
	readChoice,
	readList,
	readText,
	searchTerms,
	type RejectedParam
} from '$lib/filters/query';

/** One event as the page shows it (built at build time from the dataset). */
export interface TimelineEvent {
	id: string;
	category: string;
	type: string;
	title: string;
	/** Actor ids, in the dataset's order. */
	actors: string[];
	date_text: string;
	date_start: string;
	date_end: string;
	excerpt: string;
	/** The place's name, or null when the event has none. */
	place: string | null;
	key: boolean;
	/** The id of the event this one duplicates (the same event in another source), or null. */
	same_as: string | null;
}

export type Order = 'oldest' | 'newest';

export interface TimelineFilters {
	/** Categories shown; empty = all. */
	categories: string[];
	/** Actor id; '' = any. */
	actor: string;
	query: string;
	order: Order;
}

export const defaultTimelineFilters: TimelineFilters = { categories: [], actor: '', query: '', order: 'oldest' };

const orders: ReadonlySet<string> = new Set(['oldest', 'newest']);

/** Reads the filters from a query string; unknown values are reported in `rejected` and ignored. */
export function readTimelineFilters(
	params: URLSearchParams,
	known: { categories: readonly string[]; actors: readonly string[] }
): { filters: TimelineFilters; rejected: RejectedParam[] } {
	const rejected: RejectedParam[] = [];
	const categories = readList(params, 'category', new Set(known.categories), rejected);
	const actor = readChoice(params, 'actor', new Set(known.actors), rejected);
	const query = readText(params, 'q');
	const order = (readChoice(params, 'order', orders, rejected) || 'oldest') as Order;
	return { filters: { categories, actor, query, order }, rejected };
}

/** The query string for the filters: only what differs from the defaults ('' when none). */
export function timelineQuery(filters: TimelineFilters): string {
	return queryString([
		['category', filters.categories],
		['actor', filters.actor],
		['q', filters.query],
		['order', filters.order === 'oldest' ? '' : filters.order]
	]);
}

export function isDefault(filters: TimelineFilters): boolean {
	return timelineQuery(filters) === '';
}

/** The text an event is searched by: title, excerpt, date words, category, type, actor and place names. */
export function eventSearchText(event: TimelineEvent, actorNames: Record<string, string>): string {
	return foldText(
		[
			event.title,
			event.excerpt,
			event.date_text,
			event.category,
			event.type,
			event.place ?? '',
			...event.actors.map((a) => actorNames[a] ?? a)
		].join(' ')
	);
}

/** The ids of the events that pass the filters. `searchText` maps id → eventSearchText. */
export function filterEvents(
	events: readonly TimelineEvent[],
	filters: TimelineFilters,
	searchText: ReadonlyMap<string, string>
): Set<string> {
	const terms = searchTerms(filters.query);
	const shown = new Set<string>();
	for (const event of events) {
		if (filters.categories.length > 0 && !filters.categories.includes(event.category)) continue;
		if (filters.actor && !event.actors.includes(filters.actor)) continue;
		if (terms.length > 0 && !matchesTerms(searchText.get(event.id) ?? '', terms)) continue;
		shown.add(event.id);
	}
	return shown;
}

/** Oldest first: by start, then end, then id (stable for equal dates). */
export function compareEvents(a: TimelineEvent, b: TimelineEvent): number {
	return (
		a.date_start.localeCompare(b.date_start) || a.date_end.localeCompare(b.date_end) || a.id.localeCompare(b.id)
	);
}

export interface MonthGroup<T> {
	/** "2022-01" */
	month: string;
	/** "January 2022" */
	label: string;
	events: T[];
}

const monthNames = [
	'January', 'February', 'March', 'April', 'May', 'June',
	'July', 'August', 'September', 'October', 'November', 'December'
];

/** "2022-01" → "January 2022". */
export function monthLabel(month: string): string {
	const [y, m] = month.split('-').map(Number);
	return `${monthNames[m - 1]} ${y}`;
}

/** Groups events by the month they start in, in the order asked for (within months too). */
export function groupByMonth<T extends TimelineEvent>(events: readonly T[], order: Order): MonthGroup<T>[] {
	const sorted = [...events].sort(compareEvents);
	if (order === 'newest') sorted.reverse();
	const groups: MonthGroup<T>[] = [];
	for (const event of sorted) {
		const month = event.date_start.slice(0, 7);
		const last = groups.at(-1);
		if (last && last.month === month) last.events.push(event);
		else groups.push({ month, label: monthLabel(month), events: [event] });
	}
	return groups;
}
