import { describe, it, expect } from 'vitest';
import fc from 'fast-check';
import { searchWords, indexTerms, buildSearchIndex, SearchIndex, type SearchRecord, type FacetFilters } from '$lib/lists/search';

describe('searchWords', () => {
	const cases = [
		{ input: 'NATO–Russia Council', expected: ['nato-russia', 'council'] },
		{ input: 'over 100,000 troops.', expected: ['over', '100,000', 'troops'] },
		{ input: '“Zelenskyy’s warning”', expected: ["zelenskyy's", 'warning'] },
		{ input: 'the U.S. and 2021-04-22', expected: ['the', 'u.s', 'and', '2021-04-22'] },
		{ input: 'Élysée -- Minsk II / 3.5', expected: ['elysee', 'minsk', 'ii', '3.5'] },
		{ input: '  ,;!  ', expected: [] }
	];
	for (const { input, expected } of cases) {
		it(`${JSON.stringify(input)} → ${JSON.stringify(expected)}`, () => expect(searchWords(input)).toEqual(expected));
	}
});

describe('indexTerms', () => {
	it('indexes compounds whole, by their parts, and numbers without separators', () => {
		expect([...indexTerms('NATO–Russia talks: 100,000 troops')].sort()).toEqual(
			['000', '100', '100,000', '100000', 'nato', 'nato-russia', 'russia', 'talks', 'troops'].sort()
		);
	});
});

const records: SearchRecord[] = [
	{ id: 'geneva-talks-2022-01-10', text: 'US–Russia security talks in Geneva', facets: { type: 'event', actor: ['us', 'russia'] } },
	{ id: 'hur-troops-east', text: 'over 100,000 troops near the border', facets: { type: 'figure', metric: 'troops', actor: [] } },
	{ id: 'nrc-2022-01-12', text: 'NATO–Russia Council meets in Brussels', facets: { type: 'event', actor: ['nato', 'russia'] } },
	{ id: 'btgs-belarus', text: 'thirty BTGs in Belarus', facets: { type: 'figure', metric: 'btgs' } }
];
const index = new SearchIndex(JSON.parse(JSON.stringify(buildSearchIndex(records, { version: 'v7', searchIds: true }))));

describe('SearchIndex.match', () => {
	const cases: { query: string; filters: FacetFilters; expected: number[] }[] = [
		{ query: '', filters: {}, expected: [0, 1, 2, 3] },
		{ query: 'gen', filters: {}, expected: [0] },
		{ query: 'RUSSIA', filters: {}, expected: [0, 2] },
		{ query: 'nato-russia council', filters: {}, expected: [2] },
		{ query: '100,000', filters: {}, expected: [1] },
		{ query: '100000', filters: {}, expected: [1] },
		{ query: 'east', filters: {}, expected: [1] },
		{ query: '2022-01', filters: {}, expected: [0, 2] },
		{ query: 'ussia', filters: {}, expected: [] },
		{ query: 'talks brussels', filters: {}, expected: [] },
		{ query: '', filters: { type: ['figure'] }, expected: [1, 3] },
		{ query: '', filters: { type: ['figure'], metric: ['btgs'] }, expected: [3] },
		{ query: '', filters: { actor: ['nato', 'us'] }, expected: [0, 2] },
		{ query: 'in', filters: { actor: ['russia'] }, expected: [0, 2] },
		{ query: '', filters: { type: [] }, expected: [0, 1, 2, 3] },
		{ query: '', filters: { type: ['unknown'] }, expected: [] },
		{ query: '', filters: { nosuchfacet: ['x'] }, expected: [] }
	];
	for (const { query, filters, expected } of cases) {
		it(`${JSON.stringify(query)} ${JSON.stringify(filters)} → ${JSON.stringify(expected)}`, () => {
			expect(index.match(query, filters)).toEqual(expected);
		});
	}
	it('matches inside ids only when the list searches its ids', () => {
		const noIds = new SearchIndex(buildSearchIndex(records, { version: 'v7', searchIds: false }));
		expect(index.match('east')).toEqual([1]);
		expect(noIds.match('east')).toEqual([]);
		expect(noIds.match('troops')).toEqual([1]);
	});
	it('knows the ids and their positions', () => {
		expect(index.version).toBe('v7');
		expect(index.positionOf('nrc-2022-01-12')).toBe(2);
		expect(index.positionOf('nope')).toBe(-1);
	});
	it('decodes its postings with the native Uint8Array.fromBase64 where there is one, to the same answers', () => {
		const file = buildSearchIndex(records, { version: 'v7', searchIds: true });
		const typed = Uint8Array as unknown as { fromBase64?: (text: string) => Uint8Array };
		const had = Object.hasOwn(typed, 'fromBase64');
		const own = typed.fromBase64;
		const decoded: string[] = [];
		typed.fromBase64 = (text: string) => {
			decoded.push(text);
			return new Uint8Array(Buffer.from(text, 'base64'));
		};
		try {
			const native = new SearchIndex(file);
			expect(decoded).toEqual([file.postings]);
			for (const query of ['east', 'troops', 'nrc', '']) expect(native.match(query)).toEqual(index.match(query));
		} finally {
			if (had) typed.fromBase64 = own;
			else delete typed.fromBase64;
		}
	});
	it('refuses a file whose lists do not add up', () => {
		const file = buildSearchIndex(records, { version: 'v7', searchIds: true });
		expect(() => new SearchIndex({ ...file, lengths: file.lengths.slice(1) })).toThrow(/lists/);
		expect(() => new SearchIndex({ ...file, postings: file.postings.slice(0, 8) })).toThrow(/cut short/);
	});
});

// Reference: what the index must answer, computed record by record without it.
function naiveMatch(all: SearchRecord[], query: string, filters: Record<string, string[]>, searchIds: boolean): number[] {
	const words = searchWords(query);
	return all.flatMap((r, p) => {
		const terms = [...indexTerms(r.text)];
		const wordsOk = words.every((w) => terms.some((t) => t.startsWith(w)) || (searchIds && r.id.includes(w)));
		const facetsOk = Object.entries(filters).every(([name, values]) => {
			if (values.length === 0) return true;
			const own = r.facets[name];
			const list = own === undefined ? [] : typeof own === 'string' ? [own] : own;
			return values.some((v) => list.includes(v));
		});
		return wordsOk && facetsOk ? [p] : [];
	});
}

describe('SearchIndex agrees with a record-by-record search', () => {
	const word = fc.stringMatching(/^[a-zé0-9]{1,6}$/);
	const text = fc.array(fc.oneof(word, fc.constantFrom('–', ',', '’', ' ', '-', '100,000', 'Über')), { maxLength: 12 }).map((parts) => parts.join(' '));
	const record = fc.record({
		id: fc.stringMatching(/^[a-z0-9-]{1,12}$/),
		text,
		facets: fc.record({ kind: fc.constantFrom('a', 'b', ''), tags: fc.uniqueArray(fc.constantFrom('x', 'y', 'z'), { maxLength: 3 }) })
	});
	it('for any records, query and filters', () => {
		fc.assert(
			fc.property(
				fc.array(record, { maxLength: 300 }),
				fc.array(fc.oneof(word, word.map((w) => w.slice(0, 2))), { maxLength: 3 }).map((ws) => ws.join(' ')),
				fc.record({ kind: fc.uniqueArray(fc.constantFrom('a', 'b', 'c'), { maxLength: 2 }), tags: fc.uniqueArray(fc.constantFrom('x', 'y'), { maxLength: 2 }) }),
				fc.boolean(),
				(all, query, filters, searchIds) => {
					const built = new SearchIndex(JSON.parse(JSON.stringify(buildSearchIndex(all, { version: 'v', searchIds }))));
					expect(built.match(query, filters)).toEqual(naiveMatch(all, query, filters, searchIds));
				}
			),
			{ numRuns: 200 }
		);
	});
});
