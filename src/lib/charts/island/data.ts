/** A chart's data, fetched from its prerendered slice (`/charts/<id>/data.json`) when it comes to life. */
import { chartDataHref } from '../links';
import type { ChartData, ChartId } from '../types';

function isChartData(value: unknown): value is ChartData {
	const v = value as ChartData | null;
	return typeof v === 'object' && v !== null && typeof v.version === 'string' && Array.isArray(v.figures) && Array.isArray(v.events);
}

export async function fetchChartData(id: ChartId): Promise<ChartData> {
	const href = chartDataHref(id);
	const response = await fetch(href);
	if (!response.ok) throw new Error(`${href} answered ${response.status}`);
	const data: unknown = await response.json();
	if (!isChartData(data)) throw new Error(`${href} is not a chart's data`);
	return data;
}
