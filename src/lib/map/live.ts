/**
 * What the live map needs and the static page does not: its components, the scene and label
 * layout, the months' store and the downloads. The map page imports this module when a reader first
 * needs the live map (or points at it), so the page's own scripts carry none of it; SvelteKit still
 * links the components' styles in the page's head (a dynamic import of the page's), which the
 * static markup of the same components uses.
 */
export { default as MapStage } from './MapStage.svelte';
export { default as KnownPanel } from './KnownPanel.svelte';
export { default as MapPopover } from './MapPopover.svelte';
export { layoutScene } from './layout';
export { MapMonths, type LoadedMonth } from './monthStore.svelte';
export { mapDownloadName, mapStateCsv, mapStateGeoJSON, mapStateRows } from './export';
export { downloadText } from '$lib/data/download';
export { parseHistory } from './history';
