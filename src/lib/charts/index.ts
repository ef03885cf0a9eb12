/**
 * The charts: `<LazyChart id data />` prerenders one and brings it to life when it is needed (what
 * pages use); `<Chart id data />` draws one at once. Configs and texts by id.
 */
export { default as Chart } from './Chart.svelte';
export { default as LazyChart } from './LazyChart.svelte';
export { chartConfigs } from './registry';
export { chartMeta } from './meta';
export { chartIds, type ChartId, type ChartData } from './types';
