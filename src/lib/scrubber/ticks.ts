/** Month ticks and event marks for the scrubber's track, as fractions of its length. Pure; tested in node. */
import type { IsoDate } from '$lib/data/types';

const monthShort = ['Jan', 'Feb', 'Mar', 'Apr', 'May', 'Jun', 'Jul', 'Aug', 'Sep', 'Oct', 'Nov', 'Dec'];

export interface TrackTick {
	date: IsoDate;
	at: number;
	label: string;
}

/** The first day of each month inside [start, end], with "Jan 2022" on January (and the first). */
export function monthTicks(dates: readonly IsoDate[]): TrackTick[] {
	const last = dates.length - 1;
	const out: TrackTick[] = [];
	dates.forEach((d, i) => {
		if (!d.endsWith('-01')) return;
		const m = Number(d.slice(5, 7));
		const label = m === 1 || out.length === 0 ? `${monthShort[m - 1]} ${d.slice(0, 4)}` : monthShort[m - 1];
		out.push({ date: d, at: last > 0 ? i / last : 0, label });
	});
	return out;
}

export interface TrackMark {
	/** The event's id: the mark's key (two events may share a title and a date). */
	id: string;
	date: IsoDate;
	title: string;
	at: number;
}

/** The key events on the track, in the given order; events outside the dates are left out. */
export function trackMarks(dates: readonly IsoDate[], events: readonly { id: string; date: IsoDate; title: string }[]): TrackMark[] {
	const index = new Map(dates.map((d, i) => [d, i]));
	const last = dates.length - 1;
	const out: TrackMark[] = [];
	for (const e of events) {
		const i = index.get(e.date);
		if (i === undefined) continue;
		out.push({ id: e.id, date: e.date, title: e.title, at: last > 0 ? i / last : 0 });
	}
	return out;
}
