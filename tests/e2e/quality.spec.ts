// Quality gates run on every prerendered page, found in build/ (build/**/*.html except 404.html),
// so a page added later is covered without touching this file. They form the Playwright project
// `quality-gates` (with hostile.spec.ts): `npx playwright test --project=quality-gates`.
// One test per page loads it once and checks, each in its own step:
// - what the page transfers (gzip) stays within its byte budget;
// - the Content Security Policy is in the page, strict, and nothing violates it (also while the
//   Leaflet map draws and while a chart is exported as PNG and SVG);
// - no inline event handler attributes, in the HTML or in the live page;
// - axe-core finds nothing in light mode, in dark mode, and at 360 px (dark): once per page and
//   mode — the feature specs' visit() leaves the pages as loaded to this gate (fixtures.ts).
// Then, per page, the main content is there with JavaScript disabled, and Lighthouse 13's
// deterministic categories: Accessibility 100, Best Practices 100, SEO 100 (one page per route
// template, one run each, on one Chromium per worker).
// E2E_BUILD_DIR (default build/) names the built site the server serves, for runs on a copy.
import { readFileSync } from 'node:fs';
import { test as base, expect, accessibilityViolations, recordCspViolations, cspViolations, waitForMapDrawn, waitForApp } from './fixtures';
import type { Page } from '@playwright/test';
import type { Dataset } from '../../src/lib/data/types';
import { pagePaths, transferOf, kinds, buildDir as defaultBuildDir } from '../../scripts/transfer.mjs';
import { measureLighthouse, launchChromium } from '../../scripts/bench/lighthouse.mjs';

const buildDir = process.env.E2E_BUILD_DIR ?? defaultBuildDir;
const pages = pagePaths(buildDir);
const dataset: Dataset = JSON.parse(readFileSync('src/lib/generated/dataset.json', 'utf8'));

// Byte budgets (gzip, all same-origin files a page loads): the targets of issue 7, "overview
// ≤ 150 KB gzip in all, map ≤ 250 KB"; every other page ≤ 200 KB.
const KB = 1024;
function budgetFor(path: string): number {
	if (path === '/') return 150 * KB;
	if (path === '/map') return 250 * KB;
	return 200 * KB;
}

// Lighthouse takes about 10 s a page: it gates one page per route template, i.e. of the pages that
// share a parent folder (/charts/<id>) only the first. axe and the rest run on every page.
const lighthousePages = pages.filter((p, i) => {
	const parent = p.slice(0, p.lastIndexOf('/'));
	return parent === '' || !pages.slice(0, i).some((q) => q.startsWith(parent + '/'));
});

// One headless Chromium per worker for Lighthouse (it drives a browser through its DevTools
// port), started on first use and shared by the worker's Lighthouse tests.
const test = base.extend<object, { lighthouseChromium: { port: number } }>({
	lighthouseChromium: [
		async ({}, use) => {
			const chromium = await launchChromium();
			await use(chromium);
			await chromium.stop();
		},
		{ scope: 'worker' }
	]
});

// Checking a page on a busy machine takes a while: axe three times, downloads, the map.
test.describe.configure({ timeout: 120_000 });

/** Elements of `html` (parsed, never run) or of the live document that carry an on* attribute. */
async function inlineHandlers(page: Page, html?: string): Promise<string[]> {
	return page.evaluate((source) => {
		const doc = source === undefined ? document : new DOMParser().parseFromString(source, 'text/html');
		const found: string[] = [];
		for (const el of doc.querySelectorAll('*')) {
			for (const attr of el.attributes) {
				if (/^on/i.test(attr.name)) found.push(`<${el.localName} ${attr.name}="${attr.value.slice(0, 40)}">`);
			}
		}
		return found;
	}, html);
}

/** Parses a CSP string into directive → sources. */
function parsePolicy(policy: string): Map<string, string[]> {
	const map = new Map<string, string[]>();
	for (const part of policy.split(';')) {
		const [name, ...values] = part.trim().split(/\s+/);
		if (name) map.set(name.toLowerCase(), values);
	}
	return map;
}

/** Waits for what a page draws after it starts (the Leaflet map), then exports charts. */
async function exerciseThePage(page: Page): Promise<void> {
	await waitForMapDrawn(page);
	for (const name of ['Download PNG', 'Download SVG']) {
		const button = page.getByRole('button', { name, exact: true }).first();
		if ((await button.count()) === 0 || !(await button.isEnabled())) continue;
		const [download] = await Promise.all([page.waitForEvent('download'), button.click()]);
		expect(download.suggestedFilename(), `${name} saves a file`).toMatch(/\.(png|svg)$/);
	}
}

test('the pages are found in build/, a chart page among them', () => {
	expect(pages).toContain('/');
	if (pages.includes('/charts')) expect(pages.some((p) => p.startsWith('/charts/'))).toBe(true);
});

for (const path of pages) {
	test.describe(`page ${path}`, () => {
		test(`transfers at most ${budgetFor(path) / KB} KB gzip; strict CSP, no violation, no inline handlers; axe in light, dark and at 360 px`, async ({ page, baseURL }) => {
			const origin = new URL(baseURL!).origin;
			const requested: string[] = [];
			page.on('request', (request) => {
				const url = new URL(request.url());
				if (url.origin === origin) requested.push(url.pathname);
			});
			await recordCspViolations(page);
			await page.setViewportSize({ width: 1280, height: 900 });
			await page.goto(path, { waitUntil: 'networkidle' });
			await waitForApp(page, 15_000);
			await waitForMapDrawn(page);
			await page.waitForLoadState('networkidle');

			await test.step('byte budget', async () => {
				const transfer = transferOf(requested, buildDir);
				const sizes = Object.fromEntries(kinds.map((k) => [k, `${(transfer[k].gzip / KB).toFixed(1)} KB`]));
				test.info().annotations.push({ type: 'transfer', description: `${path}: ${(transfer.total.gzip / KB).toFixed(1)} KB gzip ${JSON.stringify(sizes)}` });
				expect.soft(transfer.total.gzip, `${path} transfers ${(transfer.total.gzip / KB).toFixed(1)} KB gzip: ${JSON.stringify(sizes)}`).toBeLessThanOrEqual(budgetFor(path));
				// The measurement saw the page itself and its scripts (a broken listener would sum 0); a
				// page built without client-side JavaScript loads none.
				expect.soft(transfer.html.gzip).toBeGreaterThan(0);
				if (await page.evaluate(() => document.scripts.length > 0)) expect.soft(transfer.js.gzip).toBeGreaterThan(0);
				else expect.soft(transfer.js.gzip, 'a page without scripts loads no JS').toBe(0);
			});

			await test.step('the policy: in a <meta> before anything it governs, and strict', async () => {
				const meta = page.locator('head meta[http-equiv="content-security-policy" i]');
				await expect(meta).toHaveCount(1);
				const policy = parsePolicy((await meta.getAttribute('content')) ?? '');
				expect.soft(policy.get('default-src')).toEqual(["'self'"]);
				const scriptSrc = policy.get('script-src') ?? [];
				expect.soft(scriptSrc[0]).toBe("'self'");
				for (const source of scriptSrc.slice(1)) expect.soft(source, 'script-src holds only hashes besides self').toMatch(/^'sha256-[A-Za-z0-9+/=]+'$/);
				// Stylesheets from the site itself; should kit ever inline one, it may be allowed only by its hash.
				const styleSrc = policy.get('style-src') ?? [];
				expect.soft(styleSrc[0]).toBe("'self'");
				for (const source of styleSrc.slice(1)) expect.soft(source, 'style-src holds only hashes besides self').toMatch(/^'sha256-[A-Za-z0-9+/=]+'$/);
				expect.soft(styleSrc, 'never unsafe-inline for <style>').not.toContain("'unsafe-inline'");
				expect.soft(policy.get('object-src')).toEqual(["'none'"]);
				expect.soft(policy.get('base-uri')).toEqual(["'self'"]);
				expect.soft(policy.get('form-action')).toEqual(["'self'"]);
				const metaFirst = await page.evaluate(() => {
					const order = [...document.head.querySelectorAll('meta[http-equiv], script, link[rel="stylesheet"], link[rel="modulepreload"], style')];
					return order[0]?.matches('meta[http-equiv="content-security-policy" i]') ?? false;
				});
				expect.soft(metaFirst, 'the CSP <meta> comes before every script and stylesheet').toBe(true);
			});

			await test.step('no inline handlers in the HTML as served', async () => {
				const served = await (await page.request.get(path)).text();
				expect.soft(await inlineHandlers(page, served), 'on* attributes in the HTML').toEqual([]);
			});

			await test.step('axe, light, 1280 px', async () => {
				expect.soft(await accessibilityViolations(page), 'axe, light, 1280 px').toEqual([]);
			});

			await test.step('no inline handlers after the page has run and been used', async () => {
				await exerciseThePage(page);
				expect.soft(await inlineHandlers(page), 'on* attributes in the live page').toEqual([]);
			});

			// Dark mode (colours), then a 360 px phone (layout), still dark.
			await test.step('axe, dark, 1280 px', async () => {
				await page.emulateMedia({ colorScheme: 'dark' });
				expect.soft(await accessibilityViolations(page), 'axe, dark, 1280 px').toEqual([]);
			});
			await test.step('axe, dark, 360 px', async () => {
				await page.setViewportSize({ width: 360, height: 780 });
				expect.soft(await accessibilityViolations(page), 'axe, dark, 360 px').toEqual([]);
			});

			expect(await cspViolations(page), 'CSP violations').toEqual([]);
		});

		if (lighthousePages.includes(path)) test('Lighthouse: Accessibility 100, Best Practices 100, SEO 100', async ({ baseURL, lighthouseChromium }) => {
			const [result] = await measureLighthouse({
				origin: new URL(baseURL!).origin,
				pages: [path],
				runs: 1,
				categories: ['accessibility', 'best-practices', 'seo'],
				port: lighthouseChromium.port
			});
			const detail = `lost points on: ${result.failing.join(', ') || 'nothing'}`;
			expect(result.runtimeErrors, 'Lighthouse ran cleanly').toEqual([]);
			expect.soft(result.accessibility, detail).toBe(100);
			expect.soft(result.bestPractices, detail).toBe(100);
			expect.soft(result.seo, detail).toBe(100);
			expect(result.offOrigin, 'requests to other origins').toEqual([]);
		});
	});
}

test.describe('without JavaScript', () => {
	test.use({ javaScriptEnabled: false });

	const recordIds = new Set([...dataset.figures, ...dataset.units, ...dataset.events].map((r) => r.id));

	for (const path of pages) {
		test(`${path} shows its main content`, async ({ page }) => {
			await page.goto(path);
			const h1 = page.locator('main h1');
			await expect(h1).toHaveCount(1);
			await expect(h1).toBeVisible();
			expect((await h1.innerText()).trim().length).toBeGreaterThan(3);
			expect((await page.locator('main').innerText()).length, 'main has text').toBeGreaterThan(200);

			// Every chart has its table, with rows.
			const charts = page.locator('main [data-chart]');
			for (const chart of await charts.all()) {
				await expect(chart.locator('table tbody tr').first(), `table of ${await chart.getAttribute('data-chart')}`).toBeAttached();
			}
			if (path === '/charts' || path.startsWith('/charts/')) expect(await charts.count()).toBeGreaterThan(0);

			// Pages that list records carry them all: the timeline every event, the sources everything.
			const idsOnPage = new Set(
				await page.locator('main [id]').evaluateAll((els) => els.map((e) => e.id))
			);
			const expected =
				path === '/timeline' ? dataset.events.map((e) => e.id)
				: path === '/sources' ? [...recordIds]
				: [];
			expect(expected.filter((id) => !idsOnPage.has(id)), 'records missing from the page').toEqual([]);
		});
	}
});
