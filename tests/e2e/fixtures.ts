/**
 * The e2e fixture every page test uses. Import `test` and `expect` from here, not from
 * '@playwright/test'. Each test's page is watched from its first request to its end; the test
 * fails at teardown when the page logged a console error, threw an uncaught error, had a request
 * fail, or asked for anything from another origin (such requests are blocked, never sent).
 * `visit(path)` opens a page and waits for the app to start. axe-core: the quality gate
 * (quality.spec.ts, project `quality-gates`) runs it on every prerendered page as it loads, in
 * light, dark and at 360 px (dark), so `visit()` runs it only where the gate does not look — a
 * URL with a query (`/map?date=…`, `/timeline?order=newest`: another state of the page), a
 * viewport other than 1280 px wide — or when asked with `visit(path, { axe: true })`. For a state reached by interaction (an opened dialog, a filtered
 * list), call `expectAccessible(page, 'what is shown')` after it.
 */
import { test as base, expect, type Page } from '@playwright/test';
import AxeBuilder from '@axe-core/playwright';
import { pagePaths, buildDir as defaultBuildDir } from '../../scripts/transfer.mjs';

export interface PageProblem {
	kind: 'console-error' | 'page-error' | 'request-failed' | 'off-origin' | 'http-error';
	detail: string;
}

/** Starts watching `page` for problems; returns a live list. Blocks every off-origin request. */
export async function watchPage(page: Page, origin: string, { javaScriptEnabled = true } = {}): Promise<PageProblem[]> {
	const problems: PageProblem[] = [];
	await page.route(
		(url) => url.origin !== origin && (url.protocol === 'http:' || url.protocol === 'https:' || url.protocol === 'ws:' || url.protocol === 'wss:'),
		(route) => {
			problems.push({ kind: 'off-origin', detail: route.request().url() });
			return route.abort('blockedbyclient');
		}
	);
	page.on('console', (message) => {
		if (message.type() === 'error') problems.push({ kind: 'console-error', detail: message.text() });
	});
	page.on('pageerror', (error) => problems.push({ kind: 'page-error', detail: error.message }));
	// Which main-frame navigation each request was made in: a request still in flight when the page
	// navigates away (a lazy chart's data fetched at idle, then the test opens the next page; a
	// stylesheet of a page the test leaves before it has loaded) is cancelled by the browser, which
	// is not a fault of the page. A navigation counts from its start (the main frame's document
	// request) as well as from its commit: the old page's requests are cancelled at the commit, and
	// Chromium may report that before or after the commit event.
	let navigations = 0;
	const madeIn = new WeakMap<object, number>();
	page.on('framenavigated', (frame) => {
		if (frame === page.mainFrame()) navigations++;
	});
	page.on('request', (request) => {
		if (request.isNavigationRequest() && request.frame() === page.mainFrame()) navigations++;
		madeIn.set(request, navigations);
	});
	page.on('requestfailed', (request) => {
		// Off-origin requests are already reported (and aborted) above.
		if (new URL(request.url()).origin !== origin) return;
		if (request.failure()?.errorText.includes('ERR_ABORTED') && (madeIn.get(request) ?? navigations) < navigations) return;
		// A download navigation is reported as aborted; that is expected.
		const failure = request.failure()?.errorText ?? 'failed';
		if (failure.includes('ERR_ABORTED') && request.resourceType() === 'document') return;
		// Chromium asks for the icon late, at idle priority, and cancels it when the page reloads or
		// navigates away (a test's page.reload() can land in between): not a fault of the page.
		if (failure.includes('ERR_ABORTED') && new URL(request.url()).pathname === '/favicon.svg') return;
		// With JavaScript disabled, Chromium refuses the page's scripts and reports them as 'csp'.
		if (!javaScriptEnabled && failure === 'csp' && request.resourceType() === 'script') return;
		problems.push({ kind: 'request-failed', detail: `${request.url()} (${failure})` });
	});
	page.on('response', (response) => {
		if (response.status() >= 400 && new URL(response.url()).origin === origin) {
			problems.push({ kind: 'http-error', detail: `${response.status()} ${response.url()}` });
		}
	});
	return problems;
}

/** Runs axe-core on the page as it is now; returns the violations, with their targets. */
export async function accessibilityViolations(page: Page) {
	const results = await new AxeBuilder({ page })
		.withTags(['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa', 'best-practice'])
		// Only violations are read: axe then skips collecting the details of every passing node.
		// Every rule still runs on every node.
		.options({ resultTypes: ['violations'] })
		// axe.run() in the page itself, instead of runPartial() per frame and finishRun() in a new
		// blank page with the partial results copied over: 3–8× faster on the long pages
		// (/sources 24 → 8 s on a busy machine). What it gives up is testing cross-origin frames,
		// and the site has no frames at all.
		.setLegacyMode(true)
		.analyze();
	return results.violations.map((v) => ({
		id: v.id,
		impact: v.impact,
		help: v.help,
		targets: v.nodes.map((n) => n.target.join(' ')).slice(0, 5)
	}));
}

/** Fails the test (with the violations) when axe finds anything on the page as it is now. */
export async function expectAccessible(page: Page, state: string): Promise<void> {
	expect(await accessibilityViolations(page), `Accessibility violations: ${state}`).toEqual([]);
}

/**
 * Whether the quality gate checks `path` with axe as it loads at this viewport width: every
 * prerendered page of the build served, without a query, at 1280 px (light and dark; it checks
 * 360 px in dark mode only, so a visit at another width is not covered).
 */
let gatePages: Set<string> | undefined;
export function gateCovers(path: string, viewportWidth = 1280): boolean {
	gatePages ??= new Set(pagePaths(process.env.E2E_BUILD_DIR ?? defaultBuildDir));
	const url = new URL(path, 'http://site.invalid');
	return viewportWidth === 1280 && url.search === '' && gatePages.has(url.pathname);
}

/**
 * Waits until a page is ready to be checked: SvelteKit marks the body once its client app has
 * started; a page built with `csr = false` (/about, the long lists' static pages) has no start-up
 * script (kit's is inline; its only script is the worker's registration, a file) and is complete
 * as served.
 */
export async function waitForApp(page: Page, timeout = 10_000): Promise<void> {
	await page.waitForFunction(() => document.body.dataset.hydrated === 'true' || !document.querySelector('script:not([src])'), null, { timeout });
}

export function describeProblems(problems: PageProblem[]): string {
	return problems.map((p) => `  - ${p.kind}: ${p.detail}`).join('\n');
}

interface Fixtures {
	/** Problems seen on the page so far; checked (must be empty) when the test ends. */
	pageProblems: PageProblem[];
	/**
	 * Opens `path` and waits for the app to hydrate; runs axe (failing on any violation) when the
	 * quality gate does not cover this URL as loaded (see `gateCovers`), or when `axe: true`.
	 */
	visit: (path: string, options?: { axe?: boolean }) => Promise<void>;
	/** Problems a test expects on purpose (e.g. a 404 page visit); removed before the check. */
	allowProblem: (match: (problem: PageProblem) => boolean) => void;
}

export const test = base.extend<Fixtures>({
	pageProblems: [
		async ({ page, baseURL, javaScriptEnabled }, use) => {
			const origin = new URL(baseURL ?? 'http://127.0.0.1').origin;
			const problems = await watchPage(page, origin, { javaScriptEnabled });
			await use(problems);
			expect(problems, `Problems on the page:\n${describeProblems(problems)}`).toEqual([]);
		},
		{ auto: true }
	],
	allowProblem: async ({ pageProblems }, use) => {
		await use((match) => {
			for (let i = pageProblems.length - 1; i >= 0; i--) {
				if (match(pageProblems[i])) pageProblems.splice(i, 1);
			}
		});
	},
	visit: async ({ page }, use) => {
		await use(async (path: string, { axe = !gateCovers(path, page.viewportSize()?.width) } = {}) => {
			await page.goto(path);
			await waitForApp(page);
			if (axe) await expectAccessible(page, `${path} as loaded`);
		});
	}
});

/**
 * Records every Content Security Policy violation of the documents `page` opens from now on
 * (read them with `cspViolations`): a listener installed before any of the page's own scripts.
 */
export async function recordCspViolations(page: Page): Promise<void> {
	await page.addInitScript(() => {
		const w = window as unknown as { __cspViolations: string[] };
		w.__cspViolations = [];
		document.addEventListener(
			'securitypolicyviolation',
			(e) => w.__cspViolations.push(`${e.effectiveDirective} blocked ${e.blockedURI || '(inline)'} at ${e.sourceFile}:${e.lineNumber}`),
			true
		);
	});
}

/** The CSP violations recorded in the current document (see recordCspViolations). */
export const cspViolations = (page: Page): Promise<string[]> =>
	page.evaluate(() => (window as unknown as { __cspViolations?: string[] }).__cspViolations ?? ['(listener missing)']);

/** Waits until a page with a Leaflet map has drawn something on it (basemap or symbols). */
export async function waitForMapDrawn(page: Page): Promise<void> {
	if ((await page.locator('.leaflet-container').count()) === 0) return;
	await expect(page.locator('.leaflet-overlay-pane path, .leaflet-marker-pane > *').first()).toBeAttached({ timeout: 15_000 });
}

export { expect };
