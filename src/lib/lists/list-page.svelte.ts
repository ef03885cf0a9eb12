/**
 * What the Sources and Timeline pages share in their scripts: the long list over the prerendered
 * records, its search index (loaded once filters need it), the links to the pages by month, where
 * to read on without JavaScript, reading the filters from the address once the app runs, and
 * bringing a permalinked record into view. Create it while the
 * page's component initialises, from its prerendered data (which does not change).
 */
import { onMount, untrack } from 'svelte';
import { page } from '$app/state';
import { idFromHash, type RejectedParam } from '$lib/filters/query';
import { LongList, revealRecord } from './long-list.svelte';
import { LazySearchIndex } from './lazy-index.svelte';
import type { Chunk, ChunkMonth } from './chunks';
import type { FacetFilters } from './search';

export interface ListPageData<T> {
	version: string;
	chunks: Chunk[];
	months: ChunkMonth[];
	/** The records the page was prerendered with. */
	first: T[];
}

export interface ListPageUrls {
	search: string;
	slice: (chunk: Chunk) => string;
	/** The plain page of chunk `name`. */
	page: (name: string) => string;
}

export class ListPage<T extends { id: string }> {
	readonly list: LongList<T>;
	readonly search: LazySearchIndex;
	/** The month that holds the first record after the prerendered ones, if any. */
	readonly readOn: ChunkMonth | undefined;
	/** The app runs and the filters have been read from the address. */
	ready = $state(false);
	/** The address's filter values the page ignored. */
	rejected = $state.raw<RejectedParam[]>([]);
	/** The record the address points at (#id), read once the app runs. */
	readonly targetId = $derived(this.ready ? idFromHash(page.url.hash) : '');
	readonly #firstIds: string[];
	readonly #page: (name: string) => string;

	constructor(data: ListPageData<T>, urls: ListPageUrls) {
		this.search = new LazySearchIndex(urls.search, data.version);
		this.list = new LongList<T>({ version: data.version, chunks: data.chunks, first: data.first, batch: 50, sliceUrl: urls.slice });
		const n = data.first.length;
		this.readOn = data.months.find((m) => m.start <= n && n < m.start + m.count);
		this.#firstIds = data.first.map((r) => r.id);
		this.#page = urls.page;
		// The reader is about to search (focus, pointer, a filter or a permalink asked for the index):
		// the list reads ahead, so the first keystrokes find their records at hand.
		$effect(() => {
			if (this.search.status !== 'idle') untrack(() => (this.list.readAhead = true));
		});
	}

	/**
	 * Once the app runs (a prerendered page has no query string): `read` takes the filters from the
	 * address and returns the values it ignored; then the page is ready.
	 */
	start(read: (params: URLSearchParams) => RejectedParam[]): void {
		onMount(() => {
			this.rejected = read(page.url.searchParams);
			this.ready = true;
		});
	}

	/** A month's anchor on its plain page. */
	monthPath = (m: ChunkMonth) => `${this.#page(m.chunk)}#month-${m.month}`;

	/** The positions the filters let through: null = every record (no index needed), undefined = waiting for the search index. */
	match(filtered: boolean, query: string, facets: FacetFilters): number[] | null | undefined {
		if (!filtered) return null;
		return this.search.index ? this.search.index.match(query, facets) : undefined;
	}

	/** Loads the search index as soon as `needed()` is true (an effect: call while initialising). */
	loadIndexWhen(needed: () => boolean): void {
		$effect(() => {
			if (needed()) untrack(() => void this.search.load());
		});
	}

	/** Brings record `id` into view in the list, clearing the filters if they hide it. */
	reveal(id: string, filtered: boolean, clearFilters: () => void) {
		return revealRecord(this.list, id, { firstIds: this.#firstIds, filtered, loadIndex: () => this.search.load(), clearFilters });
	}
}
