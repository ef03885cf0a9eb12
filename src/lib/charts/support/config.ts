/** Chart 4, Western support: one panel per unit of measure (dollars are never added to missiles). */
import { metricLabel } from '$lib/data/format';
import type { PanelChartConfig } from '../config';
import { isSupportFigure, supportPanelOf, supportPanels, supportSeries } from './support';

export const supportChart: PanelChartConfig = {
	id: 'support',
	layout: 'panels',
	meta: {
		title: 'Western support',
		subtitle: 'Aid to Ukraine and forces sent to NATO’s eastern members, one panel per unit: dollars are never added to missiles.',
		notes: ['Each panel has its own scale, starting at zero. Amounts are as announced or reported, not as delivered.'],
		summary: 'Money, weapons and troops, each in its own unit.'
	},
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
