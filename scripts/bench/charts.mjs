// Render timings of /charts for `npm run bench` (wired in by scripts/bench.mjs).
// `measureCharts({ browser, origin })` loads /charts in a fresh context at 1280 px and reads the
// browser's own Performance entries: when the prerendered HTML was parsed (domContentLoaded),
// when the last chart hydrated (its 'charts:hydrated' performance mark), when every chart had re-rendered at its
// measured width after hydration, the count of marks drawn, and the transfer (encoded bytes)
// of the page's requests by kind. Figures, not assertions.

/** @param {{ browser: import('@playwright/test').Browser, origin: string, path?: string }} options */
export async function measureCharts({ browser, origin, path = '/charts' }) {
	const context = await browser.newContext({ viewport: { width: 1280, height: 900 } });
	const page = await context.newPage();
	try {
		await page.goto(origin + path, { waitUntil: 'load' });
		await page.waitForFunction(() => document.body.dataset.hydrated === 'true', null, { timeout: 15_000 });
		// Two animation frames after hydration: the charts have re-drawn at the measured width.
		const drawnAt = await page.evaluate(
			() => new Promise((resolve) => requestAnimationFrame(() => requestAnimationFrame(() => resolve(performance.now()))))
		);
		const timings = await page.evaluate(() => {
			const nav = /** @type {PerformanceNavigationTiming} */ (performance.getEntriesByType('navigation')[0]);
			const paints = Object.fromEntries(performance.getEntriesByType('paint').map((p) => [p.name, p.startTime]));
			const resources = /** @type {PerformanceResourceTiming[]} */ (performance.getEntriesByType('resource'));
			const bytes = { html: nav.encodedBodySize, js: 0, css: 0, data: 0, other: 0 };
			for (const r of resources) {
				const kind = /\.m?js$/.test(r.name) ? 'js' : /\.css$/.test(r.name) ? 'css' : /\.(json|csv)$/.test(r.name) ? 'data' : 'other';
				bytes[kind] += r.transferSize || r.encodedBodySize;
			}
			return {
				responseEndMs: nav.responseEnd,
				domContentLoadedMs: nav.domContentLoadedEventEnd,
				loadMs: nav.loadEventEnd,
				firstContentfulPaintMs: paints['first-contentful-paint'] ?? null,
				requests: resources.length + 1,
				bytes,
				charts: document.querySelectorAll('[data-chart]').length,
				marks: document.querySelectorAll('svg.chart-svg [data-mark]').length,
				htmlKB: Math.round(document.documentElement.outerHTML.length / 102.4) / 10
			};
		});
		const hydratedMs = await page.evaluate(() => {
			const mark = performance.getEntriesByName('charts:hydrated').at(-1);
			return mark ? mark.startTime : null;
		});
		const round = (n) => (n === null || n === undefined ? null : Math.round(n));
		return {
			page: path,
			responseEndMs: round(timings.responseEndMs),
			firstContentfulPaintMs: round(timings.firstContentfulPaintMs),
			domContentLoadedMs: round(timings.domContentLoadedMs),
			loadMs: round(timings.loadMs),
			hydratedMs: round(hydratedMs),
			drawnMs: round(/** @type {number} */ (drawnAt)),
			charts: timings.charts,
			marks: timings.marks,
			requests: timings.requests,
			transferBytes: timings.bytes,
			domKB: timings.htmlKB
		};
	} finally {
		await context.close();
	}
}
