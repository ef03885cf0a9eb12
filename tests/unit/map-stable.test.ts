import { describe, it, expect } from 'vitest';
import { dataset } from '$lib/generated/dataset';
import { mapSlice } from '$lib/map/select';
import { createScene } from '$lib/map/scene';
import { layoutScene } from '$lib/map/layout';
import { viewFor } from '$lib/map/frame';
import { keepUnchanged, markSignature, siteSignature, unitSignature } from '$lib/map/stable';

describe('keepUnchanged: a date step keeps the objects of the marks that did not change', () => {
	it('keeps an equal item, replaces a changed one, drops a gone one', () => {
		const keep = keepUnchanged((m: { key: string; x: number; ageDays?: number }) => m.key);
		const a1 = { key: 'a', x: 1, ageDays: 3 };
		const b1 = { key: 'b', x: 2 };
		keep([a1, b1]);
		const a2 = { key: 'a', x: 1, ageDays: 4 }; // only its age moved: not drawn by a site
		const b2 = { key: 'b', x: 5 };
		const [ka, kb] = keep([a2, b2]);
		expect(ka).toBe(a1);
		expect(kb).toBe(b2);
		const [again] = keep([{ key: 'b', x: 5 }]);
		expect(again).toBe(b2);
		const [back] = keep([{ key: 'a', x: 1 }]);
		expect(back).not.toBe(a1); // 'a' was gone for a step: a new object
	});
	it('on the real dataset, every kept mark draws exactly what the new one would, and marks are kept from one day to the next (those whose label does not count days)', () => {
		const slice = mapSlice(dataset);
		const index = createScene(slice);
		const view = viewFor(856, 571);
		const keep = keepUnchanged((m: { key: string }) => m.key);
		let kept = 0;
		let total = 0;
		for (const date of index.dates) {
			const fresh = layoutScene(index.at(date), view, slice.estimatorsShort).sites;
			const out = keep(fresh);
			out.forEach((m, i) => {
				expect(markSignature(m)).toBe(markSignature(fresh[i]));
				if (m !== fresh[i]) kept++;
			});
			total += out.length;
		}
		expect(kept).toBeGreaterThan(0);
		expect(kept).toBeLessThan(total);
	});
	it('the sites’ and unit sites’ own signatures (what SceneMap draws, records by id) keep a mark only when markSignature would, both with and without older figures', () => {
		const slice = mapSlice(dataset);
		const index = createScene(slice);
		const view = viewFor(856, 571);
		for (const older of [false, true]) {
			const keepSites = keepUnchanged((m: { key: string }) => m.key, siteSignature);
			const keepUnits = keepUnchanged((m: { key: string }) => m.key, unitSignature);
			let kept = 0;
			for (const date of index.dates) {
				const fresh = layoutScene(index.at(date, { older }), view, slice.estimatorsShort);
				for (const [out, now] of [
					[keepSites(fresh.sites), fresh.sites],
					[keepUnits(fresh.units), fresh.units]
				] as const)
					out.forEach((m, i) => {
						if (m === now[i]) return;
						kept++;
						expect(markSignature(m)).toBe(markSignature(now[i]));
					});
			}
			expect(kept).toBeGreaterThan(0);
		}
	}, 60_000);
});
