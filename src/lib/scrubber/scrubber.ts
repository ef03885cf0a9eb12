/**
 * The headless date scrubber: a day-by-day index over a date domain, keyboard steps, and a play
 * loop with 1×/2×/4× speed that stops at the end and on any user input. No DOM; the UI
 * (Scrubber.svelte) calls `tick(now)` from requestAnimationFrame and mirrors `index` into state.
 */
import type { IsoDate } from '$lib/data/types';
import { isIsoDate } from '$lib/data/days';

export type Speed = 1 | 2 | 4;
export const speeds: readonly Speed[] = [1, 2, 4];

/** Days per second of play at 1×. */
export const BASE_DAYS_PER_SECOND = 6;

export type DateRequest =
	| { date: IsoDate; problem: null }
	| { date: IsoDate; problem: 'invalid' | 'before' | 'after' };

/** A requested date (e.g. from `?date=`) made valid: out of range → clamped; unreadable → fallback. */
export function resolveDate(text: string | null, start: IsoDate, end: IsoDate, fallback: IsoDate): DateRequest {
	if (text === null || text === '') return { date: fallback, problem: null };
	if (!isIsoDate(text)) return { date: fallback, problem: 'invalid' };
	if (text < start) return { date: start, problem: 'before' };
	if (text > end) return { date: end, problem: 'after' };
	return { date: text, problem: null };
}

export type ChangeSource = 'user' | 'play';
type Listener = (index: number, source: ChangeSource) => void;

export class ScrubberController {
	readonly dates: readonly IsoDate[];
	index: number;
	playing = false;
	speed: Speed = 1;
	#listeners = new Set<Listener>();
	#last: number | null = null;
	#carry = 0;

	constructor(dates: readonly IsoDate[], initial?: IsoDate) {
		if (dates.length === 0) throw new Error('ScrubberController needs at least one date');
		this.dates = dates;
		const i = initial ? dates.indexOf(initial) : -1;
		this.index = i >= 0 ? i : dates.length - 1;
	}

	get date(): IsoDate {
		return this.dates[this.index];
	}
	get atEnd(): boolean {
		return this.index === this.dates.length - 1;
	}

	subscribe(listener: Listener): () => void {
		this.#listeners.add(listener);
		return () => this.#listeners.delete(listener);
	}

	#set(index: number, source: ChangeSource): void {
		const clamped = Math.max(0, Math.min(this.dates.length - 1, Math.round(index)));
		if (source === 'user') this.pause();
		if (clamped === this.index) return;
		this.index = clamped;
		for (const l of this.#listeners) l(clamped, source);
	}

	/** A user moves to an index (stops play). */
	setIndex(index: number): void {
		this.#set(index, 'user');
	}
	/** A user moves to a date (must be in the domain; returns false otherwise). */
	setDate(date: IsoDate): boolean {
		const i = this.dates.indexOf(date);
		if (i < 0) return false;
		this.#set(i, 'user');
		return true;
	}
	step(days: number): void {
		this.#set(this.index + days, 'user');
	}

	/** Handles a key of the slider; true when the key was used. */
	handleKey(key: string): boolean {
		const moves: Record<string, () => number> = {
			ArrowRight: () => this.index + 1,
			ArrowUp: () => this.index + 1,
			ArrowLeft: () => this.index - 1,
			ArrowDown: () => this.index - 1,
			PageUp: () => this.index + 7,
			PageDown: () => this.index - 7,
			Home: () => 0,
			End: () => this.dates.length - 1
		};
		const move = moves[key];
		if (!move) return false;
		this.#set(move(), 'user');
		return true;
	}

	play(): void {
		if (this.playing) return;
		if (this.atEnd) this.#set(0, 'play');
		this.playing = true;
		this.#last = null;
		this.#carry = 0;
		for (const l of this.#listeners) l(this.index, 'play');
	}
	pause(): void {
		if (!this.playing) return;
		this.playing = false;
		this.#last = null;
		for (const l of this.#listeners) l(this.index, 'user');
	}
	toggle(): void {
		if (this.playing) this.pause();
		else this.play();
	}
	setSpeed(speed: Speed): void {
		this.speed = speed;
	}

	/** Advances play by the time since the previous tick; returns true while still playing. */
	tick(now: number): boolean {
		if (!this.playing) return false;
		if (this.#last === null) {
			this.#last = now;
			return true;
		}
		this.#carry += ((now - this.#last) / 1000) * BASE_DAYS_PER_SECOND * this.speed;
		this.#last = now;
		const whole = Math.floor(this.#carry + 1e-9);
		if (whole > 0) {
			this.#carry -= whole;
			this.#set(this.index + whole, 'play');
		}
		if (this.atEnd) {
			this.playing = false;
			for (const l of this.#listeners) l(this.index, 'play');
		}
		return this.playing;
	}
}
