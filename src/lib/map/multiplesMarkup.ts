/**
 * Build time only (a prerendering load or endpoint; never in the browser): the small multiples
 * as static markup — SmallMultiples.svelte rendered to a string, from the dataset and the
 * committed basemap. Pages show it with StaticMultiples.svelte (no hydration cost, and neither
 * the frames nor the fronts' outlines travel in the page's data).
 */
import { render } from 'svelte/server';
import { dataset } from '$lib/generated/dataset';
import { keyDates } from '$lib/overview/dates';
import { prerenderedFronts } from './frontsMarkup';
import { miniFrames } from './multiples';
import { createScene } from './scene';
import { mapSlice } from './select';
import SmallMultiples from './SmallMultiples.svelte';

/** The six small maps' markup, links resolved against `base` (the site's base path). */
export function smallMultiplesMarkup(base: string): string {
	const slice = mapSlice(dataset);
	const frames = miniFrames(createScene(slice), keyDates, slice.estimatorsShort);
	const fronts = prerenderedFronts();
	const { body } = render(SmallMultiples, { props: { frames, fronts, mapPath: `${base}/map`, basemapSrc: `${base}/map/basemap.svg` } });
	// Svelte's hydration markers are comments; this markup is never hydrated.
	return body.replace(/<!--[\s\S]*?-->/g, '').trim();
}
