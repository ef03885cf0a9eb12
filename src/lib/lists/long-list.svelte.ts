/**
 * A long list in the browser: the first records come with the page (prerendered), the rest are
 * fetched chunk by chunk from prerendered JSON slices as the window over the results grows.
 * Create it while a component initialises (it runs an effect that loads what the window needs).
 */
import { tick } from 'svelte';
import { chunksFor, displayIndexOf, positionAt, windowAround } from './window';
import { chunkIndexAt, type Chunk } from './chunks';
import type { SearchIndex } from './search';

/** What one prerendered JSON slice holds. */
export interface ListSlice<T> {
	version: string;
	chunk: string;
	start: number;
	records: T[];
}

export interface LongListSetup<T> {
	/** The dataset version of the page: a slice of another version is refused. */
	version: string;
	chunks: readonly Chunk[];
	/** The records at list positions 0, 1, … that the page was prerendered with. */
	first: readonly T[];
	/** How many records "Show more" adds. A fresh window (new filters) holds as many as `first`. */
	batch: number;
	/** URL of a chunk's slice. */
	sliceUrl: (chunk: Chunk) => string;
}

export class LongList<T> {
	readonly total: number;
	/** Positions the filters let through (ascending), or null for all. */
	results = $state.raw<number[] | null>(null);
	reversed = $state(false);
	from = $state(0);
	to = $state(0);
	/** A slice that could not be loaded, in words ('' when none). */
	error = $state('');
	/**
	 * Read ahead of the window even with no search or filter on (see #ahead): set once the reader
	 * is about to search (the page asks for the search index), never by merely reading the page.
	 */
	readAhead = $state(false);

	#setup: LongListSetup<T>;
	#records = new Map<number, T>();
	#loading = new Set<number>();
	/** Bumped when records arrive, so that what depends on them is recomputed. */
	#arrived = $state(0);

	constructor(setup: LongListSetup<T>) {
		this.#setup = setup;
		this.total = setup.chunks.reduce((n, c) => n + c.count, 0);
		setup.first.forEach((record, i) => this.#records.set(i, record));
		this.to = Math.min(this.total, setup.first.length);
		$effect(() => {
			this.#load(this.#missing());
		});
	}

	/** How many records pass the filters. */
	get length(): number {
		return this.results ? this.results.length : this.total;
	}

	get hasEarlier(): boolean {
		return this.from > 0;
	}

	get hasMore(): boolean {
		return this.to < this.length;
	}

	/** The window's records that are loaded, in display order, up to the first that is not yet. */
	readonly visible = $derived.by(() => {
		void this.#arrived;
		const out: { position: number; record: T }[] = [];
		const end = Math.min(this.to, this.length);
		for (let i = this.from; i < end; i++) {
			const position = positionAt(i, this.results, this.total, this.reversed);
			const record = this.#records.get(position);
			if (record === undefined) break;
			out.push({ position, record });
		}
		return out;
	});

	/** True while part of the window is still being fetched. */
	get loading(): boolean {
		return this.visible.length < Math.min(this.to, this.length) - this.from && this.error === '';
	}

	/**
	 * New results (or order): the window starts again at the top, as long as the prerendered one
	 * (a keystroke renders a screenful, not a whole batch).
	 */
	show(results: number[] | null, reversed = false) {
		this.results = results;
		this.reversed = reversed;
		this.from = 0;
		this.to = Math.min(this.length, Math.max(1, this.#setup.first.length));
	}

	showMore() {
		if (!this.loading) this.to = Math.min(this.length, this.to + this.#setup.batch);
	}

	showEarlier() {
		if (!this.loading) this.from = Math.max(0, this.from - this.#setup.batch);
	}

	/** Moves the window to list position `position`; false when the results leave it out. */
	jumpTo(position: number): boolean {
		const index = displayIndexOf(position, this.results, this.total, this.reversed);
		if (index === -1) return false;
		if (index >= this.from && index < this.to) return true;
		const next = windowAround(index, this.length, this.#setup.batch);
		this.from = next.from;
		this.to = next.to;
		return true;
	}

	/** Resolves once every record of the window is loaded (or a slice failed). */
	async settled(): Promise<void> {
		while (this.loading) await new Promise((resolve) => setTimeout(resolve, 16));
	}

	retry() {
		this.error = '';
		this.#arrived++;
	}

	/**
	 * The chunks holding window records that are neither loaded nor being fetched, and, while a
	 * search or filter is on, those holding the results just after the window up to the next chunk
	 * (see #ahead) or once `readAhead` is set.
	 */
	#missing(): number[] {
		void this.#arrived;
		if (this.error) return [];
		const wanted: number[] = [];
		const end = Math.min(this.to, this.length);
		for (let i = this.from; i < end; i++) {
			const position = positionAt(i, this.results, this.total, this.reversed);
			if (!this.#records.has(position)) wanted.push(position);
		}
		for (const position of this.#ahead(end)) if (!this.#records.has(position)) wanted.push(position);
		return chunksFor(wanted, this.#setup.chunks).filter((c) => !this.#loading.has(c));
	}

	/**
	 * Read-ahead while a search or filter is on, or the reader is about to search: the results
	 * after the window (from display index `end`) through the first one in another chunk than the
	 * window's last record. A first keystroke's results come from the start of the list, the next
	 * keystroke narrows them (its first ones are further along) and the next scroll shows the
	 * following ones; each then finds its records at hand instead of waiting for a slice (a rare
	 * word's results far down the list still wait). Nothing is read ahead for a page that is only
	 * read, so it fetches nothing more than it shows. At most two slices per change, and only
	 * slices that hold results.
	 */
	#ahead(end: number): number[] {
		if ((this.results === null && !this.readAhead) || end === 0 || end >= this.length) return [];
		const { chunks } = this.#setup;
		const at = (i: number) => positionAt(i, this.results, this.total, this.reversed);
		const last = chunkIndexAt(chunks, at(end - 1));
		const positions: number[] = [];
		for (let i = end; i < this.length; i++) {
			const position = at(i);
			positions.push(position);
			if (chunkIndexAt(chunks, position) !== last) break;
		}
		return positions;
	}

	#load(indexes: number[]) {
		for (const index of indexes) {
			const chunk = this.#setup.chunks[index];
			this.#loading.add(index);
			fetch(this.#setup.sliceUrl(chunk))
				.then((response) => {
					if (!response.ok) throw new Error(`${response.status} ${response.statusText}`);
					return response.json() as Promise<ListSlice<T>>;
				})
				.then((slice) => {
					if (slice.version !== this.#setup.version) {
						throw new Error(`it belongs to dataset version ${slice.version}, this page to ${this.#setup.version}: reload the page`);
					}
					if (slice.chunk !== chunk.name || slice.start !== chunk.start || slice.records.length !== chunk.count) {
						throw new Error(`it does not hold the records this page expects`);
					}
					slice.records.forEach((record, i) => this.#records.set(chunk.start + i, record));
				})
				.catch((error: unknown) => {
					this.error = `Some of the list could not be loaded (${error instanceof Error ? error.message : String(error)}).`;
				})
				.finally(() => {
					this.#loading.delete(index);
					this.#arrived++;
				});
		}
	}
}

/**
 * Brings record `id` into the list's window (for a permalink, /sources#<id>): finds its position
 * among the prerendered first records or in the search index, clears the filters when they hide it,
 * and waits until its slice is loaded. Says what happened; the page then scrolls to it.
 */
export async function revealRecord<T>(
	list: LongList<T>,
	id: string,
	options: {
		firstIds: readonly string[];
		/** Whether filters are set (the position must then be checked against the results). */
		filtered: boolean;
		loadIndex: () => Promise<SearchIndex | null>;
		clearFilters: () => void;
	}
): Promise<'shown' | 'cleared' | 'unknown' | 'failed'> {
	let position = options.filtered ? -1 : options.firstIds.indexOf(id);
	if (position === -1) {
		const index = await options.loadIndex();
		if (!index) return 'failed';
		position = index.positionOf(id);
		// Lets the page apply the index's results to the list first.
		await tick();
	}
	if (position === -1) return 'unknown';
	let outcome: 'shown' | 'cleared' = 'shown';
	if (!list.jumpTo(position)) {
		options.clearFilters();
		await tick();
		list.jumpTo(position);
		outcome = 'cleared';
	}
	await list.settled();
	await tick();
	return list.error ? 'failed' : outcome;
}

/** Scrolls the element with id `id` to the top and gives it focus (it has tabindex="-1"). */
export function scrollToRecord(id: string): void {
	const el = document.getElementById(id);
	el?.scrollIntoView({ block: 'start' });
	el?.focus({ preventScroll: true });
}
