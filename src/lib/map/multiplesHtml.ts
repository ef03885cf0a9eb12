/**
 * The small multiples' markup for a page's load: at prerender, rendered from the dataset
 * (multiplesMarkup.ts, in the server build only); in the browser, the markup already on the page
 * when it is there (hydration, or a navigation between the two pages that show it), else the
 * prerendered /map/multiples.json. Never part of a page's serialised data.
 */
import { base } from '$app/paths';

/** Stands for the site's base path in /map/multiples.json (an endpoint's relative base is not a page's). */
export const BASE_TOKEN = '%base%';

export async function multiplesHtml(fetcher: typeof fetch): Promise<string> {
	if (import.meta.env.SSR) return (await import('./multiplesMarkup')).smallMultiplesMarkup(base);
	const shown = document.querySelector('[data-multiples]')?.innerHTML.trim();
	if (shown) return shown;
	const response = await fetcher(`${base}/map/multiples.json`);
	if (!response.ok) throw new Error(`${base}/map/multiples.json answered ${response.status}`);
	const { html } = (await response.json()) as { html: unknown };
	if (typeof html !== 'string') throw new Error('/map/multiples.json has no markup');
	return html.replaceAll(BASE_TOKEN, base);
}
