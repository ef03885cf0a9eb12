/**
 * A list's prebuilt search index, fetched once per page when it is first asked for (the first
 * search, filter or permalink), with what went wrong in words. Browser only. An index of another
 * dataset version than the page's (a stale cache) is refused with a message saying to reload.
 * The query code itself (./search) is loaded with it, not with the page.
 */
import type { SearchIndex, SearchIndexFile } from './search';

export class LazySearchIndex {
	/** The index once loaded (reactive). */
	index = $state.raw<SearchIndex | null>(null);
	/** Why it could not be loaded ('' when it could, or has not been asked for). */
	error = $state('');
	#asked = $state(false);
	/** Where it stands, for the page's `data-search-index` (the bench and the tests wait for 'ready'). */
	readonly status = $derived<'idle' | 'loading' | 'ready' | 'failed'>(
		this.index ? 'ready' : this.error ? 'failed' : this.#asked ? 'loading' : 'idle'
	);
	#url: string;
	#version: string;
	#pending: Promise<SearchIndex | null> | null = null;

	constructor(url: string, version: string) {
		this.#url = url;
		this.#version = version;
	}

	/** Starts the fetch (once; again after a failure); resolves with the index, or null on failure. */
	load(): Promise<SearchIndex | null> {
		this.#asked = true;
		this.#pending ??= Promise.all([
			fetch(this.#url).then((response) => {
				if (!response.ok) throw new Error(`${response.status} ${response.statusText}`);
				return response.json() as Promise<SearchIndexFile>;
			}),
			import('./search')
		])
			.then(([file, { SearchIndex }]) => {
				if (file.version !== this.#version) {
					throw new Error(`it belongs to dataset version ${file.version}, this page to ${this.#version}: reload the page`);
				}
				this.index = new SearchIndex(file);
				this.error = '';
				return this.index;
			})
			.catch((error: unknown) => {
				this.error = `The search index could not be loaded (${error instanceof Error ? error.message : String(error)}).`;
				this.#pending = null;
				return null;
			});
		return this.#pending;
	}
}
