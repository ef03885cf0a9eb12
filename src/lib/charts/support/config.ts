/** Chart 4, Western support: one panel per unit of measure (dollars are never added to missiles). */
import { metricLabel } from '$lib/data/format';
import type { PanelChartConfig } from '../config';
import { supportMeta } from './meta';
import { isSupportFigure, supportPanelOf, supportPanels, supportSeries } from './support';

export const supportChart: PanelChartConfig = {
	id: 'support',
	layout: 'panels',
	meta: supportMeta,
	figures: isSupportFigure,
	series: supportSeries,
	seriesKey: (f) => f.side,
	what: 'figures of Western support',
	legendLabel: 'Who gave or sent it (select to show or hide)',
	tableColumn: { heading: 'Unit', value: (f) => metricLabel(f.metric) },
	panels: supportPanels.map((p) => ({ id: `${p.metric}@${p.front}`, label: p.label, metric: p.metric })),
	panelOf: supportPanelOf,
	panelHeights: { wide: 120, narrow: 104 },
	shading: false,
	noteEmptyPanels: false
};
