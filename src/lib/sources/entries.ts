/**
 * The Sources page's logic: one entry per figure, unit movement and event, its filters (record
 * type, metric, estimator, front, source, text), how they live in the URL, and what the search
 * index knows of each entry. Pure and tested.
 */
import { queryString, readChoice, readText, type RejectedParam } from '$lib/filters/query';
import type { FacetFilters, SearchRecord } from '$lib/lists/search';

export type EntryType = 'figure' | 'unit' | 'event';
export const entryTypes: readonly EntryType[] = ['figure', 'unit', 'event'];

/** One record as the Sources page shows it (built at build time from the dataset). */
export interface SourceEntry {
	id: string;
	type: EntryType;
	/** What the record states, in a line: "over 100,000 troops", "41st Combined Arms Army", an event title. */
	heading: string;
	/** A second line in our words: the figure's subject, "Novosibirsk → Yelnya", "diplomacy · talks". */
	subject: string;
	/** Figure kind (estimate, projection, …), unit kind or event category. */
	kind: string;
	/** Figures only: metric and estimator id ('' otherwise). */
	metric: string;
	estimator: string;
	/** Fronts the record concerns (figures: as stated; units and events: from their places). */
	fronts: string[];
	source: string;
	date_text: string;
	date_start: string;
	date_end: string;
	date_note: string | null;
	before: string;
	excerpt: string;
	after: string;
	normalisation: string[];
	note: string | null;
	/** Ids of records this one contradicts / is contradicted by (figures only). */
	related: { id: string; relation: 'contradicted by' | 'contradicts' | 'same event as' }[];
}

export interface SourcesFilters {
	type: string;
	metric: string;
	estimator: string;
	front: string;
	source: string;
	query: string;
}

export const defaultSourcesFilters: SourcesFilters = {
	type: '',
	metric: '',
	estimator: '',
	front: '',
	source: '',
	query: ''
};

/** The values each filter can take (those present in the data). */
export interface SourcesOptions {
	metrics: readonly string[];
	estimators: readonly string[];
	fronts: readonly string[];
	sources: readonly string[];
}

export function readSourcesFilters(
	params: URLSearchParams,
	known: SourcesOptions
): { filters: SourcesFilters; rejected: RejectedParam[] } {
	const rejected: RejectedParam[] = [];
	const filters: SourcesFilters = {
		type: readChoice(params, 'type', new Set(entryTypes), rejected),
		metric: readChoice(params, 'metric', new Set(known.metrics), rejected),
		estimator: readChoice(params, 'estimator', new Set(known.estimators), rejected),
		front: readChoice(params, 'front', new Set(known.fronts), rejected),
		source: readChoice(params, 'source', new Set(known.sources), rejected),
		query: readText(params, 'q')
	};
	return { filters, rejected };
}

export function sourcesQuery(filters: SourcesFilters): string {
	return queryString([
		['type', filters.type],
		['metric', filters.metric],
		['estimator', filters.estimator],
		['front', filters.front],
		['source', filters.source],
		['q', filters.query]
	]);
}

/** What the search index holds of an entry: its words (the id is matched apart) and its facets. */
export function entrySearchRecord(entry: SourceEntry, estimatorNames: Record<string, string>): SearchRecord {
	return {
		id: entry.id,
		text: [
			entry.heading,
			entry.subject,
			entry.kind.replaceAll('_', ' '),
			entry.date_text,
			entry.excerpt,
			entry.note ?? '',
			estimatorNames[entry.estimator] ?? entry.estimator
		].join(' \n '),
		// Metric and estimator belong to figures: filtering by them leaves only figures.
		facets: { type: entry.type, metric: entry.metric, estimator: entry.estimator, front: entry.fronts, source: entry.source }
	};
}

/** The facet filters of the page's filters (the text query is matched apart). */
export function entryFacetFilters(filters: SourcesFilters): FacetFilters {
	const one = (value: string) => (value ? [value] : []);
	return {
		type: one(filters.type),
		metric: one(filters.metric),
		estimator: one(filters.estimator),
		front: one(filters.front),
		source: one(filters.source)
	};
}

/** True when no filter is set: the page lists every record in order, without the search index. */
export function isUnfiltered(filters: SourcesFilters): boolean {
	return sourcesQuery(filters) === '';
}
