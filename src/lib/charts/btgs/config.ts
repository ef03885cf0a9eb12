/** Chart 2, battalion tactical groups: reported, expected and projected counts as separate series. */
import type { TimeChartConfig } from '../config';
import { btgsMeta } from './meta';
import { btgGroup, btgSeries, isBtgFigure } from './btgs';

export const btgsChart: TimeChartConfig = {
	id: 'btgs',
	layout: 'time',
	meta: btgsMeta,
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
