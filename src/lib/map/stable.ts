/**
 * Keeps a mark's object from one date step to the next when nothing drawn from it changed, so
 * that the map's keyed {#each} blocks skip it entirely (Svelte compares each item by identity:
 * the same object, no template expression re-runs). Each step's layout builds new objects for
 * every mark; most are equal to the previous step's. Pure apart from the memo it returns.
 */

/** What a mark draws from, as text: everything in it but `ageDays`, which only pins draw (their own, keyed by date). */
export function markSignature(mark: unknown): string {
	return JSON.stringify(mark, (key, value) => (key === 'ageDays' ? undefined : value));
}

/**
 * A function that returns `list` with each item replaced by the previous call's item of the same
 * key when their signatures are equal. The memo holds only the latest call's items.
 */
export function keepUnchanged<T>(keyOf: (item: T) => string, signature: (item: T) => string = markSignature): (list: readonly T[]) => T[] {
	let previous = new Map<string, { sig: string; item: T }>();
	return (list) => {
		const next = new Map<string, { sig: string; item: T }>();
		const out = list.map((item) => {
			const key = keyOf(item);
			const sig = signature(item);
			const before = previous.get(key);
			const kept = before && before.sig === sig ? before.item : item;
			next.set(key, { sig, item: kept });
			return kept;
		});
		previous = next;
		return out;
	};
}
