/** The fronts chart's texts (title, subtitle, notes, index line), apart from its config so that a page can show them without loading the chart's code. */
import type { ChartMeta } from '../config';

export const frontsMeta: ChartMeta = {
	title: 'Forces by front',
	subtitle: 'Troops reported in each area around Ukraine, on one time axis. Figures that cover several fronts are shown as such, not split.',
	notes: [
		'Fronts: north = Belarus; east = Russia’s oblasts bordering Ukraine; Donbas = the occupied parts of Donetsk and Luhansk; south = Crimea; sea = Black Sea and Sea of Azov.',
		'Each panel has its own scale, starting at zero. Exercise sizes are dotted.'
	],
	summary: 'Small multiples: Belarus, the border oblasts, Donbas, Crimea and the sea.'
};
