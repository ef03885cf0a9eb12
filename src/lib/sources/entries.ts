/**
 * The Sources page's logic: one entry per figure, unit movement and event, its filters (record
 * type, metric, estimator, front, source, text) and how they live in the URL. Pure and tested.
 */
import {
	foldText,
	matchesTerms,
	queryString,
	readChoice,
	readText,
	searchTerms,
	type RejectedParam
} from '$lib/filters/query';

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

/** The folded text an entry is searched by. */
export function entrySearchText(entry: SourceEntry, estimatorNames: Record<string, string>): string {
	return foldText(
		[
			entry.id,
			entry.heading,
			entry.subject,
			entry.kind,
			entry.date_text,
			entry.excerpt,
			entry.note ?? '',
			estimatorNames[entry.estimator] ?? entry.estimator
		].join(' ')
	);
}

export function entryMatches(entry: SourceEntry, filters: SourcesFilters, searchText: string): boolean {
	if (filters.type && entry.type !== filters.type) return false;
	// Metric and estimator belong to figures: filtering by them leaves only figures.
	if (filters.metric && entry.metric !== filters.metric) return false;
	if (filters.estimator && entry.estimator !== filters.estimator) return false;
	if (filters.front && !entry.fronts.includes(filters.front)) return false;
	if (filters.source && entry.source !== filters.source) return false;
	const terms = searchTerms(filters.query);
	return terms.length === 0 || matchesTerms(searchText, terms);
}

/** The ids of the entries that pass the filters. `searchText` maps id → entrySearchText. */
export function filterEntries(
	entries: readonly SourceEntry[],
	filters: SourcesFilters,
	searchText: ReadonlyMap<string, string>
): Set<string> {
	const shown = new Set<string>();
	for (const entry of entries) {
		if (entryMatches(entry, filters, searchText.get(entry.id) ?? '')) shown.add(entry.id);
	}
	return shown;
}

/** The record id a location hash names ('#hur-troops' → 'hur-troops'), or '' for none. */
export function idFromHash(hash: string): string {
	const raw = hash.startsWith('#') ? hash.slice(1) : hash;
	try {
		return decodeURIComponent(raw);
	} catch {
		return raw;
	}
}
