/** The dates the overview's small map offers: one in each phase of the story (a reader's choice, not data). */
export const miniMapDates = [
	{ date: '2021-04-21', label: '21 Apr 2021', phase: 'First buildup, before the announced drawdown' },
	{ date: '2021-11-21', label: '21 Nov 2021', phase: 'Second buildup, November' },
	{ date: '2022-01-31', label: '31 Jan 2022', phase: 'Second buildup, late January' },
	{ date: '2022-02-23', label: '23 Feb 2022', phase: 'The eve of the invasion' }
] as const;

/** The small map leaves out figures reported longer ago than this (the full map shows them with their age). */
export const MINI_MAX_AGE_DAYS = 120;
