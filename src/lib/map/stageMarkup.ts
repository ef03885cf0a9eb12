/**
 * Build time only (a prerendering load; never in the browser): the map page's static markup for
 * its default date — MapStage (the map and the totals panel) and the "Known on D" list rendered to
 * strings from the whole dataset. The page is served with it and shows it as it is until a reader
 * changes something (a date, a zoom, a picked mark), so the first paint costs no script, no scene
 * and no hydration; the live components then take over the same boxes.
 *
 * The data layer is laid out for each of stageViews' box sizes; the desktop one is the map's own,
 * the others come after it in the markup, and the CSS shows the one for the reader's width.
 */
import { render } from 'svelte/server';
import { dataset } from '$lib/generated/dataset';
import { prerenderedFronts } from './frontsMarkup';
import { frameLayers } from './basemap/build';
import { basemapTopology } from './basemap/topology.server';
import { createScene } from './scene';
import { layoutScene } from './layout';
import { mapExcerpts, mapSlice } from './select';
import { stageViews, panelReserve } from './stageViews';
import { MapExcerptStore, excerptContext } from './excerpts.svelte';
import { troopsHistory } from './history';
import MapStage from './MapStage.svelte';
import SceneMap from './SceneMap.svelte';
import KnownPanel from './KnownPanel.svelte';

export interface StageMarkup {
	stage: string;
	known: string;
}

/** Svelte's hydration markers are comments; this markup is never hydrated. */
const bare = (html: string) => html.replace(/<!--[\s\S]*?-->/g, '').trim();

/** The `<svg class="data …">` element of a rendered SceneMap (it holds no other svg). */
function dataLayer(html: string): string {
	const start = html.indexOf('<svg class="data');
	const end = html.indexOf('</svg>', start);
	if (start < 0 || end < 0) throw new Error('stageMarkup: the rendered map has no data layer');
	return html.slice(start, end + '</svg>'.length);
}

/** `sourceHref(id)`: where a record's entry is (the sources page), given the site's base path. */
export function stageMarkup(sourceHref: (id: string) => string | null): StageMarkup {
	const slice = mapSlice(dataset);
	const scene = createScene(slice).at(slice.defaultDate);
	const fronts = prerenderedFronts();
	const history = troopsHistory(slice);
	const context = excerptContext(new MapExcerptStore(mapExcerpts(dataset), () => Promise.reject(new Error('not at build time'))));
	const [main, ...others] = stageViews;
	const layoutFor = (v: (typeof stageViews)[number]) => layoutScene(scene, v.view, slice.estimatorsShort, panelReserve(v.view, v.panel));
	const hrefOf = (id: string) => sourceHref(id) ?? `#known-${id}`;
	const alternates = others
		.map((v) => dataLayer(render(SceneMap, { props: { scene, layout: layoutFor(v), fronts, onpick: () => {}, hrefOf, dataClass: `stage-${v.id}`, idBase: `map-${v.id}` } }).body))
		.map(bare)
		.join('');
	const stage = render(MapStage, { props: { scene, layout: layoutFor(main), fronts, slice, history, sourceHref, prerendered: { alternates, layers: frameLayers(basemapTopology()) } }, context }).body;
	const known = render(KnownPanel, { props: { scene, slice, sourceHref }, context }).body;
	return { stage: bare(stage), known: bare(known) };
}
