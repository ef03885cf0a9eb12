/**
 * The map's excerpts on demand. The page carries none in its data (MapSlice): the excerpts the
 * prerendered page shows (the default date's panels) are read back from its own markup before
 * hydration, and the rest come from the prerendered `/map/excerpts.json` the first time a reader
 * needs one (a new date, a picked mark, a download); the browser and the service worker cache it.
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

/** The parsed `/map/excerpts.json`, or an error saying what is wrong with it. */
export function parseExcerpts(value: unknown): MapExcerpts {
	if (typeof value !== 'object' || value === null || Array.isArray(value)) throw new Error('the excerpts file is not an object of id → excerpt');
	for (const [id, text] of Object.entries(value)) if (typeof text !== 'string') throw new Error(`the excerpt of ${id} is not text`);
	return value as MapExcerpts;
}

export class MapExcerptStore {
	known = $state.raw<MapExcerpts>({});
	/** Why the last load failed (shown where an excerpt is missing), or null. */
	error = $state<string | null>(null);
	#loading: Promise<MapExcerpts> | null = null;
	#complete = false;
	readonly #url: string;
	readonly #fetch: typeof fetch;

	constructor(initial: MapExcerpts, url: string, fetcher: typeof fetch = (...args) => fetch(...args), complete = false) {
		this.known = initial;
		this.#url = url;
		this.#fetch = fetcher;
		this.#complete = complete;
	}

	get(id: string): string | undefined {
		return this.known[id];
	}

	/** Every excerpt (fetched once; a failed fetch may be retried by calling again). */
	load(): Promise<MapExcerpts> {
		if (this.#complete) return Promise.resolve(this.known);
		this.#loading ??= this.#fetch(this.#url)
			.then((response) => {
				if (!response.ok) throw new Error(`${this.#url} answered ${response.status}`);
				return response.json();
			})
			.then((value) => {
				this.known = { ...this.known, ...parseExcerpts(value) };
				this.#complete = true;
				this.error = null;
				return this.known;
			})
			.catch((error: unknown) => {
				this.#loading = null;
				this.error = error instanceof Error ? error.message : String(error);
				throw error;
			});
		return this.#loading;
	}
}

const key = Symbol('map excerpts');
export const setMapExcerpts = (store: MapExcerptStore) => setContext(key, store);
export const getMapExcerpts = () => getContext<MapExcerptStore | undefined>(key);
