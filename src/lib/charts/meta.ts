/** Titles, subtitles, source lines and notes of the charts, by id. */
import type { ChartId } from './types';

export interface ChartMeta {
	title: string;
	subtitle: string;
	notes: string[];
	/** One line for the index of charts. */
	summary: string;
}

/** The source line of a chart: every source its rows come from, however many. */
export function sourceLine(sources: readonly { title: string; publisher: string; licence: string }[]): string {
	const list = sources.map((s) => `${s.publisher}, “${s.title}” (${s.licence})`).join('; ');
	return `${list || 'No source'}; every figure quoted with its sentence.`;
}

export const chartMeta: Record<ChartId, ChartMeta> = {
	troops: {
		title: 'Russian forces near Ukraine, by estimator',
		subtitle:
			'Troops Russia had massed near Ukraine, as each source estimated them. A bar is a vague date; an arrow an “over” or “up to”; a box a range.',
		notes: [
			'Each estimator is a separate series; figures are never averaged or joined by lines. Figures for a single front are in “Forces by front”.',
			'Shading comes from the dataset’s events: each buildup from its “buildup” event to the next withdrawal or to the invasion; the partial withdrawal from its “withdrawal” events.'
		],
		summary: 'Every troop estimate of the buildup, by who made it.'
	},
	btgs: {
		title: 'Battalion tactical groups',
		subtitle: 'Russian battalion tactical groups (BTGs) near Ukraine: counts reported, sizes expected and projections kept apart.',
		notes: ['A BTG is a combined-arms unit of some 600–1,000 troops; the sources give counts, not troop numbers.'],
		summary: 'How many battalion tactical groups were reported, and how many were expected.'
	},
	fronts: {
		title: 'Forces by front',
		subtitle: 'Troops reported in each area around Ukraine, on one time axis. Figures that cover several fronts are shown as such, not split.',
		notes: [
			'Fronts: north = Belarus; east = Russia’s oblasts bordering Ukraine; Donbas = the occupied parts of Donetsk and Luhansk; south = Crimea; sea = Black Sea and Sea of Azov.',
			'Each panel has its own scale, starting at zero. Exercise sizes are dotted.'
		],
		summary: 'Small multiples: Belarus, the border oblasts, Donbas, Crimea and the sea.'
	},
	support: {
		title: 'Western support',
		subtitle: 'Aid to Ukraine and forces sent to NATO’s eastern members, one panel per unit: dollars are never added to missiles.',
		notes: ['Each panel has its own scale, starting at zero. Amounts are as announced or reported, not as delivered.'],
		summary: 'Money, weapons and troops, each in its own unit.'
	},
	tracks: {
		title: 'Two tracks: buildup and diplomacy',
		subtitle: 'Troop estimates above, talks, calls, letters and responses below, on one time axis: did talks slow the buildup?',
		notes: [
			'The upper panel holds the same figures as “Russian forces near Ukraine, by estimator”, in one colour. The lower panel holds every diplomacy event in the dataset, by type.'
		],
		summary: 'The buildup and the diplomacy side by side.'
	}
};
