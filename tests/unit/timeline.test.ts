import { describe, it, expect } from 'vitest';
import {
	readTimelineFilters,
	timelineQuery,
	needsSearch,
	eventSearchRecord,
	eventFacetFilters,
	compareEvents,
	monthLabel,
	defaultTimelineFilters,
	type TimelineEvent,
	type TimelineFilters
} from '$lib/timeline/events';
import { buildSearchIndex, SearchIndex } from '$lib/lists/search';

function event(id: string, date_start: string, extra: Partial<TimelineEvent> = {}): TimelineEvent {
	return {
		id,
		category: 'diplomacy',
		type: 'talks',
		title: id,
		actors: ['us', 'russia'],
		date_text: date_start,
		date_start,
		date_end: date_start,
		excerpt: '',
		place: null,
		key: false,
		same_as: null,
		...extra
	};
}

const events = [
	event('geneva', '2022-01-10', { title: 'US–Russia security talks in Geneva', place: 'Geneva', key: true }),
	event('nrc', '2022-01-12', { title: 'NATO–Russia Council meets', actors: ['nato', 'russia'], type: 'meeting' }),
	event('sanctions', '2022-02-22', { category: 'sanctions', type: 'sanctions', actors: ['us'], excerpt: 'Nord Stream 2' }),
	event('massing', '2021-03-30', { category: 'military', type: 'deployment', actors: ['russia'], date_end: '2021-04-10' }),
	event('mid-jan', '2022-01-11', { date_end: '2022-01-20', category: 'military', actors: ['russia'] })
];
const actorNames = { us: 'United States', russia: 'Russia', nato: 'NATO' };
const index = new SearchIndex(buildSearchIndex(events.map((e) => eventSearchRecord(e, actorNames)), { version: 'v1', searchIds: false }));
const known = { categories: ['diplomacy', 'military', 'sanctions'], actors: ['us', 'russia', 'nato'] };

describe('readTimelineFilters', () => {
	const cases: { query: string; filters: TimelineFilters; rejected: string[] }[] = [
		{ query: '', filters: defaultTimelineFilters, rejected: [] },
		{
			query: 'category=diplomacy,sanctions&actor=nato&q=geneva&order=newest',
			filters: { categories: ['diplomacy', 'sanctions'], actor: 'nato', query: 'geneva', order: 'newest' },
			rejected: []
		},
		{
			query: 'category=diplomacy,bogus&actor=mars&order=sideways',
			filters: { categories: ['diplomacy'], actor: '', query: '', order: 'oldest' },
			rejected: ['category=bogus', 'actor=mars', 'order=sideways']
		},
		{ query: 'category=,diplomacy,diplomacy', filters: { ...defaultTimelineFilters, categories: ['diplomacy'] }, rejected: [] },
		{ query: 'q=%20%20talks%20', filters: { ...defaultTimelineFilters, query: 'talks' }, rejected: [] }
	];
	for (const { query, filters, rejected } of cases) {
		it(`?${query}`, () => {
			const result = readTimelineFilters(new URLSearchParams(query), known);
			expect(result.filters).toEqual(filters);
			expect(result.rejected.map((r) => `${r.name}=${r.value}`)).toEqual(rejected);
		});
	}
});

describe('timelineQuery', () => {
	const cases: { filters: TimelineFilters; expected: string }[] = [
		{ filters: defaultTimelineFilters, expected: '' },
		{ filters: { ...defaultTimelineFilters, order: 'newest' }, expected: '?order=newest' },
		{
			filters: { categories: ['diplomacy', 'sanctions'], actor: 'us', query: 'nord stream', order: 'oldest' },
			expected: '?category=diplomacy,sanctions&actor=us&q=nord+stream'
		}
	];
	for (const { filters, expected } of cases) {
		it(`${JSON.stringify(filters)} → "${expected}"`, () => {
			expect(timelineQuery(filters)).toBe(expected);
		});
	}

	it('round-trips through the URL', () => {
		const filters: TimelineFilters = { categories: ['military'], actor: 'russia', query: 'mid – january', order: 'newest' };
		const back = readTimelineFilters(new URLSearchParams(timelineQuery(filters)), known);
		expect(back.filters).toEqual(filters);
	});
});

describe('the search index of the events, with the page filters', () => {
	const cases: { filters: Partial<TimelineFilters>; expected: string[] }[] = [
		{ filters: {}, expected: ['geneva', 'nrc', 'sanctions', 'massing', 'mid-jan'] },
		{ filters: { categories: ['military'] }, expected: ['massing', 'mid-jan'] },
		{ filters: { categories: ['military', 'sanctions'] }, expected: ['sanctions', 'massing', 'mid-jan'] },
		{ filters: { actor: 'nato' }, expected: ['nrc'] },
		{ filters: { query: 'GENEVA' }, expected: ['geneva'] },
		{ filters: { query: 'nato-russia' }, expected: ['nrc'] },
		{ filters: { query: 'NATO–Russia Council' }, expected: ['nrc'] },
		{ filters: { query: 'united states talks' }, expected: ['geneva'] },
		{ filters: { query: 'nord stream', actor: 'russia' }, expected: [] },
		{ filters: { categories: ['diplomacy'], actor: 'russia', query: 'council' }, expected: ['nrc'] }
	];
	for (const { filters, expected } of cases) {
		it(JSON.stringify(filters), () => {
			const found = index.match(filters.query ?? '', eventFacetFilters({ ...defaultTimelineFilters, ...filters }));
			expect(found.map((p) => events[p].id)).toEqual(expected);
		});
	}
});

describe('needsSearch', () => {
	it('is false for the default filters and for the order alone', () => {
		expect(needsSearch(defaultTimelineFilters)).toBe(false);
		expect(needsSearch({ ...defaultTimelineFilters, order: 'newest' })).toBe(false);
		expect(needsSearch({ ...defaultTimelineFilters, query: ' ' })).toBe(false);
	});
	it('is true for a category, an actor or words', () => {
		expect(needsSearch({ ...defaultTimelineFilters, categories: ['aid'] })).toBe(true);
		expect(needsSearch({ ...defaultTimelineFilters, actor: 'us' })).toBe(true);
		expect(needsSearch({ ...defaultTimelineFilters, query: 'geneva' })).toBe(true);
	});
});

describe('compareEvents / monthLabel', () => {
	it('orders by start, end, then id', () => {
		expect([...events].sort(compareEvents).map((e) => e.id)).toEqual(['massing', 'geneva', 'mid-jan', 'nrc', 'sanctions']);
	});
	it('labels months', () => {
		expect([monthLabel('2021-12'), monthLabel('2022-02')]).toEqual(['December 2021', 'February 2022']);
	});
});
