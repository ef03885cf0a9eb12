/**
 * The e2e fixture every page test uses. Import `test` and `expect` from here, not from
 * '@playwright/test'. Each test's page is watched from its first request to its end; the test
 * fails at teardown when the page logged a console error, threw an uncaught error, had a request
 * fail, or asked for anything from another origin (such requests are blocked, never sent).
 * `visit(path)` opens a page and fails on any axe-core accessibility violation.
 */
import { test as base, expect, type Page } from '@playwright/test';
import AxeBuilder from '@axe-core/playwright';

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
	page.on('requestfailed', (request) => {
		// Off-origin requests are already reported (and aborted) above.
		if (new URL(request.url()).origin !== origin) return;
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
		.analyze();
	return results.violations.map((v) => ({
		id: v.id,
		impact: v.impact,
		help: v.help,
		targets: v.nodes.map((n) => n.target.join(' ')).slice(0, 5)
	}));
}

/**
 * Waits until a page is ready to be checked: SvelteKit marks the body once its client app has
 * started; a page built with `csr = false` (the long lists' static pages) ships no script at all
 * and is complete as served.
 */
export async function waitForApp(page: Page, timeout = 10_000): Promise<void> {
	await page.waitForFunction(() => document.body.dataset.hydrated === 'true' || document.scripts.length === 0, null, { timeout });
}

export function describeProblems(problems: PageProblem[]): string {
	return problems.map((p) => `  - ${p.kind}: ${p.detail}`).join('\n');
}

interface Fixtures {
	/** Problems seen on the page so far; checked (must be empty) when the test ends. */
	pageProblems: PageProblem[];
	/** Opens `path`, waits for the app to hydrate, and fails on any accessibility violation. */
	visit: (path: string) => Promise<void>;
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
		await use(async (path: string) => {
			await page.goto(path);
			await waitForApp(page);
			const violations = await accessibilityViolations(page);
			expect(violations, `Accessibility violations on ${path}`).toEqual([]);
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
