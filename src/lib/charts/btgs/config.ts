/** Chart 2, battalion tactical groups: reported, expected and projected counts as separate series. */
import type { TimeChartConfig } from '../config';
import { btgGroup, btgSeries, isBtgFigure } from './btgs';

export const btgsChart: TimeChartConfig = {
	id: 'btgs',
	layout: 'time',
	meta: {
		title: 'Battalion tactical groups',
		subtitle: 'Russian battalion tactical groups (BTGs) near Ukraine: counts reported, sizes expected and projections kept apart.',
		notes: ['A BTG is a combined-arms unit of some 600–1,000 troops; the sources give counts, not troop numbers.'],
		summary: 'How many battalion tactical groups were reported, and how many were expected.'
	},
	figures: isBtgFigure,
	series: btgSeries,
	seriesKey: btgGroup,
	what: 'counts of battalion tactical groups',
	legendLabel: 'Kinds of count (select to show or hide)',
	tableColumn: { heading: 'Count', value: (_f, series) => series?.label ?? '' },
	metric: 'btgs',
	heights: { wide: 320, narrow: 260 },
	marginLeft: 40
};
