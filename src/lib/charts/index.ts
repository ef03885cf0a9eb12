/** The charts: `<Chart id data />` draws one by id; configs and texts by id. */
export { default as Chart } from './Chart.svelte';
export { chartConfigs, chartMeta } from './registry';
export { chartIds, type ChartId, type ChartData } from './types';
