/// <reference types="@sveltejs/kit" />
/// <reference no-default-lib="true"/>
/// <reference lib="esnext" />
/// <reference lib="webworker" />
// Offline after the first visit. SvelteKit builds this file and registers it from every page (in
// the inline start-up script, whose hash the CSP already lists). On install it precaches the
// whole built site of this version — the app's scripts and styles (`build`), `static/` (the
// basemap, the icon: `files`) and every prerendered page and endpoint (`prerendered`: the pages,
// their `__data.json`, `/data/*.csv`, `dataset.json` and any JSON slice added later) — into one
// cache named by `version`, which svelte.config.js derives from the dataset version and a hash of
// the build's inputs. A new build is a new worker script, hence a new cache: when the new worker
// activates (once no tab still runs the old version) it deletes every other cache of ours.
// Only same-origin GET requests are answered; anything else is left to the browser, so nothing
// from another origin is ever cached (the CSP refuses other origins anyway).
import { base, build, files, prerendered, version } from '$service-worker';

const sw = self as unknown as ServiceWorkerGlobalScope;

const PREFIX = 'buildup-';
const CACHE = `${PREFIX}${version}`;
const PRECACHE = [...new Set([...build, ...files, ...prerendered])];

sw.addEventListener('install', (event) => {
	// addAll fails (and the install with it, leaving the old version in charge) if any file fails.
	// `no-cache`: each file is revalidated with the server, so a page or data file the browser's
	// HTTP cache still holds from the old version is not precached as the new one.
	event.waitUntil(caches.open(CACHE).then((cache) => cache.addAll(PRECACHE.map((url) => new Request(url, { cache: 'no-cache' })))));
});

sw.addEventListener('activate', (event) => {
	event.waitUntil(
		(async () => {
			for (const key of await caches.keys()) {
				if (key.startsWith(PREFIX) && key !== CACHE) await caches.delete(key);
			}
			// Control the page of the first visit too, so that what it loads later (a chart's
			// table, the map's scripts on first interaction) comes from the cache when offline.
			await sw.clients.claim();
		})()
	);
});

/**
 * Prerendered pages read their query string in the browser (`/map?date=…`) and kit adds one to
 * `__data.json`, so the cached copy of a path serves every query. The stored responses carry
 * `Vary: Accept-Encoding` from the server; the decoded body fits any request.
 */
const lookup = { ignoreSearch: true, ignoreVary: true } as const;

async function respond(request: Request): Promise<Response> {
	const cache = await caches.open(CACHE);
	const cached = await cache.match(request, lookup);
	if (cached) return cached;
	try {
		const response = await fetch(request);
		// Same-origin files that were not precached (none today) are kept for the next time.
		if (response.status === 200 && response.type === 'basic') await cache.put(request, response.clone());
		return response;
	} catch (error) {
		// Offline and not cached: a page gets the site's own "not found" page, anything else fails.
		if (request.mode === 'navigate') {
			const notFound = await cache.match(`${base}/404`, lookup);
			if (notFound) return new Response(notFound.body, { status: 404, headers: notFound.headers });
		}
		throw error;
	}
}

sw.addEventListener('fetch', (event) => {
	const { request } = event;
	if (request.method !== 'GET' || request.headers.has('range')) return;
	if (new URL(request.url).origin !== sw.location.origin) return;
	event.respondWith(respond(request));
});
