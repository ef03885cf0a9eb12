// The long lists (/sources, /timeline) for `npm run bench`: how long a reader waits before the
// page answers (navigation → the app has started, `body[data-hydrated]`), and what one search
// keystroke costs (the key's input event → the last change it makes to the page, with its layout).
// The keystrokes are typed as a reader types them: into the search box once it has focus. Focus
// (like a pointer over or on the form) starts loading the search index; how long it takes to be
// ready after the focus is `indexReadyMs`, and the keys are typed once it is (a reader's click and
// first key are rarely less than a few hundred ms apart). `coldKeystrokeMs` is the other case, on
// a fresh page: a first key whose input event arrives with the index not even asked for (no focus
// event before it), so it waits for the index's download and build.
// Figures, not assertions.

/** One keystroke: time from the input event to the last DOM change it causes, laid out. */
async function keystroke(page, text) {
	return page.evaluate(async (value) => {
		const input = /** @type {HTMLInputElement} */ (document.querySelector('input[type=search]'));
		if (!input) return null;
		let last = -1;
		const observer = new MutationObserver(() => {
			document.body.offsetHeight; // the layout the change needs
			last = performance.now();
		});
		observer.observe(document.querySelector('main') ?? document.body, { subtree: true, childList: true, attributes: true, characterData: true });
		const t0 = performance.now();
		input.value = value;
		input.dispatchEvent(new InputEvent('input', { bubbles: true, inputType: 'insertText', data: value.slice(-1) }));
		document.body.offsetHeight;
		const sync = performance.now();
		// Settled: 300 ms without a change (debounced searches finish within that), 5 s at most.
		await new Promise((resolve) => {
			const started = performance.now();
			const tick = () => {
				const quiet = performance.now() - Math.max(last, sync);
				if (quiet > 300 || performance.now() - started > 5000) resolve(undefined);
				else setTimeout(tick, 50);
			};
			tick();
		});
		observer.disconnect();
		return Math.max(last, sync) - t0;
	}, text);
}

/** A fresh page of `path`, loaded until the app runs; resolves with it and the time that took. */
async function openList(browser, origin, path) {
	const context = await browser.newContext({ viewport: { width: 1280, height: 900 }, serviceWorkers: 'block' });
	const page = await context.newPage();
	await page.addInitScript(() => {
		const w = /** @type {any} */ (window);
		new MutationObserver((_, observer) => {
			if (document.body?.dataset.hydrated === 'true') {
				w.__hydratedAt = performance.now();
				observer.disconnect();
			}
		}).observe(document, { subtree: true, attributes: true, attributeFilter: ['data-hydrated'] });
	});
	await page.goto(origin + path, { waitUntil: 'load' });
	const hydratedAt = await page
		.waitForFunction(() => /** @type {any} */ (window).__hydratedAt, null, { timeout: 60_000 })
		.then((h) => h.jsonValue())
		.catch(() => null);
	return { context, page, hydratedAt };
}

/**
 * @param {{ browser: import('@playwright/test').Browser, origin: string, path: string, query?: string }} options
 */
export async function measureList({ browser, origin, path, query = 'russia' }) {
	const round = (n) => (n === null || n === undefined ? null : Math.round(n * 10) / 10);
	const { context, page, hydratedAt } = await openList(browser, origin, path);
	let indexReadyMs = null;
	const times = [];
	try {
		// The reader clicks (or tabs) into the search box: the page starts loading the index.
		const focusedAt = await page.evaluate(() => {
			/** @type {HTMLInputElement | null} */ (document.querySelector('input[type=search]'))?.focus();
			return performance.now();
		});
		const state = await page
			.waitForFunction(() => document.querySelector('[data-search-index=ready], [data-search-index=failed]')?.getAttribute('data-search-index'), null, { timeout: 60_000 })
			.then((h) => h.jsonValue())
			.catch(() => null);
		if (state === 'ready') indexReadyMs = (await page.evaluate(() => performance.now())) - focusedAt;
		for (let i = 1; i <= query.length; i++) {
			const ms = await keystroke(page, query.slice(0, i));
			if (typeof ms === 'number') times.push(ms);
		}
	} finally {
		await context.close();
	}
	// A first key on a fresh page with no focus event before it: the index is fetched by the key.
	const cold = await openList(browser, origin, path);
	let coldKeystrokeMs = null;
	try {
		coldKeystrokeMs = await keystroke(cold.page, query.slice(0, 1));
	} finally {
		await cold.context.close();
	}
	const sorted = [...times].sort((a, b) => a - b);
	return {
		page: path,
		loadToInteractiveMs: round(hydratedAt),
		indexReadyMs: round(indexReadyMs),
		keystrokes: times.length,
		keystrokeMs: { p50: round(sorted[Math.floor((sorted.length - 1) / 2)]), max: round(sorted.at(-1)) },
		coldKeystrokeMs: round(coldKeystrokeMs)
	};
}
