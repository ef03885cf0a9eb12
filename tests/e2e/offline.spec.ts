// Offline after the first visit (src/service-worker.ts). These tests allow the service worker
// (every other spec blocks it: playwright.config.ts) and serve the built site from a server of
// their own, which they can take off the network (it drops every connection) and switch to a
// new version of the site, on one port so that the worker's origin stays the same.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { Server } from 'node:http';
import type { BrowserContext, Page } from '@playwright/test';
import { test, expect, waitForMapDrawn, waitForApp } from './fixtures';
import { serve } from '../../scripts/serve.mjs';
import { pagePaths, buildDir as defaultBuildDir } from '../../scripts/transfer.mjs';

const buildDir = process.env.E2E_BUILD_DIR ?? defaultBuildDir;
const pages = pagePaths(buildDir);
// The port after the e2e server's range start (4321 by default): one server, used one test at a time.
const port = Number(process.env.E2E_PORT ?? 4321) + 9;
const origin = `http://127.0.0.1:${port}`;
const version: string = JSON.parse(readFileSync(join(buildDir, '_app', 'version.json'), 'utf8')).version;
const downloads = ['/data/figures.csv', '/data/events.csv', '/data/units.csv', '/data/places.csv', '/data/dataset.json', '/geo/basemap.topo.json'];

/** What the server does: serve the build, serve the build with some files replaced, or drop every request. */
const site = { up: true, replaced: new Map<string, { type: string; body: string }>() };
let server: Server;

test.describe.configure({ mode: 'serial', timeout: 120_000 });
test.use({ serviceWorkers: 'allow', baseURL: origin });

test.beforeAll(async () => {
	({ server } = await serve({
		dir: buildDir,
		port,
		intercept: (req, res) => {
			if (!site.up) {
				req.socket.destroy(); // as if the network were gone: no answer at all
				return true;
			}
			const file = site.replaced.get(new URL(req.url ?? '/', origin).pathname);
			if (!file) return false;
			res.setHeader('content-type', file.type);
			res.end(file.body);
			return true;
		}
	}));
});
test.afterAll(() => new Promise<void>((resolve) => server.close(() => resolve())));
test.afterEach(() => {
	site.up = true;
	site.replaced.clear();
});

/** Takes the site off the network: the server drops every connection, and the context is offline. */
async function goOffline(page: Page) {
	site.up = false;
	server.closeAllConnections();
	await page.context().setOffline(true);
}

/** The names of our caches and the paths each holds, as the page sees them. */
const cachesOf = (page: Page) =>
	page.evaluate(async () => {
		const result: Record<string, string[]> = {};
		for (const key of await caches.keys()) {
			const requests = await (await caches.open(key)).keys();
			result[key] = requests.map((r) => new URL(r.url).pathname).sort();
		}
		return result;
	});

/** Our cache names, read in the context's service workers (null while none answers). */
async function cacheNamesSeenByWorkers(context: BrowserContext): Promise<string[] | null> {
	for (const worker of context.serviceWorkers()) {
		try {
			return await worker.evaluate(() => caches.keys());
		} catch {
			// A worker that is stopping: ask the next one.
		}
	}
	return null;
}

/** The first visit: the page loads, the worker installs (precaching the site) and activates. */
async function firstVisit(page: Page, path = '/') {
	await page.goto(path);
	await waitForApp(page, 15_000);
	await page.evaluate(() => navigator.serviceWorker.ready);
	await expect
		.poll(() => page.evaluate(async () => (await navigator.serviceWorker.getRegistration())?.active?.state), { message: 'the service worker is active after the first visit' })
		.toBe('activated');
}

test('after one visit every page, its data and the downloads work with the network off', async ({ page, allowProblem }) => {
	await firstVisit(page);
	const cached = await cachesOf(page);
	expect(Object.keys(cached), 'one cache, named by this build’s version').toEqual([`buildup-${version}`]);
	const held = new Set(cached[`buildup-${version}`]);
	for (const path of [...pages, ...downloads, '/favicon.svg']) expect(held.has(path), `${path} is precached`).toBe(true);

	// Nothing from another origin is held (the worker answers same-origin GETs only).
	expect(await page.evaluate(async () => (await Promise.all((await caches.keys()).map(async (k) => (await caches.open(k)).keys()))).flat().map((r) => new URL(r.url).origin).filter((o) => o !== location.origin))).toEqual([]);

	await goOffline(page);
	await expect(fetch(`${origin}/`), 'the server answers nothing now').rejects.toThrow();
	for (const path of pages) {
		const response = await page.goto(path);
		expect(response?.fromServiceWorker(), `${path} comes from the service worker`).toBe(true);
		// The app starts (its scripts and styles come from the cache) and the page shows its content.
		await waitForApp(page, 15_000);
		await expect(page.locator('main h1').first(), `${path}: heading`).toBeVisible();
		expect((await page.locator('main').innerText()).length, `${path}: main has text`).toBeGreaterThan(200);
		await waitForMapDrawn(page); // the basemap and the map's scripts, from the cache
	}
	// A page's query string is read in the browser: the cached page serves it.
	await page.goto('/map?date=2021-12-05');
	await waitForApp(page, 15_000);
	await expect(page.getByTestId('known-date')).toHaveText('5 Dec 2021');
	for (const path of downloads) {
		const status = await page.evaluate((p) => fetch(p).then((r) => (r.ok ? r.text().then((t) => (t.length > 0 ? 200 : 0)) : r.status)), path);
		expect(status, `${path} offline`).toBe(200);
	}
	// A page that was never built gets the site's own not-found page, not the browser's error.
	const missing = await page.goto('/no-such-page');
	expect(missing?.status()).toBe(404);
	await expect(page.getByRole('heading', { level: 1 })).toHaveText('Page not found');
	// The 404 status is the point here; the browser logs it as a resource error.
	allowProblem((p) => (p.kind === 'http-error' && p.detail === `404 ${origin}/no-such-page`) || (p.kind === 'console-error' && p.detail.includes('404')));
});

test('a new version of the site replaces the cache once no tab runs the old one', async ({ page, context }) => {
	await firstVisit(page, '/about');
	expect(Object.keys(await cachesOf(page))).toEqual([`buildup-${version}`]);

	// The next build: another version name in the worker, and a page that changed.
	const next = `${version}-next`;
	const worker = readFileSync(join(buildDir, 'service-worker.js'), 'utf8');
	expect(worker, 'the built worker names its version').toContain(version);
	site.replaced.set('/service-worker.js', { type: 'text/javascript', body: worker.replaceAll(version, next) });
	const about = readFileSync(join(buildDir, 'about.html'), 'utf8');
	const marker = '<meta name="test-version" content="next">';
	site.replaced.set('/about', { type: 'text/html; charset=utf-8', body: about.replace('</head>', `${marker}</head>`) });

	// The browser finds the new worker (as it does on a navigation); it installs and waits while
	// this tab runs the old version, which keeps its cache.
	await page.evaluate(async () => {
		const registration = await navigator.serviceWorker.getRegistration();
		await registration?.update();
	});
	await expect.poll(() => page.evaluate(async () => (await navigator.serviceWorker.getRegistration())?.waiting?.state ?? null)).toBe('installed');
	expect(Object.keys(await cachesOf(page)).sort()).toEqual([`buildup-${version}`, `buildup-${next}`]);

	// The last tab of the old version closes: the new worker takes over and deletes the old cache
	// (asked of the workers themselves: a page opened now could still become the old one's client).
	await page.close();
	await expect.poll(() => cacheNamesSeenByWorkers(context), { timeout: 15_000 }).toEqual([`buildup-${next}`]);
	const reader = await context.newPage();
	await reader.goto('/');
	expect(Object.keys(await cachesOf(reader))).toEqual([`buildup-${next}`]);

	// Offline, the page is the new version's.
	await goOffline(reader);
	await reader.goto('/about');
	await expect(reader.locator('meta[name="test-version"]')).toHaveAttribute('content', 'next');
	await reader.close();
});
