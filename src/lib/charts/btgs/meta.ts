/** The btgs chart's texts (title, subtitle, notes, index line), apart from its config so that a page can show them without loading the chart's code. */
import type { ChartMeta } from '../config';

export const btgsMeta: ChartMeta = {
	title: 'Battalion tactical groups',
	subtitle: 'Russian battalion tactical groups (BTGs) near Ukraine: counts reported, sizes expected and projections kept apart.',
	notes: ['A BTG is a combined-arms unit of some 600–1,000 troops; the sources give counts, not troop numbers.'],
	summary: 'How many battalion tactical groups were reported, and how many were expected.'
};
