/** The troops chart's texts (title, subtitle, notes, index line), apart from its config so that a page can show them without loading the chart's code. */
import type { ChartMeta } from '../config';

export const troopsMeta: ChartMeta = {
	title: 'Russian forces near Ukraine, by estimator',
	subtitle:
		'Troops Russia had massed near Ukraine, as each source estimated them. A bar is a vague date; an arrow an “over” or “up to”; a box a range.',
	notes: [
		'Each estimator is a separate series; figures are never averaged or joined by lines. Figures for a single front are in “Forces by front”.',
		'Shading comes from the dataset’s events: each buildup from its “buildup” event to the next withdrawal or to the invasion; the partial withdrawal from its “withdrawal” events.'
	],
	summary: 'Every troop estimate of the buildup, by who made it.'
};
