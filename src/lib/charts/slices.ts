/**
 * Build-time: cuts the slice each chart draws out of the dataset. Called from +page.server.ts
 * (prerendered) so that only these compact arrays reach the browser.
 */
import type { Dataset, Figure, CrisisEvent } from '$lib/data/types';
import { chartConfigs } from './registry';
import { pick } from '$lib/data/pick';
import { chartFigureFields, chartIds, type ChartData, type ChartEvent, type ChartFigure, type ChartId } from './types';

export function toChartFigure(f: Figure, estimatorNames: Map<string, string>): ChartFigure {
	return { ...pick(f, chartFigureFields), estimator_name: estimatorNames.get(f.estimator) ?? f.estimator };
}

export function toChartEvent(e: CrisisEvent): ChartEvent {
	return {
		id: e.id,
		category: e.category,
		type: e.type,
		title: e.title,
		key: e.key,
		date_text: e.date_text,
		date_start: e.date_start,
		date_end: e.date_end,
		source: e.source,
		excerpt: e.excerpt
	};
}

/** Events every time chart may mark: key events and those the shading comes from. */
export function isMarkerEvent(e: Pick<CrisisEvent, 'key' | 'type' | 'category'>): boolean {
	return e.key || e.type === 'buildup' || e.type === 'withdrawal' || e.category === 'invasion';
}

const byDate = <T extends { date_start: string; id: string }>(a: T, b: T) =>
	a.date_start.localeCompare(b.date_start) || a.id.localeCompare(b.id);

/** The slice one chart draws: the figures and events its config asks for. */
export function chartSlice(dataset: Dataset, id: ChartId): ChartData {
	const config = chartConfigs[id];
	const names = new Map(dataset.estimators.map((e) => [e.id, e.name]));
	const events = dataset.events
		.filter((e) => isMarkerEvent(e) || (config.events?.(e) ?? false))
		.map(toChartEvent)
		.sort(byDate);
	const figures = dataset.figures
		.filter(config.figures)
		.map((f) => toChartFigure(f, names))
		.sort(byDate);
	const used = new Set([...figures, ...events].map((r) => r.source));
	const sources = dataset.sources.filter((s) => used.has(s.id)).map(({ id, title, publisher, licence }) => ({ id, title, publisher, licence }));
	return { version: dataset.version, figures, events, sources };
}

export function allChartSlices(dataset: Dataset): Record<ChartId, ChartData> {
	return Object.fromEntries(chartIds.map((id) => [id, chartSlice(dataset, id)])) as Record<ChartId, ChartData>;
}
