/** The six dates of the map's small multiples, each at a turn of the story (a reader's choice, not data). */
export const keyDates = [
	{ date: '2021-04-20', label: '20 Apr 2021', phase: 'First buildup at its peak' },
	{ date: '2021-06-15', label: '15 Jun 2021', phase: 'After the announced withdrawal' },
	{ date: '2021-11-21', label: '21 Nov 2021', phase: 'The second buildup, November' },
	{ date: '2021-12-15', label: '15 Dec 2021', phase: 'Mid-December' },
	{ date: '2022-01-25', label: '25 Jan 2022', phase: 'Forces arrive in Belarus' },
	{ date: '2022-02-23', label: '23 Feb 2022', phase: 'The eve of the invasion' }
] as const;
