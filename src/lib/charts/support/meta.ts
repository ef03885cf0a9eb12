/** The support chart's texts (title, subtitle, notes, index line), apart from its config so that a page can show them without loading the chart's code. */
import type { ChartMeta } from '../config';

export const supportMeta: ChartMeta = {
	title: 'Western support',
	subtitle: 'Aid to Ukraine and forces sent to NATO’s eastern members, one panel per unit: dollars are never added to missiles.',
	notes: ['Each panel has its own scale, starting at zero. Amounts are as announced or reported, not as delivered.'],
	summary: 'Money, weapons and troops, each in its own unit.'
};
