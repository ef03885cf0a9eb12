/** Chart 5, two tracks: the troop estimates above, the diplomacy below, on one time axis. */
import type { TracksChartConfig } from '../config';
import { isTroopEstimate } from '../troops/troops';
import { isDiplomacyEvent } from './tracks';

export const tracksChart: TracksChartConfig = {
	id: 'tracks',
	layout: 'tracks',
	meta: {
		title: 'Two tracks: buildup and diplomacy',
		subtitle: 'Troop estimates above, talks, calls, letters and responses below, on one time axis: did talks slow the buildup?',
		notes: [
			'The upper panel holds the same figures as “Russian forces near Ukraine, by estimator”, in one colour. The lower panel holds every diplomacy event in the dataset, by type.'
		],
		summary: 'The buildup and the diplomacy side by side.'
	},
	figures: isTroopEstimate,
	events: isDiplomacyEvent
};
