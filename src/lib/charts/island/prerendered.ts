/**
 * The chart component for the server side of a lazy chart (PrerenderedChart), or null in the
 * browser. A dynamic import under `import.meta.env.SSR`, not a static import: a static import
 * of the chart, even one dropped as dead code, puts the chart maths, d3 and the frame into the
 * page's scripts, where the browser loads them only when a chart wakes (LazyChart's
 * `import('../Chart.svelte')`). Importing the same module dynamically on both sides also tells
 * SvelteKit that the page's HTML uses its styles, so they are linked in the page's head.
 */
import type ChartComponent from '../Chart.svelte';

export const ServerChart: typeof ChartComponent | null = import.meta.env.SSR ? (await import('../Chart.svelte')).default : null;
