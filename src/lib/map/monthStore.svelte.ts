/**
 * The months of the map a page has loaded (`/map/months/<month>.json`, see months.ts): each
 * month's slice with its scene index, fetched once when the reader first needs it (the browser and
 * the service worker cache the file). A failed fetch leaves the month unloaded, says why, and is
 * tried again the next time the month is asked for.
 */
import { createScene, type SceneIndex } from './scene';
import { parseMonthFile, type MonthFile, type MonthKey } from './months';

export interface LoadedMonth {
	file: MonthFile;
	index: SceneIndex;
}

/** Resolves in a later task (after the browser has had a chance to draw and handle input). */
const nextTask = () => new Promise<void>((resolve) => setTimeout(resolve, 0));

export class MapMonths {
	loaded = $state.raw<ReadonlyMap<MonthKey, LoadedMonth>>(new Map());
	/** Why the last fetch failed, or null once a month loads. */
	error = $state<string | null>(null);
	readonly months: readonly MonthKey[];
	#pending = new Map<MonthKey, Promise<LoadedMonth>>();
	readonly #urlOf: (month: MonthKey) => string;
	readonly #fetch: typeof fetch;
	readonly #onload: (month: LoadedMonth) => void;

	/** `onload` runs for each month as it arrives, before the month is in `loaded`. */
	constructor(months: readonly MonthKey[], urlOf: (month: MonthKey) => string, fetcher: typeof fetch = (...args) => fetch(...args), onload: (month: LoadedMonth) => void = () => {}) {
		this.months = months;
		this.#urlOf = urlOf;
		this.#fetch = fetcher;
		this.#onload = onload;
	}

	get(month: MonthKey): LoadedMonth | undefined {
		return this.loaded.get(month);
	}

	load(month: MonthKey): Promise<LoadedMonth> {
		const known = this.loaded.get(month);
		if (known) return Promise.resolve(known);
		if (!this.months.includes(month)) return Promise.reject(new Error(`the map has no month ${month}`));
		let pending = this.#pending.get(month);
		if (!pending) {
			const url = this.#urlOf(month);
			pending = this.#fetch(url)
				.then((response) => {
					if (!response.ok) throw new Error(`${url} answered ${response.status}`);
					return response.json();
				})
				.then(async (value: unknown) => {
					// Parsing a large month, indexing it and adding its excerpts are tasks of their
					// own, so that a reader who plays or scrubs meanwhile is not held up by one long task.
					const file = parseMonthFile(value, month);
					await nextTask();
					const loaded = { file, index: createScene(file.slice) };
					await nextTask();
					this.#onload(loaded);
					this.loaded = new Map(this.loaded).set(month, loaded);
					this.error = null;
					return loaded;
				})
				.catch((error: unknown) => {
					this.error = error instanceof Error ? error.message : String(error);
					throw error;
				})
				.finally(() => this.#pending.delete(month));
			this.#pending.set(month, pending);
		}
		return pending;
	}

	/** Starts loading a month (the next one while a reader plays, the one a pointer is about to need); errors are kept for when it is needed. */
	prefetch(month: MonthKey | undefined): void {
		if (month && this.months.includes(month) && !this.loaded.has(month)) this.load(month).catch(() => {});
	}

	/** The month before or after one, if the map has it. */
	neighbour(month: MonthKey, step: 1 | -1): MonthKey | undefined {
		const i = this.months.indexOf(month);
		return i < 0 ? undefined : this.months[i + step];
	}
}
