// The map's first paint and its takeover: the prerendered SVG map reads without JavaScript; with
// JavaScript it becomes interactive without a layout shift, and Leaflet, loaded only when the
// reader first zooms or pans, takes over the same view without moving anything.
import { readFileSync } from 'node:fs';
import { feature } from 'topojson-client';
import { geoContains } from 'd3-geo';
import type { Topology, GeometryCollection } from 'topojson-specification';
import type { Feature, Geometry } from 'geojson';
import { test, expect } from './fixtures';
import type { Dataset } from '../../src/lib/data/types';
import { MAP_END } from '../../src/lib/map/select';
import { invert } from '../../src/lib/map/frame';

const dataset: Dataset = JSON.parse(readFileSync('src/lib/generated/dataset.json', 'utf8'));
const formatDay = (d: string) => new Date(d + 'T00:00:00Z').toLocaleDateString('en-GB', { day: 'numeric', month: 'short', year: 'numeric', timeZone: 'UTC' });

test.describe('without JavaScript', () => {
	test.use({ javaScriptEnabled: false });
	test('/map shows the prerendered map of the default date and the list beside it, and says the date needs JavaScript', async ({ page }) => {
		await page.goto('/map?date=2021-04-20');
		// The data layer laid out for this width (the markup has one per static layout, stageViews.ts).
		const svg = page.locator('svg.data:visible');
		await expect(svg).toHaveCount(1);
		await expect(svg).toHaveClass(/stage-main/);
		await expect(svg.locator('title')).toHaveText(`Forces around Ukraine on ${formatDay(MAP_END)}`);
		expect(((await svg.locator('desc').textContent()) ?? '').length).toBeGreaterThan(40);
		// The basemap is drawn in the page itself (no image to wait for): Ukraine's outline and the sea, filling the map's box.
		const basemap = page.locator('svg.basemap');
		await expect(basemap).toBeVisible();
		expect(await basemap.locator('path.ua').getAttribute('d')).toMatch(/^M\d/);
		await expect(basemap.locator('rect.sea')).toHaveCount(1);
		const [frame, box] = [await basemap.boundingBox(), await page.locator('.map-box .map-view').boundingBox()];
		expect(frame!.width).toBeGreaterThanOrEqual(box!.width - 0.5);
		await expect(page.locator('img.basemap')).toHaveCount(0);
		// The day's symbols: the formations in Belarus and the figures at their places.
		await expect(page.locator('[data-units=belarus] [data-formation]').first()).toBeVisible();
		expect(await page.locator('.data [data-figure]').count()).toBeGreaterThan(3);
		await expect(page.getByTestId('totals')).toContainText('127,000');
		await expect(page.getByTestId('known-date')).toHaveText(formatDay(MAP_END));
		// The list carries the excerpts (a reader opens the <details>).
		const first = page.getByTestId('known-figure').first();
		const id = (await first.getAttribute('data-id'))!;
		await first.locator('summary').click();
		await expect(first.locator('blockquote')).toContainText(dataset.figures.find((f) => f.id === id)!.excerpt.slice(0, 30));
		await expect(page.locator('p.notice').filter({ hasText: 'needs JavaScript' })).toContainText('choosing another date (or ?date=) needs JavaScript');
	});
});

// The page is served with the default date's map laid out for three box sizes; at those widths it
// shows the one made for it, with labels apart and inside the box, and computes nothing: no month
// is fetched and no live scene is made until the reader does something.
for (const [width, layer] of [
	[1280, 'stage-main'],
	[412, 'stage-phone'],
	[360, 'stage-narrow']
] as const) {
	test(`at ${width} px the served map is the one laid out for its box, and nothing is computed until the reader acts`, async ({ page, visit }) => {
		const months: string[] = [];
		page.on('request', (r) => {
			if (r.url().includes('/map/months/')) months.push(r.url());
		});
		await page.setViewportSize({ width, height: 900 });
		await visit('/map');
		const svg = page.locator('svg.data:visible');
		await expect(svg).toHaveCount(1);
		await expect(svg).toHaveClass(new RegExp(layer));
		await page.waitForTimeout(500); // past an idle callback: a box that did not fit would have gone live by now
		expect(await page.evaluate(() => performance.getEntriesByName('map:scene').length)).toBe(0);
		expect(months).toEqual([]);
		const { box, rects, total } = await page.evaluate(() => {
			const r = (el: Element) => {
				const b = el.getBoundingClientRect();
				return { x: b.x, y: b.y, w: b.width, h: b.height };
			};
			const layerNode = [...document.querySelectorAll('svg.data')].find((n) => getComputedStyle(n).display !== 'none')!;
			return { box: r(document.querySelector('.map-view')!), rects: [...layerNode.querySelectorAll('.label:not(.dropped) .halo')].map(r), total: layerNode.querySelectorAll('.label').length };
		});
		expect(rects.length).toBeGreaterThanOrEqual(Math.min(3, total));
		for (const a of rects) {
			expect(a.x).toBeGreaterThanOrEqual(box.x - 0.5);
			expect(a.x + a.w).toBeLessThanOrEqual(box.x + box.w + 0.5);
			expect(a.y).toBeGreaterThanOrEqual(box.y - 0.5);
			expect(a.y + a.h).toBeLessThanOrEqual(box.y + box.h + 0.5);
		}
		for (let i = 0; i < rects.length; i++)
			for (let j = i + 1; j < rects.length; j++) {
				const [a, b] = [rects[i], rects[j]];
				expect(a.x < b.x + b.w - 0.5 && b.x < a.x + a.w - 0.5 && a.y < b.y + b.h - 0.5 && b.y < a.y + a.h - 0.5, `labels ${i} and ${j} overlap`).toBe(false);
			}
		// The first step of the scrubber makes it live: the month is fetched and the map shows the new day.
		await page.getByRole('slider', { name: 'Date shown on the map' }).press('ArrowLeft');
		await expect(page.locator('.stamp strong')).toHaveText('23 Feb 2022');
		expect(months.some((m) => m.endsWith('/map/months/2022-02.json'))).toBe(true);
		await expect(page.locator('svg.data')).toHaveCount(1);
	});
}

test('at a width the static layout was not made for, the page lays the map out for its box as soon as it is idle', async ({ page, visit }) => {
	await page.setViewportSize({ width: 1024, height: 900 });
	await visit('/map');
	await expect.poll(() => page.evaluate(() => performance.getEntriesByName('map:scene').length)).toBe(1);
	await expect(page.locator('svg.data')).toHaveCount(1);
	await expect(page.locator('.stamp strong')).toHaveText('24 Feb 2022');
});

/** Sum of layout-shift values so far (recorded from the start of the page). */
const shifts = (page: import('@playwright/test').Page) => page.evaluate(() => (window as unknown as { __cls: number }).__cls);

test('the page becomes interactive, and Leaflet takes over on the first zoom, with no layout shift and nothing moving', async ({ page, visit }) => {
	await page.addInitScript(() => {
		const w = window as unknown as { __cls: number };
		w.__cls = 0;
		new PerformanceObserver((list) => {
			for (const e of list.getEntries() as unknown as { value: number; hadRecentInput: boolean }[]) w.__cls += e.value;
		}).observe({ type: 'layout-shift', buffered: true });
	});
	await page.setViewportSize({ width: 1280, height: 900 });
	// The default date: the page as prerendered (another ?date= changes what is shown once it runs).
	await visit('/map');
	await expect(page.locator('.leaflet-container')).toHaveCount(0);
	const mark = page.locator('[data-units=belarus] [data-formation]').first();
	const before = await mark.boundingBox();
	const basemap = await page.locator('svg.basemap').boundingBox();
	expect(await shifts(page)).toBe(0);

	// A reader's first zoom loads Leaflet; its view matches the frame, then zooms in.
	const leafletRequests: string[] = [];
	page.on('request', (r) => {
		if (/leaflet/i.test(r.url())) leafletRequests.push(r.url());
	});
	await page.getByRole('button', { name: 'Zoom in' }).click();
	await expect(page.locator('.leaflet-container')).toHaveCount(1);
	expect(await page.evaluate(() => performance.getEntriesByName('map:interactive').length)).toBe(1);
	expect(leafletRequests.length).toBeGreaterThan(0);
	const after = await mark.boundingBox();
	// Zoomed in by 0.5 levels about the centre: the mark moved away from the centre by 2^0.5.
	const box = (await page.locator('.map-box').boundingBox())!;
	const cx = box.x + box.width / 2;
	const cy = box.y + box.height / 2;
	const d0 = Math.hypot(before!.x + before!.width / 2 - cx, before!.y + before!.height / 2 - cy);
	const d1 = Math.hypot(after!.x + after!.width / 2 - cx, after!.y + after!.height / 2 - cy);
	expect(d1 / d0).toBeCloseTo(Math.SQRT2, 1);
	// The live map shows the basemap as the image of the same drawing.
	const zoomedBasemap = (await page.locator('img.basemap').boundingBox())!;
	expect(zoomedBasemap.width / basemap!.width).toBeCloseTo(Math.SQRT2, 2);
	// Back to the first view: everything where it was.
	await page.getByRole('button', { name: 'Reset the view' }).click();
	const reset = await mark.boundingBox();
	expect(Math.abs(reset!.x - before!.x)).toBeLessThan(1);
	expect(Math.abs(reset!.y - before!.y)).toBeLessThan(1);
	expect(await shifts(page)).toBe(0);
});

test('no Russian, Belarusian or separatist mark is drawn inside government-held Ukraine before 24 February', async ({ page, visit }) => {
	test.setTimeout(120_000);
	const topo = JSON.parse(readFileSync('static/geo/basemap.topo.json', 'utf8')) as Topology;
	const layer = (name: string) => feature(topo, topo.objects[name] as GeometryCollection).features as Feature<Geometry, { id: string }>[];
	const ukraine = layer('countries').find((f) => f.properties.id === 'ukr')!;
	const occupied = layer('occupied');
	const held = (lat: number, lon: number) => geoContains(ukraine, [lon, lat]) && !occupied.some((o) => geoContains(o, [lon, lat]));
	expect(held(50.45, 30.52)).toBe(true);
	for (const date of ['2021-04-10', '2021-12-15', '2022-01-25', '2022-02-23']) {
		await visit(`/map?date=${date}`);
		// Every drawn group with a Russian, Belarusian or separatist mark: where it is on screen, as a place.
		const drawn = await page.evaluate(() => {
			const box = document.querySelector('.map-box')!.getBoundingClientRect();
			const view = document.querySelector('.map-view')!;
			const style = getComputedStyle(view);
			return [...document.querySelectorAll('.data .at.site, .data .at.unit-site, .data .at.arrow')]
				.filter((g) => g.querySelector('.russia, .belarus, .separatist') || g.matches('.russia, .belarus, .separatist'))
				.map((g) => {
					const m = new DOMMatrixReadOnly(getComputedStyle(g).transform);
					return { px: m.e, py: m.f, w: box.width, h: box.height, k: style.getPropertyValue('--k') };
				});
		});
		expect(drawn.length, date).toBeGreaterThan(0);
		for (const d of drawn) {
			const k = Math.max(d.w / 960, d.h / 720);
			const x = (d.px - (d.w / 2 - 480 * k)) / k;
			const y = (d.py - (d.h / 2 - 360 * k)) / k;
			const [lat, lon] = invert(x, y);
			expect(held(lat, lon), `${date}: a mark at ${lat.toFixed(2)}, ${lon.toFixed(2)}`).toBe(false);
		}
	}
});
