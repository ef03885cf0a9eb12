/**
 * The map's excerpts on demand. The page carries none in its data (MapSlice): the static map of
 * the default date has its excerpts in its markup, and each month the reader moves to brings its
 * records' excerpts (`/map/months/<month>.json`, see months.ts), which the page adds here. An
 * excerpt still missing (a month that could not be loaded) is asked for with `load()`, which runs
 * the page's loader (the month of the date shown) and can be retried.
 */
import { getContext, setContext } from 'svelte';
import type { MapExcerpts } from './types';

/** The attribute on the element that holds exactly one record's excerpt text (Excerpt.svelte). */
export const EXCERPT_ATTR = 'data-excerpt-of';

/** The excerpts a prerendered page shows, by record id, read from its markup (text, unescaped). */
export function readShownExcerpts(root: ParentNode): MapExcerpts {
	const out: MapExcerpts = {};
	for (const node of root.querySelectorAll(`[${EXCERPT_ATTR}]`)) out[node.getAttribute(EXCERPT_ATTR)!] = node.textContent ?? '';
	return out;
}

export class MapExcerptStore {
	/**
	 * Every excerpt known, by record id. Added to in place (a month of a large dataset brings
	 * thousands, and copying all that were known before at each month cost a long task); `#version`
	 * is what readers depend on, bumped when something new arrives.
	 */
	readonly #known: MapExcerpts = {};
	#version = $state(0);
	/** Why the last load failed (shown where an excerpt is missing), or null. */
	error = $state<string | null>(null);
	#loading: Promise<MapExcerpts> | null = null;
	readonly #loader: () => Promise<MapExcerpts>;

	constructor(initial: MapExcerpts, loader: () => Promise<MapExcerpts>) {
		Object.assign(this.#known, initial);
		this.#loader = loader;
	}

	/** Every excerpt known (read `get` in a template: it is what updates when a month arrives). */
	get known(): Readonly<MapExcerpts> {
		this.#version;
		return this.#known;
	}

	/** How many times something new was added (what a reader's re-run follows). */
	get version(): number {
		return this.#version;
	}

	get(id: string): string | undefined {
		this.#version;
		return this.#known[id];
	}

	/** Adds excerpts that came with a month's records (nothing new: nothing changes, no reader re-runs). */
	add(excerpts: MapExcerpts): void {
		let added = false;
		for (const id in excerpts) {
			if (this.#known[id] === excerpts[id]) continue;
			this.#known[id] = excerpts[id];
			added = true;
		}
		if (!added) return;
		this.#version++;
		this.error = null;
	}

	/** The excerpts of what is shown (the loader's; a failed load may be retried by calling again). */
	load(): Promise<MapExcerpts> {
		this.#loading ??= this.#loader()
			.then((value) => {
				this.add(value);
				this.error = null;
				return this.known;
			})
			.catch((error: unknown) => {
				this.error = error instanceof Error ? error.message : String(error);
				throw error;
			})
			.finally(() => {
				this.#loading = null;
			});
		return this.#loading;
	}
}

const key = Symbol('map excerpts');
export const setMapExcerpts = (store: MapExcerptStore) => setContext(key, store);
export const getMapExcerpts = () => getContext<MapExcerptStore | undefined>(key);
/** The context a server render of the map's components needs (stageMarkup.ts). */
export const excerptContext = (store: MapExcerptStore) => new Map<unknown, unknown>([[key, store]]);
