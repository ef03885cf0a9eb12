/** Chart 1, Russian forces near Ukraine by estimator: one series per estimator, on one time axis. */
import type { TimeChartConfig } from '../config';
import { isTroopEstimate, troopSeries } from './troops';

export const troopsChart: TimeChartConfig = {
	id: 'troops',
	layout: 'time',
	meta: {
		title: 'Russian forces near Ukraine, by estimator',
		subtitle:
			'Troops Russia had massed near Ukraine, as each source estimated them. A bar is a vague date; an arrow an “over” or “up to”; a box a range.',
		notes: [
			'Each estimator is a separate series; figures are never averaged or joined by lines. Figures for a single front are in “Forces by front”.',
			'Shading comes from the dataset’s events: each buildup from its “buildup” event to the next withdrawal or to the invasion; the partial withdrawal from its “withdrawal” events.'
		],
		summary: 'Every troop estimate of the buildup, by who made it.'
	},
	figures: isTroopEstimate,
	series: troopSeries,
	seriesKey: (f) => f.estimator,
	what: 'troop figures',
	legendLabel: 'Estimators (select to show or hide)',
	tableColumn: { heading: 'Fronts', value: (f) => f.fronts.join(', ') },
	metric: 'troops',
	heights: { wide: 420, narrow: 320 }
};
