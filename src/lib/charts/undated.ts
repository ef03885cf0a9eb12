/**
 * Undated whole-period strengths: standing strengths whose source gives no date of their own
 * (the infobox's "175,000 to 190,000 at the Ukrainian border"). The dataset dates them to the
 * whole period so that they have an interval, but drawn across the time axis they would read as
 * "175,000 troops in March 2021". The charts draw them apart, in a "no date" column at the right
 * edge of the plot, on the same value scale. Pure.
 */
import { daysBetween } from '$lib/data/days';
import type { Margin } from './frame';
import type { ChartFigure } from './types';

/** A strength dated to at least this many days has no date of its own. */
export const undatedMinDays = 180;

export function isUndatedStrength(f: Pick<ChartFigure, 'kind' | 'date_start' | 'date_end'>): boolean {
	return f.kind === 'strength' && daysBetween(f.date_start, f.date_end) >= undatedMinDays;
}

/** The figures that have a date of their own (what the time axis spans). */
export function datedFigures<T extends Pick<ChartFigure, 'kind' | 'date_start' | 'date_end'>>(figures: T[]): T[] {
	return figures.filter((f) => !isUndatedStrength(f));
}

/** Where the "no date" column sits, right of the time axis, in plot units. */
export interface UndatedColumn {
	x0: number;
	x1: number;
	/** Its middle, where the marks go. */
	x: number;
}

// Room for the "no date" caption (11 px) clear of the last month label.
const gap = 16;
const width = 44;

/** The column right of a time axis `innerWidth` long. */
export function undatedColumn(innerWidth: number): UndatedColumn {
	const x0 = innerWidth + gap;
	return { x0, x1: x0 + width, x: x0 + width / 2 };
}

/** A margin widened on the right to hold the column, when `figures` have undated ones. */
export function withUndatedColumn(margin: Margin, figures: ChartFigure[]): Margin {
	return figures.some(isUndatedStrength) ? { ...margin, right: margin.right + gap + width } : margin;
}

/** The column for a plot, or null when its chart has no undated figures. */
export function undatedColumnFor(figures: ChartFigure[], innerWidth: number): UndatedColumn | null {
	return figures.some(isUndatedStrength) ? undatedColumn(innerWidth) : null;
}

/** The note a chart with undated figures adds under itself. */
export const undatedNote =
	'Strengths with no date of their own (the infobox’s) are drawn apart, in the “no date” column at the right, not across the period.';

/** The chart's notes about undated figures: the one above, or none. */
export function undatedNotes(figures: ChartFigure[]): string[] {
	return figures.some(isUndatedStrength) ? [undatedNote] : [];
}
