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
	known = $state.raw<MapExcerpts>({});
	/** Why the last load failed (shown where an excerpt is missing), or null. */
	error = $state<string | null>(null);
	#loading: Promise<MapExcerpts> | null = null;
	readonly #loader: () => Promise<MapExcerpts>;

	constructor(initial: MapExcerpts, loader: () => Promise<MapExcerpts>) {
		this.known = initial;
		this.#loader = loader;
	}

	get(id: string): string | undefined {
		return this.known[id];
	}

	/** Adds excerpts that came with a month's records. */
	add(excerpts: MapExcerpts): void {
		if (Object.keys(excerpts).every((id) => this.known[id] === excerpts[id])) return;
		this.known = { ...this.known, ...excerpts };
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
