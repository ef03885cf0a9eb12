/**
 * The Timeline page's logic: the compact event rows the page receives, its filters (category,
 * actor, text, order), how they live in the URL, and what the search index knows of each event.
 * Pure and tested.
 */
import { queryString, readChoice, readList, readText, type RejectedParam } from '$lib/filters/query';
import type { FacetFilters, SearchRecord } from '$lib/lists/search';
export { monthLabel } from '$lib/lists/chunks';

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

/** True when a filter other than the order is set: the page then needs the search index. */
export function needsSearch(filters: TimelineFilters): boolean {
	return timelineQuery({ ...filters, order: 'oldest' }) !== '';
}

/** What the search index holds of an event: title, excerpt, date words, category, type, actor and place names. */
export function eventSearchRecord(event: TimelineEvent, actorNames: Record<string, string>): SearchRecord {
	return {
		id: event.id,
		text: [
			event.title,
			event.excerpt,
			event.date_text,
			event.category,
			event.type,
			event.place ?? '',
			...event.actors.map((a) => actorNames[a] ?? a)
		].join(' \n '),
		facets: { category: event.category, actor: event.actors }
	};
}

/** The facet filters of the page's filters (the text query is matched apart). */
export function eventFacetFilters(filters: TimelineFilters): FacetFilters {
	return { category: filters.categories, actor: filters.actor ? [filters.actor] : [] };
}

/** Oldest first: by start, then end, then id (stable for equal dates). */
export function compareEvents(a: TimelineEvent, b: TimelineEvent): number {
	return (
		a.date_start.localeCompare(b.date_start) || a.date_end.localeCompare(b.date_end) || a.id.localeCompare(b.id)
	);
}
