/**
 * What the map shows at a date D, precomputed once so that a scrub step is a few binary searches:
 * - figures: the as-of latest of every series (see $lib/data/asof);
 * - units moving at D (date_start ≤ D ≤ date_end) and units at their destination after the move
 *   until a later movement of the same unit has started;
 * - events of the last RECENT_DAYS days (pins for those with a place, fading with age).
 */
import { createAsOfIndex, figureSeriesKey } from '$lib/data/asof';
import { dateRange, dayNumber } from '$lib/data/days';
import type { IsoDate } from '$lib/data/types';
import type { MapEvent, MapFigure, MapSlice, MapUnit } from './types';

export const RECENT_DAYS = 10;


/**
 * Which movements are the same unit: the first ordinal in its name ("41st Combined Arms Army" and
 * "41st Army" are one), else the whole name. Only used to end the "at destination" state.
 */
export function unitKey(unit: Pick<MapUnit, 'unit' | 'side'>): string {
	const ordinal = /\b(\d+)(st|nd|rd|th)\b/i.exec(unit.unit);
	return `${unit.side}|${ordinal ? ordinal[1] + ordinal[2].toLowerCase() : unit.unit.trim().toLowerCase()}`;
}

export interface RecentEvent {
	event: MapEvent;
	ageDays: number;
}

export interface MapState {
	date: IsoDate;
	figures: MapFigure[];
	moving: MapUnit[];
	stationed: MapUnit[];
	events: RecentEvent[];
}

interface UnitSpan {
	unit: MapUnit;
	start: number;
	end: number;
	/** Day the next movement of the same unit starts (Infinity if none). */
	until: number;
}

export interface MapTimeline {
	dates: IsoDate[];
	stateAt(date: IsoDate): MapState;
}

export function createMapTimeline(slice: Pick<MapSlice, 'start' | 'end' | 'figures' | 'units' | 'events'>): MapTimeline {
	const figureIndex = createAsOfIndex(slice.figures, figureSeriesKey);

	const byUnit = new Map<string, MapUnit[]>();
	for (const u of slice.units) {
		const key = unitKey(u);
		byUnit.set(key, [...(byUnit.get(key) ?? []), u]);
	}
	const spans: UnitSpan[] = [];
	for (const list of byUnit.values()) {
		list.sort((a, b) => (a.date_start < b.date_start ? -1 : a.date_start > b.date_start ? 1 : 0));
		list.forEach((unit, i) => {
			const start = dayNumber(unit.date_start);
			const next = list.slice(i + 1).find((n) => n.date_start > unit.date_start);
			spans.push({ unit, start, end: dayNumber(unit.date_end), until: next ? dayNumber(next.date_start) : Infinity });
		});
	}
	spans.sort((a, b) => a.start - b.start);

	const events = slice.events
		.map((event) => ({ event, start: dayNumber(event.date_start) }))
		.sort((a, b) => a.start - b.start);

	return {
		dates: dateRange(slice.start, slice.end),
		stateAt(date: IsoDate): MapState {
			const day = dayNumber(date);
			const moving: MapUnit[] = [];
			const stationed: MapUnit[] = [];
			for (const s of spans) {
				if (s.start > day) break;
				if (day <= s.end) moving.push(s.unit);
				else if (day < s.until) stationed.push(s.unit);
			}
			const recent: RecentEvent[] = [];
			for (const e of events) {
				if (e.start > day) break;
				const ageDays = day - e.start;
				if (ageDays < RECENT_DAYS) recent.push({ event: e.event, ageDays });
			}
			recent.reverse();
			return { date, figures: figureIndex.at(date), moving, stationed, events: recent };
		}
	};
}
