import { describe, it, expect } from 'vitest';
import { dataset } from '$lib/generated/dataset';
import { mapExcerpts, mapSlice } from '$lib/map/select';
import { MapExcerptStore, parseExcerpts } from '$lib/map/excerpts.svelte';

describe('the map page carries no excerpt; /map/excerpts.json has every one', () => {
	const slice = mapSlice(dataset);
	const records = [...slice.figures, ...slice.undated, ...slice.units, ...slice.events];
	const excerpts = mapExcerpts(dataset);

	it('no record of the slice has an excerpt (or any field holding one)', () => {
		const byId = new Map([...dataset.figures, ...dataset.units, ...dataset.events].map((r) => [r.id, r.excerpt]));
		for (const r of records) {
			expect(r).not.toHaveProperty('excerpt');
			expect(Object.values(r)).not.toContain(byId.get(r.id));
		}
	});
	it('the excerpts file has exactly the slice’s records, each with the dataset’s excerpt', () => {
		expect(Object.keys(excerpts).sort()).toEqual(records.map((r) => r.id).sort());
		for (const f of dataset.figures) if (excerpts[f.id] !== undefined) expect(excerpts[f.id]).toBe(f.excerpt);
		for (const e of dataset.events) if (excerpts[e.id] !== undefined) expect(excerpts[e.id]).toBe(e.excerpt);
	});
});

describe('MapExcerptStore', () => {
	const ok = (body: unknown) => Promise.resolve(new Response(JSON.stringify(body), { status: 200 }));

	it('fetches once, keeps what it had, and answers from memory after', async () => {
		let calls = 0;
		const store = new MapExcerptStore({ a: 'shown' }, '/map/excerpts.json', () => (calls++, ok({ a: 'shown', b: 'fetched' })));
		expect(store.get('a')).toBe('shown');
		expect(store.get('b')).toBeUndefined();
		await Promise.all([store.load(), store.load()]);
		await store.load();
		expect(calls).toBe(1);
		expect(store.get('b')).toBe('fetched');
	});
	it('a store made complete never fetches', async () => {
		const store = new MapExcerptStore({ a: 'x' }, '/x', () => Promise.reject(new Error('no fetch expected')), true);
		await expect(store.load()).resolves.toEqual({ a: 'x' });
	});
	it('a failed fetch says why, and a second call tries again', async () => {
		let calls = 0;
		const store = new MapExcerptStore({}, '/map/excerpts.json', () => (++calls === 1 ? Promise.resolve(new Response('', { status: 503 })) : ok({ b: 'later' })));
		await expect(store.load()).rejects.toThrow('/map/excerpts.json answered 503');
		expect(store.error).toBe('/map/excerpts.json answered 503');
		await store.load();
		expect(store.error).toBeNull();
		expect(store.get('b')).toBe('later');
	});
	it('a file of the wrong shape is refused, not half-read', () => {
		expect(() => parseExcerpts([])).toThrow(/not an object/);
		expect(() => parseExcerpts({ a: 'x', b: 3 })).toThrow('the excerpt of b is not text');
		expect(parseExcerpts({ a: 'x' })).toEqual({ a: 'x' });
	});
});
