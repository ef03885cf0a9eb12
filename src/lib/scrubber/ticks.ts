/** Month ticks and event marks for the scrubber's track, as fractions of its length. Pure. */
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

/** The position of a date on the track (clamped to 0…1; -1 when outside the dates). */
export function trackPosition(dates: readonly IsoDate[], date: IsoDate): number {
	const i = dates.indexOf(date);
	if (i < 0) return -1;
	return dates.length > 1 ? i / (dates.length - 1) : 0;
}
