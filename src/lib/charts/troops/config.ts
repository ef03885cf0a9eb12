/** Chart 1, Russian forces near Ukraine by estimator: one series per estimator, on one time axis. */
import type { TimeChartConfig } from '../config';
import { troopsMeta } from './meta';
import { isTroopEstimate, troopSeries } from './troops';

export const troopsChart: TimeChartConfig = {
	id: 'troops',
	layout: 'time',
	meta: troopsMeta,
	figures: isTroopEstimate,
	series: troopSeries,
	seriesKey: (f) => f.estimator,
	what: 'troop figures',
	legendLabel: 'Estimators (select to show or hide)',
	tableColumn: { heading: 'Fronts', value: (f) => f.fronts.join(', ') },
	metric: 'troops',
	heights: { wide: 420, narrow: 320 }
};
