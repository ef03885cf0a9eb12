/** Time and value scales shared by the charts. Pure; dates are UTC days. */
import { scaleLinear, scaleUtc, type ScaleLinear, type ScaleTime } from 'd3-scale';
import type { IsoDate } from '$lib/data/types';

export { DAY_MS } from '$lib/data/days';
import { DAY_MS } from '$lib/data/days';
import { formatCompact } from '$lib/data/format';

/** The story's period: March 2021 to the invasion (the axis always shows at least this). */
export const periodStart: IsoDate = '2021-03-01';
export const periodEnd: IsoDate = '2022-02-28';

/** An ISO date as a UTC timestamp at the start of that day. */
export function dayStart(date: IsoDate): number {
	return Date.parse(date + 'T00:00:00Z');
}

/** The end of an (inclusive) ISO date: the start of the next day. */
export function dayEnd(date: IsoDate): number {
	return dayStart(date) + DAY_MS;
}

interface Dated {
	date_start: IsoDate;
	date_end: IsoDate;
}

/** The time domain: the story's period, widened to hold every drawn interval. */
export function timeDomain(items: Dated[]): [Date, Date] {
	let lo = dayStart(periodStart);
	let hi = dayEnd(periodEnd);
	for (const item of items) {
		lo = Math.min(lo, dayStart(item.date_start));
		hi = Math.max(hi, dayEnd(item.date_end));
	}
	return [new Date(lo), new Date(hi)];
}

export function timeScale(items: Dated[], range: [number, number]): ScaleTime<number, number> {
	return scaleUtc().domain(timeDomain(items)).range(range);
}

/** How many time ticks fit: about one per 90 px, between 3 and 12. */
export function timeTickCount(innerWidth: number): number {
	return Math.max(3, Math.min(12, Math.floor(innerWidth / 90)));
}

/** How many value ticks fit: about one per 45 px, between 2 and 6. */
export function valueTickCount(innerHeight: number): number {
	return Math.max(2, Math.min(6, Math.floor(innerHeight / 45)));
}

interface Valued {
	value: number | null;
	low: number | null;
	high: number | null;
}

/** The largest number a figure draws (its value, or the top of its range). */
export function topOf(figure: Valued): number {
	return Math.max(figure.value ?? 0, figure.high ?? 0, figure.low ?? 0);
}

/** A value scale from zero to a nice number above every figure (1 when there are none). */
export function valueScale(figures: Valued[], range: [number, number]): ScaleLinear<number, number> {
	const max = Math.max(0, ...figures.map(topOf));
	return scaleLinear()
		.domain([0, max > 0 ? max * 1.04 : 1])
		.range(range)
		.nice(valueTickCount(Math.abs(range[0] - range[1])));
}

/** Margins around a plot, tighter on narrow screens. */
export function plotMargin(width: number, left = 56) {
	return { top: 14, right: width < 480 ? 10 : 18, bottom: 28, left: width < 480 ? Math.min(left, 46) : left };
}

/** Axis label for a value: 150000 → "150k", with a currency sign for money metrics. */
export function formatTick(n: number, metric = ''): string {
	const sign = metric === 'aid_usd' ? '$' : metric === 'aid_eur' ? '€' : metric === 'aid_gbp' ? '£' : '';
	return sign + formatCompact(n);
}

const monthShort = ['Jan', 'Feb', 'Mar', 'Apr', 'May', 'Jun', 'Jul', 'Aug', 'Sep', 'Oct', 'Nov', 'Dec'];

/** Axis label for a date tick: "Jan 2022" at a year's start (or the first tick), else "Apr". */
export function formatTimeTick(date: Date, index: number): string {
	const month = monthShort[date.getUTCMonth()];
	return index === 0 || date.getUTCMonth() === 0 ? `${month} ${date.getUTCFullYear()}` : month;
}

/**
 * Which time tick labels to show so that none overlap: a label is left out when it would start
 * less than `gap` after the previous one shown ends. Widths are estimated from the text (about
 * `charWidth` per character at the axis' 11 px). The first label is anchored at its start, the
 * others at their middle, as AxisX draws them.
 */
export function tickLabelsShown(ticks: { x: number; text: string }[], charWidth = 6.2, gap = 4): boolean[] {
	let end = -Infinity;
	return ticks.map(({ x, text }, i) => {
		const width = text.length * charWidth;
		const start = i === 0 ? x : x - width / 2;
		if (start < end + gap) return false;
		end = start + width;
		return true;
	});
}
