/**
 * The fronts' outlines for the map page's load, never part of its serialised data: at prerender,
 * from the basemap (frontsMarkup.ts, in the server build only); in the browser, read back from
 * the prerendered map's own paths (SceneMap marks each with data-front), else (a page reached by
 * client-side navigation) the prerendered /map/fronts.json.
 */
import { base } from '$app/paths';
import type { FrontShape } from './basemap/build';

export async function frontsForPage(fetcher: typeof fetch): Promise<FrontShape[]> {
	if (import.meta.env.SSR) return (await import('./frontsMarkup')).prerenderedFronts();
	const drawn = [...document.querySelectorAll('svg path[data-front]')].map((p) => ({ id: p.getAttribute('data-front'), d: p.getAttribute('d') }));
	if (drawn.length && drawn.every((f) => f.id && f.d)) return drawn as FrontShape[];
	const response = await fetcher(`${base}/map/fronts.json`);
	if (!response.ok) throw new Error(`${base}/map/fronts.json answered ${response.status}`);
	const fronts = (await response.json()) as unknown;
	if (!Array.isArray(fronts) || !fronts.every((f) => typeof f?.id === 'string' && typeof f?.d === 'string')) throw new Error('/map/fronts.json is not a list of { id, d }');
	return fronts as FrontShape[];
}
