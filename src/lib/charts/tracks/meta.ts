/** The tracks chart's texts (title, subtitle, notes, index line), apart from its config so that a page can show them without loading the chart's code. */
import type { ChartMeta } from '../config';

export const tracksMeta: ChartMeta = {
	title: 'Two tracks: buildup and diplomacy',
	subtitle: 'Troop estimates above, talks, calls, letters and responses below, on one time axis: did talks slow the buildup?',
	notes: [
		'The upper panel holds the same figures as “Russian forces near Ukraine, by estimator”, in one colour. The lower panel holds every diplomacy event in the dataset, by type.'
	],
	summary: 'The buildup and the diplomacy side by side.'
};
