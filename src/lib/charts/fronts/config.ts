/** Chart 3, forces by front: one panel per front on a shared time axis, multi-front figures not split. */
import type { PanelChartConfig } from '../config';
import { frontsMeta } from './meta';
import { frontPanels, frontSeries, frontsLabel, isFrontFigure, panelOf } from './fronts';

export const frontsChart: PanelChartConfig = {
	id: 'fronts',
	layout: 'panels',
	meta: frontsMeta,
	figures: isFrontFigure,
	series: frontSeries,
	seriesKey: (f) => f.side,
	what: 'troop figures by front',
	legendLabel: 'Forces (select to show or hide)',
	tableColumn: { heading: 'Front', value: (f) => frontsLabel(f.fronts) },
	panels: frontPanels.map((p) => ({ ...p, metric: 'troops' })),
	panelOf,
	panelHeights: { wide: 130, narrow: 110 },
	shading: true,
	noteEmptyPanels: true,
	markLabel: (f) => frontsLabel(f.fronts)
};
