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

/**
 * A figure site's signature: its place, its label, what is drawn of it, and each of its figures by
 * record id (a record's fields are the same in every file that carries it) with its age class —
 * what markSignature says of it, without writing out every record in full at every step (a site
 * of a large dataset has dozens).
 */
export function siteSignature(m: { key: string; x: number; y: number; r: number; more: number; label: unknown; figures: readonly { figure: { id: string } }[]; site: { name: string; figures: readonly { figure: { id: string }; stale: boolean }[] } }): string {
	return JSON.stringify([m.key, m.x, m.y, m.r, m.more, m.label, m.site.name, m.figures.map((f) => f.figure.id), m.site.figures.map((f) => [f.figure.id, f.stale])]);
}

interface UnitState {
	unit: { id: string };
	label: string;
	echelon: string;
	status: string;
	fresh: boolean;
	stale: boolean;
}

/** A unit site's signature: its label and each of its formations and reports by record id, with their state (as siteSignature). */
export function unitSignature(m: { key: string; x: number; y: number; r: number; label: unknown; site: { formations: readonly UnitState[]; reports: readonly UnitState[] } }): string {
	const state = (u: UnitState) => [u.unit.id, u.label, u.echelon, u.status, u.fresh, u.stale];
	return JSON.stringify([m.key, m.x, m.y, m.r, m.label, m.site.formations.map(state), m.site.reports.map(state)]);
}
