/**
 * The shaded periods (the spring 2021 buildup, its partial withdrawal, the second buildup) and
 * the key-event rules, all taken from the dataset's events — never from typed-in dates.
 *  - a buildup starts at an event of type `buildup` (category military; key ones preferred,
 *    so that a second record of the same buildup does not start another);
 *  - the first buildup ends where the partial withdrawal starts: the first *key* `withdrawal`
 *    event after it (else the first `withdrawal` event);
 *  - the withdrawal band runs to the latest end of the `withdrawal` events before the next buildup;
 *  - the second buildup ends at the first `invasion` event (else at its own event's end).
 * Each period names the events it came from. Pure.
 */
import { compareCodes } from './compare';
import type { ChartEvent } from './types';
import { addDays } from '$lib/data/days';

export interface Period {
	id: 'buildup-1' | 'withdrawal-1' | 'buildup-2';
	label: string;
	start: string;
	/** Inclusive last day. */
	end: string;
	/** The events the period's start and end come from. */
	eventIds: string[];
}

export interface PeriodResult {
	periods: Period[];
	/** What could not be found, in words (shown as a chart note). */
	missing: string[];
}

const byStart = (a: ChartEvent, b: ChartEvent) => compareCodes(a.date_start, b.date_start) || compareCodes(a.id, b.id);

const dayBefore = (date: string): string => addDays(date, -1);

export function shadedPeriods(events: ChartEvent[]): PeriodResult {
	const sorted = [...events].sort(byStart);
	const candidates = sorted.filter((e) => e.type === 'buildup' && e.category === 'military');
	// Key events mark the story; when some buildup events are key, the others (duplicates from
	// another source, sub-phases) do not start a buildup of their own.
	const keyed = candidates.filter((e) => e.key);
	const pool = keyed.length ? keyed : candidates;
	const withdrawals = sorted.filter((e) => e.type === 'withdrawal');
	const invasion = sorted.find((e) => e.category === 'invasion');
	const periods: Period[] = [];
	const missing: string[] = [];
	const first = pool[0];
	if (!first) {
		missing.push('No event of type “buildup” in the dataset, so the buildups are not shaded.');
		return { periods, missing };
	}
	const after = withdrawals.filter((e) => e.date_start > first.date_start);
	const announced = after.find((e) => e.key) ?? after[0];
	const second = pool.find((e) => e.date_start > (announced?.date_start ?? first.date_end));
	if (announced) {
		const nextBuildupStart = second?.date_start ?? '9999-12-31';
		const spring = withdrawals.filter((e) => e.date_end >= announced.date_start && e.date_start < nextBuildupStart);
		periods.push({
			id: 'buildup-1',
			label: 'First buildup',
			start: first.date_start,
			end: dayBefore(announced.date_start),
			eventIds: [first.id, announced.id]
		});
		const end = spring.reduce((m, e) => (e.date_end > m ? e.date_end : m), announced.date_end);
		const endEvent = spring.find((e) => e.date_end === end) ?? announced;
		periods.push({
			id: 'withdrawal-1',
			label: 'Partial withdrawal',
			start: announced.date_start,
			end,
			eventIds: endEvent.id === announced.id ? [announced.id] : [announced.id, endEvent.id]
		});
	} else {
		missing.push('No “withdrawal” event after the first buildup; it is shaded for its own dates only.');
		periods.push({ id: 'buildup-1', label: 'First buildup', start: first.date_start, end: first.date_end, eventIds: [first.id] });
	}
	if (second) {
		const end = invasion && invasion.date_start > second.date_start ? dayBefore(invasion.date_start) : second.date_end;
		if (!invasion) missing.push('No “invasion” event; the second buildup is shaded for its own dates only.');
		periods.push({
			id: 'buildup-2',
			label: 'Second buildup',
			start: second.date_start,
			end,
			eventIds: invasion ? [second.id, invasion.id] : [second.id]
		});
	} else missing.push('No second event of type “buildup”, so the second buildup is not shaded.');
	return { periods, missing };
}

/** The key events, in date order (drawn as labelled rules). */
export function keyEvents(events: ChartEvent[]): ChartEvent[] {
	return events.filter((e) => e.key).sort(byStart);
}

/** Short labels for rules: the title up to its first separator, at most `max` characters. */
export function shortTitle(title: string, max = 28): string {
	const cut = title.split(/[;:(]/)[0].trim();
	return cut.length <= max ? cut : cut.slice(0, max - 1).trimEnd() + '…';
}

/**
 * Rows for rule labels so that none overlap: each label (anchored at x, extending right, or
 * left when `toLeft`) goes to the first of `rows` rows where it fits; null when none has room
 * (the rule is still drawn and focusable). Widths are estimates in the same units as x.
 */
export function placeLabels(labels: { x: number; width: number; toLeft: boolean }[], rows: number, gap = 6): (number | null)[] {
	const taken: [number, number][][] = Array.from({ length: rows }, () => []);
	return labels.map(({ x, width, toLeft }) => {
		const span: [number, number] = toLeft ? [x - width, x] : [x, x + width];
		for (let row = 0; row < rows; row++) {
			if (taken[row].every(([a, b]) => span[1] + gap <= a || span[0] >= b + gap)) {
				taken[row].push(span);
				return row;
			}
		}
		return null;
	});
}
