/**
 * The long lists' search: a compact index built at build time (one prerendered JSON file per list)
 * and queried in the browser on every keystroke without touching the records themselves.
 *
 * - Words. Text is folded (`foldText`: case, accents, typographic quotes and dashes) and cut into
 *   words: runs of letters and digits, kept together across a single - ' . , or / between them
 *   ("nato-russia", "100,000", "u.s", "2021-04-22"). Such a compound is indexed whole and by each
 *   of its parts ("nato", "russia"); a number with separators also without them ("100000").
 * - Matching. Each word of the query must begin one of the record's indexed words (prefix match:
 *   "gen" finds "Geneva") or, in a list whose ids are shown and searchable, occur anywhere in the
 *   record's id; all words must match (AND).
 * - Facets. Each record has values for named facets (record type, metric, front, actor…); a filter
 *   keeps the records that have any of the values asked for.
 *
 * The file holds the ids in list order, the sorted vocabulary (one string), and for each word and
 * each facet value the sorted list positions of its records, as varint-coded gaps in one base64
 * string. Pure; runs in node and the browser.
 */
import { foldText } from '$lib/filters/query';

const WORD = /[\p{L}\p{N}]+(?:[-'.,/][\p{L}\p{N}]+)*/gu;
const SEPARATOR = /[-'.,/]/;

/** The words of a text (folded), as a query reads them: "NATO–Russia Council" → nato-russia, council. */
export function searchWords(text: string): string[] {
	return foldText(text).match(WORD) ?? [];
}

/** Every term a text is indexed by: its words, their parts, and numbers without separators. */
export function indexTerms(text: string): Set<string> {
	const terms = new Set<string>();
	for (const word of searchWords(text)) {
		terms.add(word);
		if (!SEPARATOR.test(word)) continue;
		for (const part of word.split(SEPARATOR)) if (part) terms.add(part);
		if (/^[\d.,]+$/.test(word)) terms.add(word.replace(/[.,]/g, ''));
	}
	return terms;
}

export interface SearchRecord {
	id: string;
	/** Everything the record is found by, in one string. */
	text: string;
	/** Facet name → the record's value(s). */
	facets: Record<string, string | readonly string[]>;
}

/** The prebuilt index as it is stored (JSON). */
export interface SearchIndexFile {
	/** The dataset version it was built from. */
	version: string;
	ids: string[];
	/** Whether a query word may also match inside a record's id (the Sources page shows its ids). */
	searchIds: boolean;
	/** Sorted vocabulary, '\n'-joined. */
	terms: string;
	/** Facets in the order their value lists follow the terms' lists in `postings`. */
	facets: { name: string; values: string[] }[];
	/** base64: for each term, then each facet value, the list positions of its records as varint gaps. */
	postings: string;
	/** How many bytes of `postings` each list takes, in order. */
	lengths: number[];
}

function pushVarint(out: number[], n: number) {
	while (n >= 0x80) {
		out.push((n & 0x7f) | 0x80);
		n >>>= 7;
	}
	out.push(n);
}

function toBase64(bytes: number[]): string {
	let binary = '';
	for (let i = 0; i < bytes.length; i += 0x8000) binary += String.fromCharCode(...bytes.slice(i, i + 0x8000));
	return btoa(binary);
}

function fromBase64(text: string): Uint8Array {
	// Native where the browser has it (Chromium 140, Firefox 133, Safari 18.2): at ×100 the
	// postings are 1.6 MB of base64, which the loop below takes ~40 ms to decode on a busy machine.
	const typed = Uint8Array as unknown as { fromBase64?: (text: string) => Uint8Array };
	if (typed.fromBase64) return typed.fromBase64(text);
	const binary = atob(text);
	const bytes = new Uint8Array(binary.length);
	for (let i = 0; i < binary.length; i++) bytes[i] = binary.charCodeAt(i);
	return bytes;
}

/** Builds the index of `records` (in list order). Build time. */
export function buildSearchIndex(
	records: readonly SearchRecord[],
	{ version, searchIds }: { version: string; searchIds: boolean }
): SearchIndexFile {
	const byTerm = new Map<string, number[]>();
	const facetNames = [...new Set(records.flatMap((r) => Object.keys(r.facets)))].sort();
	const byFacet = new Map<string, Map<string, number[]>>(facetNames.map((name) => [name, new Map()]));
	records.forEach((record, position) => {
		for (const term of indexTerms(record.text)) {
			const list = byTerm.get(term);
			if (list) list.push(position);
			else byTerm.set(term, [position]);
		}
		for (const name of facetNames) {
			const raw = record.facets[name];
			const values = raw === undefined ? [] : typeof raw === 'string' ? [raw] : [...new Set(raw)];
			const lists = byFacet.get(name)!;
			for (const value of values) {
				if (value === '') continue;
				const list = lists.get(value);
				if (list) list.push(position);
				else lists.set(value, [position]);
			}
		}
	});
	const terms = [...byTerm.keys()].sort();
	const facets = facetNames.map((name) => ({ name, values: [...byFacet.get(name)!.keys()].sort() }));
	const bytes: number[] = [];
	const lengths: number[] = [];
	const write = (positions: number[]) => {
		const before = bytes.length;
		let previous = -1;
		for (const p of positions) {
			pushVarint(bytes, p - previous - 1);
			previous = p;
		}
		lengths.push(bytes.length - before);
	};
	for (const term of terms) write(byTerm.get(term)!);
	for (const facet of facets) for (const value of facet.values) write(byFacet.get(facet.name)!.get(value)!);
	return { version, ids: records.map((r) => r.id), searchIds, terms: terms.join('\n'), facets, postings: toBase64(bytes), lengths };
}

/** Facet name → the values asked for (a record passes with any of them; empty = no filter). */
export type FacetFilters = Record<string, readonly string[]>;

/** The index, ready for querying: lists are decoded when a query reads them. */
export class SearchIndex {
	readonly version: string;
	readonly ids: readonly string[];
	readonly count: number;
	private readonly searchIds: boolean;
	private readonly terms: string[];
	private readonly bytes: Uint8Array;
	/** Where each list starts in `bytes`, and where the last one ends. */
	private readonly starts: Int32Array;
	private readonly facetLists = new Map<string, Map<string, number>>();
	private positionOfId: Map<string, number> | null = null;

	constructor(file: SearchIndexFile) {
		this.version = file.version;
		this.ids = file.ids;
		this.count = file.ids.length;
		this.searchIds = file.searchIds;
		this.terms = file.terms === '' ? [] : file.terms.split('\n');
		let list = this.terms.length;
		for (const facet of file.facets) {
			this.facetLists.set(facet.name, new Map(facet.values.map((v) => [v, list++])));
		}
		this.bytes = fromBase64(file.postings);
		this.starts = new Int32Array(file.lengths.length + 1);
		file.lengths.forEach((length, i) => (this.starts[i + 1] = this.starts[i] + length));
		if (file.lengths.length !== list || this.starts[list] !== this.bytes.length) {
			throw new Error(`search index: ${file.lengths.length} lists for ${list} terms and facet values, or postings cut short`);
		}
	}

	/** The list position of a record id, or -1. */
	positionOf(id: string): number {
		this.positionOfId ??= new Map(this.ids.map((recordId, i) => [recordId, i]));
		return this.positionOfId.get(id) ?? -1;
	}

	/** Index of the first term ≥ `text`. */
	private lowerBound(text: string): number {
		let lo = 0;
		let hi = this.terms.length;
		while (lo < hi) {
			const mid = (lo + hi) >> 1;
			if (this.terms[mid] < text) lo = mid + 1;
			else hi = mid;
		}
		return lo;
	}

	/** Sets `into[p]` for every position of list `list` (varint gaps, decoded as they are read). */
	private mark(into: Uint8Array, list: number) {
		const bytes = this.bytes;
		const end = this.starts[list + 1];
		let at = this.starts[list];
		let p = -1;
		while (at < end) {
			let gap = 0;
			let scale = 1;
			let b: number;
			do {
				b = bytes[at++];
				gap += (b & 0x7f) * scale;
				scale *= 128;
			} while (b >= 0x80 && at < end);
			p += gap + 1;
			if (p >= this.count) throw new Error(`search index: list ${list} points past the last record`);
			into[p] = 1;
		}
	}

	/** Records that have a word beginning with `word`, or (when ids are searched) `word` in their id. */
	private wordMask(word: string): Uint8Array {
		const mask = new Uint8Array(this.count);
		const end = this.lowerBound(word + '\uffff');
		for (let t = this.lowerBound(word); t < end; t++) this.mark(mask, t);
		if (this.searchIds) for (let p = 0; p < this.count; p++) if (this.ids[p].includes(word)) mask[p] = 1;
		return mask;
	}

	/**
	 * The list positions (ascending) of the records that match the query and the facet filters.
	 * A facet value the index does not know matches nothing.
	 */
	match(query: string, filters: FacetFilters = {}): number[] {
		let mask: Uint8Array | null = null;
		const narrow = (next: Uint8Array) => {
			if (mask) for (let p = 0; p < this.count; p++) mask[p] &= next[p];
			else mask = next;
		};
		for (const [name, values] of Object.entries(filters)) {
			if (values.length === 0) continue;
			const lists = this.facetLists.get(name);
			const next = new Uint8Array(this.count);
			for (const value of values) {
				const list = lists?.get(value);
				if (list !== undefined) this.mark(next, list);
			}
			narrow(next);
		}
		for (const word of new Set(searchWords(query))) narrow(this.wordMask(word));
		const found: number[] = [];
		const m = mask as Uint8Array | null;
		for (let p = 0; p < this.count; p++) if (m === null || m[p]) found.push(p);
		return found;
	}
}
