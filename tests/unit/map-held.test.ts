import { describe, it, expect } from 'vitest';
import { readFileSync } from 'node:fs';
import type { Topology } from 'topojson-specification';
import { governmentHeldTest, heldMask } from '$lib/map/basemap/held';
import { heldCell, heldCols, heldRows, heldRuns } from '$lib/map/generated/held';
import { touchesHeld } from '$lib/map/held';
import { invert, project, viewFor, type View } from '$lib/map/frame';
import { createScene, INVASION } from '$lib/map/scene';
import { layoutScene, type PlacedLabel } from '$lib/map/layout';
import { mapSlice } from '$lib/map/select';
import { dataset } from '$lib/generated/dataset';

const topology = JSON.parse(readFileSync('static/geo/basemap.topo.json', 'utf8')) as Topology;
const held = governmentHeldTest(topology);

describe('government-held Ukraine as a grid mask', () => {
	it('the committed mask is the one the basemap gives (run scripts/geodata/build-held-mask.ts when it is not)', () => {
		expect({ cols: heldCols, rows: heldRows, runs: heldRuns, cell: heldCell }).toEqual({ ...heldMask(topology), cell: 4 });
	}, 30_000); // ~2 s idle: some 80,000 point-in-polygon tests

	it.each([
		{ place: 'Kyiv', at: [50.45, 30.52], held: true },
		{ place: 'Kharkiv', at: [49.99, 36.23], held: true },
		{ place: 'Mariupol', at: [47.1, 37.55], held: true },
		{ place: 'Donetsk (occupied)', at: [48.0, 37.8], held: false },
		{ place: 'Simferopol (occupied)', at: [44.95, 34.1], held: false },
		{ place: 'Belgorod (Russia)', at: [50.6, 36.6], held: false },
		{ place: 'Gomel (Belarus)', at: [52.43, 31.0], held: false },
		{ place: 'the Black Sea', at: [43.6, 33.3], held: false }
	] as const)('$place: held $held, by the basemap and by the mask', ({ at, held: expected }) => {
		expect(held(at[0], at[1])).toBe(expected);
		const [x, y] = project(at[0], at[1]);
		expect(touchesHeld(x - 0.5, y - 0.5, x + 0.5, y + 0.5)).toBe(expected);
	});

	it('a rectangle touches the area when any part of it does, and not when it lies outside', () => {
		const [kx, ky] = project(50.45, 30.52);
		const [bx, by] = project(50.6, 36.6); // Belgorod, ~40 km from the border
		expect(touchesHeld(bx - 4, by - 4, bx + 4, by + 4)).toBe(false);
		expect(touchesHeld(kx, by - 4, bx + 4, by + 4)).toBe(true); // a wide box reaching west to Kyiv's longitude
		expect(touchesHeld(-100, -100, -50, -50)).toBe(false); // off the frame
	});
});

/** Points of a label's box (px) spread 3 px apart, inset by 1 px: the independent check. */
function samplePoints(view: View, x: number, y: number, l: PlacedLabel): [number, number][] {
	const left = view.ox + x * view.k + l.dx + 1 - 2; // the halo starts 2 px left of the label
	const top = view.oy + y * view.k + l.dy + 1;
	const w = l.w - 2;
	const h = l.lines.length * 14 + 4 - 2;
	const pts: [number, number][] = [];
	for (let i = 0; i <= Math.ceil(w / 3); i++) for (let j = 0; j <= Math.ceil(h / 3); j++) pts.push([left + Math.min(w, i * 3), top + Math.min(h, j * 3)]);
	return pts.map(([px, py]) => invert((px - view.ox) / view.k, (py - view.oy) / view.k));
}

describe("Russia's, Belarus' and the separatists' labels stay off government-held Ukraine before 24 February", () => {
	const slice = mapSlice(dataset);
	const scene = createScene(slice);
	const forces = new Set(['russia', 'belarus', 'separatist']);
	// The map boxes at 1280 and 360 px wide (measured in Chromium).
	const views = { '1280 px': viewFor(870, 579), '360 px': viewFor(326, 355) };
	const dates = ['2021-04-20', '2021-07-15', '2021-12-15', '2022-02-15', '2022-02-23'];

	for (const [name, view] of Object.entries(views)) {
		it(`at ${name} on ${dates.join(', ')}: no sampled point of a shown label is held`, () => {
			const wrong: string[] = [];
			let checked = 0;
			for (const date of dates) {
				const layout = layoutScene(scene.at(date), view, slice.estimatorsShort);
				const marks = [
					...layout.sites.filter((m) => m.site.figures.some((f) => forces.has(f.figure.side))),
					...layout.units.filter((m) => [...m.site.formations, ...m.site.reports].some((u) => forces.has(u.unit.side))),
					...layout.arrows.filter((a) => forces.has(a.side)).map((a) => ({ key: a.key, x: a.x1, y: a.y1, label: a.label }))
				];
				for (const m of marks) {
					if (!m.label.shown) continue;
					checked++;
					const inside = samplePoints(view, m.x, m.y, m.label).find(([lat, lon]) => held(lat, lon));
					if (inside) wrong.push(`${date} ${m.key} "${m.label.lines[0]?.lead}${m.label.lines[0]?.rest}" at ${inside.map((n) => n.toFixed(2))}`);
				}
			}
			expect(wrong).toEqual([]);
			expect(checked).toBeGreaterThan(dates.length * 2);
		});
	}

	it('on 20 April 2021 the "3,000 troops" label near Kharkiv oblast is moved or shortened, not dropped', () => {
		const layout = layoutScene(scene.at('2021-04-20'), views['1280 px'], slice.estimatorsShort);
		const russian = layout.sites.filter((m) => m.site.figures.some((f) => forces.has(f.figure.side)));
		expect(russian.length).toBeGreaterThan(0);
		expect(russian.filter((m) => m.label.shown).length).toBeGreaterThanOrEqual(russian.length - 1);
	});

	it.each(Object.entries(views))('at %s on 24 Feb 2022 the invasion label is in the view and clear of every symbol', (_name, view) => {
		const layout = layoutScene(scene.at(INVASION), view, slice.estimatorsShort);
		const inv = layout.invasion!;
		expect(inv.label.lines[0].lead + inv.label.lines[0].rest).toBe('Invasion, 24 February 2022');
		const box = { x: view.ox + inv.x * view.k + inv.label.dx, y: view.oy + inv.y * view.k + inv.label.dy, w: inv.label.w, h: inv.label.lines.length * 14 + 4 };
		expect(box.x).toBeGreaterThanOrEqual(0);
		expect(box.x + box.w).toBeLessThanOrEqual(view.w);
		for (const m of [...layout.sites, ...layout.units]) {
			const [cx, cy] = [view.ox + m.x * view.k, view.oy + m.y * view.k];
			const near = Math.max(box.x - cx, 0, cx - box.x - box.w) ** 2 + Math.max(box.y - cy, 0, cy - box.y - box.h) ** 2 < m.r ** 2;
			expect(near, `${m.key} under the invasion label`).toBe(false);
		}
		expect(layout.units.some((m) => m.label.lines.some((l) => l.lead === 'Invasion'))).toBe(false);
	});

	it(`from ${INVASION} labels may lie over Ukraine (the invasion is the story)`, () => {
		const layout = layoutScene(scene.at(INVASION), views['360 px'], slice.estimatorsShort);
		const overUkraine = [...layout.sites, ...layout.units].filter((m) => m.label.shown && samplePoints(views['360 px'], m.x, m.y, m.label).some(([lat, lon]) => held(lat, lon)));
		expect(overUkraine.length).toBeGreaterThan(0);
	});
});
