/**
 * ISO calendar dates (YYYY-MM-DD, UTC days): the one place for checking them and for day
 * arithmetic. Pure and client-safe; everything that counts days imports from here.
 */
import type { IsoDate } from './types';

/** Milliseconds in a UTC day. */
export const DAY_MS = 86_400_000;

/** Days in `month` (1–12) of `year`. */
export function daysInMonth(year: number, month: number): number {
	return new Date(Date.UTC(year, month, 0)).getUTCDate();
}

/** Whether `s` is a real calendar date written YYYY-MM-DD. */
export function isIsoDate(s: unknown): s is IsoDate {
	if (typeof s !== 'string' || !/^\d{4}-\d{2}-\d{2}$/.test(s)) return false;
	const [y, m, d] = s.split('-').map(Number);
	return m >= 1 && m <= 12 && d >= 1 && d <= daysInMonth(y, m);
}

/** Days since 1970-01-01 of an ISO date. */
export function dayNumber(date: IsoDate): number {
	return Math.round(Date.parse(date + 'T00:00:00Z') / DAY_MS);
}

/** The ISO date of a day number. */
export function isoOfDay(day: number): IsoDate {
	return new Date(day * DAY_MS).toISOString().slice(0, 10);
}

/** The date `days` days after `date` (before, for a negative number). */
export function addDays(date: IsoDate, days: number): IsoDate {
	return isoOfDay(dayNumber(date) + days);
}

/** Whole days from `a` to `b` (b − a). */
export function daysBetween(a: IsoDate, b: IsoDate): number {
	return dayNumber(b) - dayNumber(a);
}

/** Every date from `start` to `end`, inclusive. */
export function dateRange(start: IsoDate, end: IsoDate): IsoDate[] {
	const out: IsoDate[] = [];
	for (let d = dayNumber(start), last = dayNumber(end); d <= last; d++) out.push(isoOfDay(d));
	return out;
}
