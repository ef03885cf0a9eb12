// Map page speed: main-thread time per date step while scrubbing through every date, and long
// tasks during a full play-through at 4×. Used by scripts/bench.mjs: `await measureMap({ browser, origin })`.
// Figures, not assertions.

function percentile(sorted, p) {
	if (sorted.length === 0) return 0;
	const i = Math.min(sorted.length - 1, Math.ceil((p / 100) * sorted.length) - 1);
	return sorted[Math.max(0, i)];
}
const round = (n) => Math.round(n * 100) / 100;

/**
 * @param {{ browser: import('@playwright/test').Browser, origin: string }} options
 */
export async function measureMap({ browser, origin }) {
	const context = await browser.newContext({ viewport: { width: 1280, height: 900 } });
	const page = await context.newPage();
	try {
		await page.goto(`${origin}/map?date=2021-02-21`, { waitUntil: 'networkidle' });
		await page.waitForFunction(() => document.body.dataset.hydrated === 'true');
		await page.waitForSelector('svg.data [data-figure], svg.data [data-formation]', { timeout: 10_000 });
		const slider = page.getByRole('slider', { name: 'Date shown on the map' });
		await slider.press('Home');
		await page.waitForTimeout(300);

		// Scrub: one ArrowRight per date. Each step is timed in the page from the key event to the
		// end of the style/layout it causes (a forced layout), after Svelte's and Leaflet's updates.
		// The step is the map's redraw; the "Known on D" list follows in an idle task of its own
		// (src/routes/map/+page.svelte), which the play-through's long-task count covers.
		const scrub = await page.evaluate(async () => {
			const input = document.querySelector('input[type=range]');
			const steps = Number(input.max);
			const hop = () => new Promise((resolve) => {
				const channel = new MessageChannel();
				channel.port1.onmessage = () => resolve();
				channel.port2.postMessage(0);
			});
			const times = [];
			for (let i = 0; i < steps; i++) {
				const t0 = performance.now();
				input.dispatchEvent(new KeyboardEvent('keydown', { key: 'ArrowRight', bubbles: true, cancelable: true }));
				await hop(); // microtasks (Svelte's batched effects) have run
				document.querySelector('.map-view')?.getBoundingClientRect();
				document.body.offsetHeight; // forced style + layout
				times.push(performance.now() - t0);
				await new Promise((r) => requestAnimationFrame(() => setTimeout(r, 0))); // let the frame paint before the next step
			}
			// The "Known on D" list follows the map in the next idle time (≤ 200 ms): read its date then.
			await new Promise((r) => setTimeout(r, 400));
			return { steps, times, end: document.querySelector('[data-testid=known-date]')?.textContent };
		});
		const sorted = [...scrub.times].sort((a, b) => a - b);

		// Play-through at 4× from the start, watching long tasks.
		await slider.press('Home');
		await page.evaluate(() => {
			window.__mapLongTasks = [];
			new PerformanceObserver((list) => {
				for (const e of list.getEntries()) window.__mapLongTasks.push(e.duration);
			}).observe({ type: 'longtask' });
		});
		await page.getByLabel('Speed').selectOption('4');
		const playStart = Date.now();
		await page.getByRole('button', { name: 'Play' }).click();
		await page.getByRole('button', { name: 'Play' }).waitFor({ timeout: 120_000 });
		const playMs = Date.now() - playStart;
		const longTasks = await page.evaluate(() => window.__mapLongTasks);

		return {
			steps: scrub.steps,
			endDate: scrub.end,
			stepMs: { p50: round(percentile(sorted, 50)), p95: round(percentile(sorted, 95)), max: round(sorted.at(-1) ?? 0), mean: round(scrub.times.reduce((s, t) => s + t, 0) / Math.max(1, scrub.times.length)) },
			playThroughMs: playMs,
			longTasksDuringPlay: { count: longTasks.length, maxMs: round(Math.max(0, ...longTasks)) }
		};
	} finally {
		await context.close();
	}
}
