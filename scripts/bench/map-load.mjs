// The map page's load for `npm run bench`: navigation → the first paint of the map, and a first
// interaction → Leaflet ready (the `map:interactive` mark), with the main-thread time spent.
// `await measureMapLoad({ browser, origin })`. Figures, not assertions.
import { median } from './lighthouse.mjs';

const round = (n) => Math.round(n * 100) / 100;

// What "the map is painted" means for the load figures: the prerendered SVG map's shapes or, on
// a build without it, Leaflet's first drawn layer. `map:interactive` is the mark the map's code
// sets when Leaflet is ready for input.
export const MAP_PAINTED_SELECTOR = '.map-box svg path, .leaflet-overlay-pane path, .leaflet-marker-pane > *';
export const MAP_INTERACTIVE_MARK = 'map:interactive';

/**
 * The map page's load, as a reader on a mid-range phone meets it (CPU slowed 4×, as Lighthouse's
 * mobile preset; the network is the local server): per run, in a fresh context,
 * - `paintMs`: navigation → the first frame in which the map is painted (`MAP_PAINTED_SELECTOR`);
 * - `mainThreadToPaintMs`: main-thread task time (Chromium's TaskDuration) spent by then;
 * - `interactionToInteractiveMs`: a pointer event on the map (Leaflet loads on first interaction)
 *   → the `map:interactive` mark; 0 when the mark was already set before the interaction;
 * - `mainThreadToInteractiveMs`: main-thread task time from navigation to the mark.
 * Medians over `runs`. A build without the mark (older map code) gives null for the two
 * interactive figures (printed "n/a"), never a guess.
 * @param {{ browser: import('@playwright/test').Browser, origin: string, runs?: number, cpuSlowdown?: number }} options
 */
export async function measureMapLoad({ browser, origin, runs = 3, cpuSlowdown = 4 }) {
	const all = [];
	for (let run = 0; run < runs; run++) {
		const context = await browser.newContext({ viewport: { width: 1280, height: 900 }, serviceWorkers: 'block' });
		const page = await context.newPage();
		try {
			const cdp = await context.newCDPSession(page);
			await cdp.send('Performance.enable');
			await cdp.send('Emulation.setCPUThrottlingRate', { rate: cpuSlowdown });
			const taskMs = async () => {
				const { metrics } = await cdp.send('Performance.getMetrics');
				return 1000 * (metrics.find((m) => m.name === 'TaskDuration')?.value ?? 0);
			};
			// The first frame with the map painted, recorded in the page from its first byte on.
			await page.addInitScript((selector) => {
				const w = /** @type {any} */ (window);
				const look = () => {
					if (document.querySelector(selector)) requestAnimationFrame(() => (w.__mapPaintedAt = performance.now()));
					else requestAnimationFrame(look);
				};
				requestAnimationFrame(look);
			}, MAP_PAINTED_SELECTOR);
			const tasksBefore = await taskMs();
			await page.goto(`${origin}/map`, { waitUntil: 'load' });
			const painted = await page.waitForFunction(() => /** @type {any} */ (window).__mapPaintedAt, null, { timeout: 30_000 }).then((h) => h.jsonValue()).catch(() => null);
			const mainThreadToPaint = (await taskMs()) - tasksBefore;
			// Interact: a pointer over the map and a wheel-less press, as a reader reaching for it.
			const markBefore = await page.evaluate((name) => performance.getEntriesByName(name).length > 0, MAP_INTERACTIVE_MARK);
			const box = await page.locator('.map-box').first().boundingBox();
			const t0 = await page.evaluate(() => performance.now());
			if (box) {
				await page.mouse.move(box.x + box.width / 2, box.y + box.height / 2);
				await page.mouse.down();
				await page.mouse.up();
			}
			const markAt = await page
				.waitForFunction((name) => performance.getEntriesByName(name)[0]?.startTime ?? null, MAP_INTERACTIVE_MARK, { timeout: 15_000 })
				.then((h) => h.jsonValue())
				.catch(() => null);
			const mainThreadToInteractive = markAt === null ? null : (await taskMs()) - tasksBefore;
			all.push({
				paintMs: painted,
				mainThreadToPaintMs: mainThreadToPaint,
				interactionToInteractiveMs: markAt === null ? null : markBefore ? 0 : Math.max(0, markAt - t0),
				mainThreadToInteractiveMs: mainThreadToInteractive,
				markBeforeInteraction: markBefore
			});
		} finally {
			await context.close();
		}
	}
	const med = (key) => {
		const m = median(all.map((r) => r[key]));
		return m === null ? null : round(m);
	};
	return {
		runs,
		cpuSlowdown,
		paintMs: med('paintMs'),
		mainThreadToPaintMs: med('mainThreadToPaintMs'),
		interactionToInteractiveMs: med('interactionToInteractiveMs'),
		mainThreadToInteractiveMs: med('mainThreadToInteractiveMs'),
		markBeforeInteraction: all.some((r) => r.markBeforeInteraction),
		markFound: all.some((r) => r.interactionToInteractiveMs !== null)
	};
}
