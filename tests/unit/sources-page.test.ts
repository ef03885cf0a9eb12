import { describe, it, expect } from 'vitest';
import {
	readSourcesFilters,
	sourcesQuery,
	entrySearchRecord,
	entryFacetFilters,
	isUnfiltered,
	defaultSourcesFilters,
	type SourcesFilters
} from '$lib/sources/entries';
import { idFromHash } from '$lib/filters/query';
import { buildSearchIndex, SearchIndex } from '$lib/lists/search';
import { buildSourceEntries } from '$lib/sources/build-entries';
import type { Dataset, Figure, UnitMovement, CrisisEvent } from '$lib/data/types';
import { movement41CAA } from './records-fixture';

const provenance = {
	source: 'prelude',
	context_before: 'Before. ',
	context_after: ' After.',
	date_note: null,
	note: null
};

const figures: Figure[] = [
	{
		...provenance,
		id: 'hur-troops',
		metric: 'troops',
		value: 100000,
		low: 100000,
		high: null,
		qualifier: 'over',
		estimator: 'hur',
		side: 'russia',
		fronts: ['east', 'donbas'],
		places: [],
		kind: 'estimate',
		subject: 'Russian troops near the border',
		contradicted_by: [],
		contradicts: ['ru-claim'],
		normalisation: ['“over 100,000” → at least 100,000'],
		excerpt: 'over 100,000 troops',
		date_text: 'mid-January',
		date_start: '2022-01-11',
		date_end: '2022-01-20'
	},
	{
		...provenance,
		id: 'us-btgs',
		metric: 'btgs',
		value: 1,
		low: 1,
		high: 1,
		qualifier: 'exact',
		estimator: 'us-officials',
		side: 'russia',
		fronts: ['north'],
		places: [],
		kind: 'estimate',
		subject: 'A BTG in Belarus',
		contradicted_by: [],
		contradicts: [],
		normalisation: [],
		excerpt: 'one BTG',
		date_text: '2021-04-01',
		date_start: '2021-04-01',
		date_end: '2021-04-01',
		source: 'negotiations'
	}
];
const units: UnitMovement[] = [
	movement41CAA({
		...provenance,
		excerpt: 'moved to Yelnya',
		date_text: 'April',
		date_start: '2021-04-01',
		date_end: '2021-04-30'
	})
];
const events: CrisisEvent[] = [
	{
		...provenance,
		id: 'geneva-talks',
		category: 'diplomacy',
		type: 'talks',
		title: 'US–Russia security talks in Geneva',
		actors: ['us', 'russia'],
		place: 'geneva',
		key: true,
		same_as: null,
		contradicts: ['hur-troops'],
		normalisation: [],
		excerpt: 'held bilateral talks in Geneva',
		date_text: '10 January 2022',
		date_start: '2022-01-10',
		date_end: '2022-01-10'
	}
];
const places = [
	{ id: 'novosibirsk', name: 'Novosibirsk', kind: 'city', lat: 55, lon: 83, country: 'russia', front: 'elsewhere' },
	{ id: 'yelnya', name: 'Yelnya', kind: 'town', lat: 54.6, lon: 33.2, country: 'russia', front: 'east' },
	{ id: 'geneva', name: 'Geneva', kind: 'city', lat: 46.2, lon: 6.1, country: 'switzerland', front: 'elsewhere' }
];
const dataset: Pick<Dataset, 'figures' | 'units' | 'events' | 'places'> = { figures, units, events, places };
const entries = buildSourceEntries(dataset);
const estimatorNames = { hur: 'Ukrainian military intelligence (HUR)', 'us-officials': 'US officials' };
const index = new SearchIndex(buildSearchIndex(entries.map((e) => entrySearchRecord(e, estimatorNames)), { version: 'v1', searchIds: true }));

describe('buildSourceEntries', () => {
	it('lists figures, units, then events, each oldest first', () => {
		expect(entries.map((e) => `${e.type}:${e.id}`)).toEqual([
			'figure:us-btgs',
			'figure:hur-troops',
			'unit:41st-army',
			'event:geneva-talks'
		]);
	});
	const cases = [
		{ id: 'hur-troops', heading: 'over 100,000 troops', subject: 'Russian troops near the border', fronts: ['east', 'donbas'] },
		{ id: 'us-btgs', heading: '1 battalion tactical group', subject: 'A BTG in Belarus', fronts: ['north'] },
		{ id: '41st-army', heading: '41st Combined Arms Army', subject: 'Novosibirsk → Yelnya', fronts: ['east'] },
		{ id: 'geneva-talks', heading: 'US–Russia security talks in Geneva', subject: 'talks · Geneva', fronts: [] }
	];
	for (const { id, ...expected } of cases) {
		it(`${id} reads "${expected.heading}"`, () => {
			const entry = entries.find((e) => e.id === id)!;
			expect({ heading: entry.heading, subject: entry.subject, fronts: entry.fronts }).toEqual(expected);
		});
	}
	it('links an event to the figures it contradicts', () => {
		expect(entries.find((e) => e.id === 'geneva-talks')!.related).toEqual([{ id: 'hur-troops', relation: 'contradicts' }]);
	});
	it('keeps context, excerpt, normalisation and relations', () => {
		const entry = entries.find((e) => e.id === 'hur-troops')!;
		expect([entry.before, entry.excerpt, entry.after]).toEqual(['Before. ', 'over 100,000 troops', ' After.']);
		expect(entry.normalisation).toEqual(['“over 100,000” → at least 100,000']);
		expect(entry.related).toEqual([{ id: 'ru-claim', relation: 'contradicts' }]);
	});
});

const known = {
	metrics: ['troops', 'btgs'],
	estimators: ['hur', 'us-officials'],
	fronts: ['north', 'east', 'donbas'],
	sources: ['prelude', 'negotiations']
};

describe('readSourcesFilters / sourcesQuery', () => {
	const cases = [
		{ query: '', filters: defaultSourcesFilters, rejected: [] as string[] },
		{ query: 'metric=troops&front=east', filters: { ...defaultSourcesFilters, metric: 'troops', front: 'east' }, rejected: [] },
		{ query: 'metric=bananas&type=figure&source=nyt', filters: { ...defaultSourcesFilters, type: 'figure' }, rejected: ['metric=bananas', 'source=nyt'] }
	];
	for (const { query, filters, rejected } of cases) {
		it(`?${query}`, () => {
			const result = readSourcesFilters(new URLSearchParams(query), known);
			expect(result.filters).toEqual(filters);
			expect(result.rejected.map((r) => `${r.name}=${r.value}`)).toEqual(rejected);
		});
	}
	it('writes only non-defaults and round-trips', () => {
		const filters: SourcesFilters = { ...defaultSourcesFilters, estimator: 'hur', query: 'mid-January' };
		expect(sourcesQuery(defaultSourcesFilters)).toBe('');
		expect(sourcesQuery(filters)).toBe('?estimator=hur&q=mid-January');
		expect(readSourcesFilters(new URLSearchParams(sourcesQuery(filters)), known).filters).toEqual(filters);
	});
});

describe('the search index of the entries, with the page filters', () => {
	const cases: { filters: Partial<SourcesFilters>; expected: string[] }[] = [
		{ filters: {}, expected: ['us-btgs', 'hur-troops', '41st-army', 'geneva-talks'] },
		{ filters: { type: 'event' }, expected: ['geneva-talks'] },
		{ filters: { metric: 'troops' }, expected: ['hur-troops'] },
		{ filters: { estimator: 'us-officials' }, expected: ['us-btgs'] },
		{ filters: { front: 'east' }, expected: ['hur-troops', '41st-army'] },
		{ filters: { source: 'negotiations' }, expected: ['us-btgs'] },
		{ filters: { query: 'ukrainian intelligence' }, expected: ['hur-troops'] },
		{ filters: { query: 'Yelnya' }, expected: ['41st-army'] },
		{ filters: { query: 'us-russia geneva' }, expected: ['geneva-talks'] },
		{ filters: { query: 'yeln' }, expected: ['41st-army'] },
		{ filters: { query: 'btgs' }, expected: ['us-btgs'] },
		{ filters: { query: '100,000' }, expected: ['hur-troops'] },
		{ filters: { query: '100000 over' }, expected: ['hur-troops'] },
		{ filters: { query: 'elnya' }, expected: [] },
		{ filters: { query: 'hur-tro' }, expected: ['hur-troops'] },
		{ filters: { query: 'combined arms', type: 'figure' }, expected: [] },
		{ filters: { front: 'east', query: 'geneva' }, expected: [] }
	];
	for (const { filters, expected } of cases) {
		it(JSON.stringify(filters), () => {
			const f = { ...defaultSourcesFilters, ...filters };
			const found = isUnfiltered(f) ? entries.map((_, i) => i) : index.match(f.query, entryFacetFilters(f));
			expect(found.map((p) => entries[p].id)).toEqual(expected);
		});
	}
});

describe('idFromHash', () => {
	const cases = [
		{ hash: '', expected: '' },
		{ hash: '#hur-troops', expected: 'hur-troops' },
		{ hash: '#a%20b', expected: 'a b' },
		{ hash: '#%E0%A4%A', expected: '%E0%A4%A' }
	];
	for (const { hash, expected } of cases) {
		it(`"${hash}" → "${expected}"`, () => expect(idFromHash(hash)).toBe(expected));
	}
});

describe('entryFacts', async () => {
	const { entryFacts } = await import('$lib/sources/facts');
	const base = { date_text: 'mid-January', date_note: null, estimator: '', normalisation: [] as string[], note: null };
	const words = { interval: '11–20 Jan 2022', estimator: 'HUR', fronts: ['East', 'Donbas'] };
	const cases = [
		{ entry: base, words: { ...words, fronts: [] }, expected: 'Date: “mid-January” → 11–20 Jan 2022' },
		{
			entry: { ...base, normalisation: ['“mid-January” → 11–20 Jan 2022', '“over 100,000” → at least 100,000'] },
			words: { ...words, fronts: [] },
			expected: 'Normalised: “mid-January” → 11–20 Jan 2022\nNormalised: “over 100,000” → at least 100,000'
		},
		{
			entry: { ...base, estimator: 'hur', normalisation: ['“over 100,000” → at least 100,000'], note: 'Read as Russian troops.', date_note: 'section January 2022' },
			words,
			expected:
				'Date: “mid-January” → 11–20 Jan 2022\nNormalised: “over 100,000” → at least 100,000\nDate note: section January 2022\nEstimator: HUR\nFront: East, Donbas\nNote: Read as Russian troops.'
		}
	];
	for (const { entry, words, expected } of cases) {
		it(expected.split('\n')[0], () => expect(entryFacts(entry, words)).toBe(expected));
	}
});
