import { describe, it, expect } from 'vitest';
import { dataset } from '$lib/generated/dataset';
import { mapExcerpts, mapSlice } from '$lib/map/select';
import { monthFile, monthSlicer, monthsOf } from '$lib/map/months';
import { MapExcerptStore } from '$lib/map/excerpts.svelte';

describe('the map page carries no excerpt; each month’s file has its records’', () => {
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
	it('the months’ files together have the excerpt of every record a day of the map draws, each the dataset’s', () => {
		const sliceOf = monthSlicer(slice);
		const union: Record<string, string> = {};
		for (const month of monthsOf(slice)) Object.assign(union, monthFile(month, sliceOf(month), excerpts).excerpts);
		const byId = new Map([...dataset.figures, ...dataset.units, ...dataset.events].map((r) => [r.id, r.excerpt]));
		for (const [id, text] of Object.entries(union)) expect(text, id).toBe(byId.get(id));
		// Every record a reader can reach on the map is in some month (records that never show on any day are not).
		expect(Object.keys(union).length).toBeGreaterThan(records.length * 0.8);
		for (const f of slice.undated) expect(union[f.id]).toBe(byId.get(f.id));
	});
});

describe('MapExcerptStore', () => {
	it('keeps what it had, adds a month’s excerpts, and loads through the page’s loader', async () => {
		let calls = 0;
		const store = new MapExcerptStore({ a: 'shown' }, () => (calls++, Promise.resolve({ b: 'fetched' })));
		expect(store.get('a')).toBe('shown');
		store.add({ c: 'from a month' });
		expect(store.get('c')).toBe('from a month');
		await store.load();
		expect(store.get('b')).toBe('fetched');
		expect(store.get('a')).toBe('shown');
		expect(calls).toBe(1);
		const before = store.version;
		store.add({ a: 'shown' });
		expect(store.version).toBe(before); // nothing new: no reader re-runs
		store.add({ a: 'shown', d: 'another month' });
		expect(store.version).toBe(before + 1);
		expect(store.get('d')).toBe('another month');
		expect(store.known).toMatchObject({ a: 'shown', b: 'fetched', c: 'from a month', d: 'another month' });
	});
	it('a failed load says why, and a retry works', async () => {
		let calls = 0;
		const store = new MapExcerptStore({}, () => (++calls === 1 ? Promise.reject(new Error('/map/months/2021-04.json answered 503')) : Promise.resolve({ b: 'later' })));
		await expect(store.load()).rejects.toThrow('/map/months/2021-04.json answered 503');
		expect(store.error).toBe('/map/months/2021-04.json answered 503');
		await expect(store.load()).resolves.toEqual({ b: 'later' });
		expect(store.error).toBeNull();
		expect(calls).toBe(2);
	});
});
