/**
 * Reactive wrapper around the headless ScrubberController for Svelte components: mirrors its
 * index/playing/speed into runes and drives its play loop with requestAnimationFrame.
 */
import type { IsoDate } from '$lib/data/types';
import { ScrubberController, type Speed, type ChangeSource } from './scrubber';

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
