// The map's caps on what would overlap, at the real dataset's size and at a many-sources size:
// a figure site draws its SITE_FIGURES largest figures and counts the others in its label; one
// point carries at most PINS_PER_PLACE event pins. What is not drawn is counted, and the count is
// exactly what is hidden; the real dataset never reaches a cap (its map is drawn as before).
import { describe, it, expect } from 'vitest';
import { dataset } from '$lib/generated/dataset';
import { mapSlice } from '$lib/map/select';
import { createScene, type Scene } from '$lib/map/scene';
import { layoutScene, moreFiguresLine, PINS_PER_PLACE, SITE_FIGURES, type Layout } from '$lib/map/layout';
import { viewFor } from '$lib/map/frame';
import type { MapSlice } from '$lib/map/types';

const real = mapSlice(dataset);
const view = viewFor(856, 571);

/**
 * The real slice with every figure and event copied `n − 1` times under new ids (copies of a figure
 * under other estimators, so that each copy is a series of its own and the scene keeps it, as a
 * dataset of many sources would), for the scale the map has to stay readable at.
 */
function scaled(slice: MapSlice, n: number): MapSlice {
	const estimators = Object.keys(slice.estimators);
	const figures = slice.figures.flatMap((f) => [f, ...Array.from({ length: n - 1 }, (_, k) => ({ ...f, id: `${f.id}-s${k + 1}`, estimator: `${f.estimator}~${k + 1}` }))]);
	const events = slice.events.flatMap((e) => [e, ...Array.from({ length: n - 1 }, (_, k) => ({ ...e, id: `${e.id}-s${k + 1}` }))]);
	const more = Object.fromEntries(figures.filter((f) => !(f.estimator in slice.estimators)).map((f) => [f.estimator, `copy ${f.estimator}`]));
	expect(estimators.length).toBeGreaterThan(0);
	return { ...slice, figures, events, estimators: { ...slice.estimators, ...more }, estimatorsShort: { ...slice.estimatorsShort, ...more } };
}

/** Checks one layout against its scene; returns how many sites and points were capped. */
let shownCounts = 0;

function checkCaps(scene: Scene, layout: Layout): { cappedSites: number; cappedPoints: number } {
	let cappedSites = 0;
	for (const site of scene.sites) {
		const mark = layout.sites.find((m) => m.site.key === site.key)!;
		expect(mark).toBeDefined();
		const drawnIds = mark.figures.map((s) => s.figure.id);
		const lineIds = [...new Set(mark.label.lines.flatMap((l) => (l.id ? [l.id] : [])))];
		// Every label line about a record is about a drawn figure (all of them, but in a crowded
		// site's short form, which names its largest), and a count line counts the site's figures
		// the label does not name.
		for (const id of lineIds) expect(drawnIds).toContain(id);
		const countLine = mark.label.lines.find((l) => /more figure/.test(l.lead));
		if (mark.label.shown && countLine) expect(countLine).toEqual(moreFiguresLine(site.figures.length - lineIds.length));
		if (mark.label.shown && !countLine && site.figures.length <= SITE_FIGURES) expect(lineIds.length).toBe(site.figures.length);
		if (site.figures.length <= SITE_FIGURES) {
			expect(drawnIds).toEqual(site.figures.map((s) => s.figure.id));
			expect(mark.more).toBe(0);
			expect(mark.label.lines.some((l) => /more figure/.test(l.lead))).toBe(false);
			continue;
		}
		cappedSites++;
		// The largest figures are drawn (the site's own order, largest symbol first) …
		expect(drawnIds).toEqual(site.figures.slice(0, SITE_FIGURES).map((s) => s.figure.id));
		// … the mark counts exactly the figures not drawn, and its label (full or short) ends with
		// the count of the figures it does not name, in words that say where they are.
		const hidden = site.figures.filter((s) => !drawnIds.includes(s.figure.id)).length;
		expect(mark.more).toBe(hidden);
		const count = mark.label.lines.at(-1)!;
		const unnamed = site.figures.length - lineIds.length;
		expect(unnamed).toBeGreaterThanOrEqual(hidden);
		expect(count).toEqual(moreFiguresLine(unnamed));
		expect(`${count.lead}${count.rest}`).toBe(`+${unnamed} more ${unnamed === 1 ? 'figure' : 'figures'}, in the list`);
		if (mark.label.shown) shownCounts++;
	}
	// Pins: at most PINS_PER_PLACE per point, the latest; the last one drawn there counts the others.
	const scenePinsAt = new Map<string, string[]>();
	for (const p of scene.pins) scenePinsAt.set(p.point.join(), [...(scenePinsAt.get(p.point.join()) ?? []), p.event.id]);
	let cappedPoints = 0;
	for (const [at, ids] of scenePinsAt) {
		const drawn = layout.pins.filter((m) => m.pin.point.join() === at);
		expect(drawn.map((m) => m.pin.event.id)).toEqual(ids.slice(0, PINS_PER_PLACE));
		expect(drawn.reduce((n, m) => n + m.more, 0)).toBe(ids.length - drawn.length);
		if (ids.length > PINS_PER_PLACE) {
			cappedPoints++;
			expect(drawn.at(-1)!.more).toBe(ids.length - PINS_PER_PLACE);
		}
	}
	return { cappedSites, cappedPoints };
}

describe('map caps', () => {
	it('the real dataset reaches no cap: every figure of every site and every pin is drawn', () => {
		const index = createScene(real);
		for (const date of index.dates)
			for (const older of [false, true]) {
				const scene = index.at(date, { older });
				const caps = checkCaps(scene, layoutScene(scene, view, real.estimatorsShort));
				expect(caps).toEqual({ cappedSites: 0, cappedPoints: 0 });
			}
	}, 60_000);

	it('at 40× the figures and events, a site with many figures draws SITE_FIGURES and counts the rest; a point draws PINS_PER_PLACE pins', () => {
		const big = scaled(real, 40);
		const index = createScene(big);
		let cappedSites = 0;
		let cappedPoints = 0;
		let largest = 0;
		for (const date of index.dates.filter((_, i) => i % 7 === 0)) {
			const scene = index.at(date);
			for (const site of scene.sites) largest = Math.max(largest, site.figures.length);
			const caps = checkCaps(scene, layoutScene(scene, view, big.estimatorsShort));
			cappedSites += caps.cappedSites;
			cappedPoints += caps.cappedPoints;
		}
		// The copies did make crowded sites and points (else this test would check nothing).
		expect(largest).toBeGreaterThan(SITE_FIGURES * 5);
		expect(cappedSites).toBeGreaterThan(10);
		expect(cappedPoints).toBeGreaterThan(10);
		// Some crowded sites have their count on the map (the full label or its short form placed).
		expect(shownCounts).toBeGreaterThan(0);
	}, 60_000);
});
