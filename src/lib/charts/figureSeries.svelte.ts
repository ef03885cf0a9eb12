/**
 * The series state a figure chart shares with its legend, marks and table: the series of its
 * figures, which are shown (the legend's choices, from the URL once mounted), and each figure's
 * series. Call it while a chart component initialises.
 */
import { chartChoices } from './choices.svelte';
import type { FigureChartConfig, TableColumn } from './config';
import { seriesIndex, type Series } from './series';
import type { ChartData, ChartFigure } from './types';

export function figureSeries(config: () => FigureChartConfig, data: () => ChartData) {
	const series = $derived(config().series(data().figures));
	const bySeries = $derived(seriesIndex(series));
	const choices = chartChoices(
		() => config().id,
		() => series.map((s) => s.id)
	);
	const seriesOf = (f: ChartFigure): Series => bySeries.get(config().seriesKey(f))!;
	return {
		get series() {
			return series;
		},
		choices,
		seriesOf,
		isShown: (f: ChartFigure) => choices.isVisible(config().seriesKey(f)),
		/** The config's extra table column, with each figure's series. */
		get tableColumn(): { heading: string; value: (f: ChartFigure) => string } {
			const column: TableColumn = config().tableColumn;
			return { heading: column.heading, value: (f) => column.value(f, bySeries.get(config().seriesKey(f))) };
		}
	};
}
