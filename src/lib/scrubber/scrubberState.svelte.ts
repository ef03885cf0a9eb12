/**
 * Reactive wrapper around the headless ScrubberController for Svelte components: mirrors its
 * index/playing/speed into runes and drives its play loop with requestAnimationFrame.
 */
import type { IsoDate } from '$lib/data/types';
import { ScrubberController, resolveDate, type DateRequest, type Speed, type ChangeSource } from './scrubber';

export class ScrubberState {
	readonly controller: ScrubberController;
	index = $state(0);
	playing = $state(false);
	speed = $state<Speed>(1);
	/** What moved the date last ('user' or 'play'). */
	source = $state<ChangeSource>('user');
	#frame = 0;

	constructor(dates: readonly IsoDate[], initial?: IsoDate) {
		this.controller = new ScrubberController(dates, initial);
		this.index = this.controller.index;
		this.controller.subscribe((index, source) => {
			this.index = index;
			this.source = source;
			this.playing = this.controller.playing;
		});
	}

	get date(): IsoDate {
		return this.controller.dates[this.index];
	}
	get dates(): readonly IsoDate[] {
		return this.controller.dates;
	}

	/** A user moves to an index, a date of the domain, or by a number of days (each stops play). */
	setIndex(index: number): void {
		this.controller.setIndex(index);
	}
	setDate(date: IsoDate): boolean {
		return this.controller.setDate(date);
	}
	step(days: number): void {
		this.controller.step(days);
	}
	/** A key of the slider; true when it was used. */
	handleKey(key: string): boolean {
		return this.controller.handleKey(key);
	}
	/**
	 * Moves to a date typed or given in a URL: out of the domain → clamped, unreadable → `fallback`
	 * (the current date when not given). Returns what was shown and why, for the page's notice.
	 */
	goTo(text: string | null, fallback: IsoDate = this.date): DateRequest {
		const dates = this.controller.dates;
		const resolved = resolveDate(text, dates[0], dates[dates.length - 1], fallback);
		this.controller.setDate(resolved.date);
		return resolved;
	}

	#loop = (now: number) => {
		if (this.controller.tick(now)) this.#frame = requestAnimationFrame(this.#loop);
		else this.#frame = 0;
	};

	play(): void {
		this.controller.play();
		this.playing = this.controller.playing;
		if (!this.#frame) this.#frame = requestAnimationFrame(this.#loop);
	}
	pause(): void {
		this.controller.pause();
		this.playing = false;
		this.stop();
	}
	toggle(): void {
		if (this.controller.playing) this.pause();
		else this.play();
	}
	setSpeed(speed: Speed): void {
		this.controller.setSpeed(speed);
		this.speed = speed;
	}
	/** Cancels the animation frame (on destroy). */
	stop(): void {
		if (this.#frame) cancelAnimationFrame(this.#frame);
		this.#frame = 0;
	}
}
