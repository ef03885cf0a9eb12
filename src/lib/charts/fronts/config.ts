/** Chart 3, forces by front: one panel per front on a shared time axis, multi-front figures not split. */
import type { PanelChartConfig } from '../config';
import { frontPanels, frontSeries, frontsLabel, isFrontFigure, panelOf } from './fronts';

export const frontsChart: PanelChartConfig = {
	id: 'fronts',
	layout: 'panels',
	meta: {
		title: 'Forces by front',
		subtitle: 'Troops reported in each area around Ukraine, on one time axis. Figures that cover several fronts are shown as such, not split.',
		notes: [
			'Fronts: north = Belarus; east = Russia’s oblasts bordering Ukraine; Donbas = the occupied parts of Donetsk and Luhansk; south = Crimea; sea = Black Sea and Sea of Azov.',
			'Each panel has its own scale, starting at zero. Exercise sizes are dotted.'
		],
		summary: 'Small multiples: Belarus, the border oblasts, Donbas, Crimea and the sea.'
	},
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
