import { describe, it, expect } from 'vitest';
import { candidate, labelPriority, placeLabels, sides, type LabelRequest } from '$lib/map/placement';
import { shortEstimator } from '$lib/map/labels';
import { figureLine } from '$lib/map/layout';
import { mapSlice } from '$lib/map/select';
import { dataset } from '$lib/generated/dataset';

const box = { width: 800, height: 600 };
const label = (id: string, x: number, y: number, extra: Partial<LabelRequest> = {}): LabelRequest => ({ id, x, y, r: 10, w: 100, h: 30, priority: 1, ...extra });
const rectOf = (l: LabelRequest, p: { dx: number; dy: number }) => ({ x: l.x + p.dx, y: l.y + p.dy, w: l.w, h: l.h });
const overlap = (a: ReturnType<typeof rectOf>, b: ReturnType<typeof rectOf>) => a.x < b.x + b.w && b.x < a.x + a.w && a.y < b.y + b.h && b.y < a.y + a.h;

describe('placeLabels', () => {
	it('puts a lone label east of its symbol, clear of the ring', () => {
		const out = placeLabels([label('a', 100, 100)], box);
		expect(out.a).toEqual({ dx: 13, dy: -15, side: 'e' });
	});

	it.each([
		['near the right edge: west', 760, 300, 'w'],
		['near the top-left corner: south-east', 20, 12, 'se'],
		['near the bottom-right corner: north-west', 780, 590, 'nw']
	])('keeps labels inside the map (%s)', (_name, x, y, side) => {
		const out = placeLabels([label('a', x, y)], box);
		expect(out.a?.side).toBe(side);
		const r = rectOf(label('a', x, y), out.a!);
		expect(r.x).toBeGreaterThanOrEqual(4);
		expect(r.x + r.w).toBeLessThanOrEqual(796);
		expect(r.y).toBeGreaterThanOrEqual(4);
		expect(r.y + r.h).toBeLessThanOrEqual(596);
	});

	it('places labels at one point without overlap, highest priority beside the symbol', () => {
		const ls = [label('low', 400, 300, { priority: 1 }), label('high', 400, 300, { priority: 5 }), label('mid', 400, 300, { priority: 3 })];
		const out = placeLabels(ls, box);
		expect(out.high?.side).toBe('e');
		expect(out.mid?.side).toBe('w');
		const rects = ls.map((l) => rectOf(l, out[l.id]!));
		for (let i = 0; i < rects.length; i++) for (let j = i + 1; j < rects.length; j++) expect(overlap(rects[i], rects[j])).toBe(false);
	});

	it('drops a label when no position is free, and never drops a forced one', () => {
		const many = Array.from({ length: 20 }, (_, i) => label(`f${String(i).padStart(2, '0')}`, 400, 300, { priority: 100 - i }));
		const out = placeLabels(many, box);
		const placed = Object.values(out).filter(Boolean).length;
		expect(placed).toBeLessThan(20);
		expect(placed).toBeGreaterThanOrEqual(4);
		expect(out.f19).toBeNull();
		const forced = placeLabels([...many, label('zz', 400, 300, { priority: 0, force: true })], box);
		expect(forced.zz?.side).toBe('e');
	});

	it('avoids obstacles except its own symbol', () => {
		const blocked = placeLabels([label('a', 300, 100, { owner: 'g' })], { ...box, obstacles: [{ x: 305, y: 40, w: 200, h: 120 }] });
		expect(blocked.a?.side).toBe('w');
		const own = placeLabels([label('a', 300, 100, { owner: 'g' })], { ...box, obstacles: [{ x: 305, y: 40, w: 200, h: 120, owner: 'g' }] });
		expect(own.a?.side).toBe('e');
	});

	it('is deterministic: the same input in any order gives the same placements', () => {
		const ls = [label('b', 300, 300), label('a', 300, 300), label('c', 330, 310), label('d', 700, 50, { priority: 2 })];
		const one = placeLabels(ls, box);
		const two = placeLabels([...ls].reverse(), box);
		expect(two).toEqual(one);
		expect(one.a?.side).toBe('e'); // equal priority: by id
	});
});

describe('candidate and labelPriority', () => {
	it.each(sides.map((s) => [s]))('candidate %s does not cover the symbol ring', (side) => {
		const c = candidate(side, 20, 80, 30, 3);
		const nearestX = Math.max(c.dx, Math.min(0, c.dx + 80));
		const nearestY = Math.max(c.dy, Math.min(0, c.dy + 30));
		expect(Math.hypot(nearestX, nearestY)).toBeGreaterThanOrEqual(20);
	});
	it('orders fresh before stale, then larger, then more recent', () => {
		const fresh = labelPriority({ r: 5, ageDays: 80, stale: false });
		expect(fresh).toBeGreaterThan(labelPriority({ r: 30, ageDays: 100, stale: true }));
		expect(labelPriority({ r: 20, ageDays: 80, stale: false })).toBeGreaterThan(fresh);
		expect(labelPriority({ r: 5, ageDays: 3, stale: false })).toBeGreaterThan(fresh);
	});
});

describe('map label text', () => {
	it.each([
		['new-body', 'Some Agency, Department of Things', 'Some Agency'],
		['long', 'An extremely long estimator name without commas', 'An extremely long est…']
	])('short estimator %s, from its name', (_id, name, short) => expect(shortEstimator(name)).toBe(short));
	it('short estimator pentagon, from its short_name in the data', () => {
		const pentagon = dataset.estimators.find((e) => e.id === 'pentagon')!;
		expect(shortEstimator(pentagon.name, pentagon.short_name)).toBe('Pentagon');
		expect(mapSlice(dataset).estimatorsShort.pentagon).toBe('Pentagon');
	});
	it('is value, metric and estimator, then kind, date and age; one line on a narrow map', () => {
		const figure = { id: 'x', value: 100000, low: null, high: null, qualifier: 'over', metric: 'troops', kind: 'projection', date_start: '2022-02-10', date_end: '2022-02-10' } as Parameters<typeof figureLine>[0]['figure'];
		const lines = figureLine({ figure, ageDays: 14, stale: false }, 'Pentagon');
		expect(lines.map((l) => l.lead + l.rest)).toEqual(['over 100,000 troops · Pentagon', 'projection · 10 Feb 2022 · 14 d ago']);
		expect(figureLine({ figure, ageDays: 14, stale: false }, 'Pentagon', true).map((l) => l.lead + l.rest)).toEqual(['over 100,000 troops']);
	});
});
