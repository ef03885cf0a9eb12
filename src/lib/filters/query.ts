/**
 * Filter state in the URL, shared by the Timeline and Sources pages: read a query string into
 * filter values (rejecting unknown values with a readable notice) and write back only what differs
 * from the defaults; the text folding both pages search by. Pure; runs in node and the browser.
 */
import { quoteInput } from './quote';

/** Lower case, accents and typographic quotes/dashes folded, whitespace collapsed. */
export function foldText(text: string): string {
	return text
		.normalize('NFD')
		.replace(/[\u0300-\u036f]/g, '')
		.replace(/[‘’‚‛′]/g, "'")
		.replace(/[“”„‟″]/g, '"')
		.replace(/[‐‑‒–—―−]/g, '-')
		.toLowerCase()
		.replace(/\s+/g, ' ')
		.trim();
}

/** A value the URL asked for that the page does not know; shown to the reader, then ignored. */
export interface RejectedParam {
	name: string;
	value: string;
}

/** Reads a single value that must be one of `allowed`; '' (absent) when missing or unknown. */
export function readChoice(
	params: URLSearchParams,
	name: string,
	allowed: ReadonlySet<string>,
	rejected: RejectedParam[]
): string {
	const raw = params.get(name);
	if (raw === null || raw === '') return '';
	if (allowed.has(raw)) return raw;
	rejected.push({ name, value: raw });
	return '';
}

/** Reads a comma-separated list whose items must be in `allowed`; unknown items are dropped. */
export function readList(
	params: URLSearchParams,
	name: string,
	allowed: ReadonlySet<string>,
	rejected: RejectedParam[]
): string[] {
	const raw = params.get(name);
	if (raw === null || raw === '') return [];
	const out: string[] = [];
	for (const item of raw.split(',')) {
		const value = item.trim();
		if (!value) continue;
		if (allowed.has(value)) {
			if (!out.includes(value)) out.push(value);
		} else rejected.push({ name, value });
	}
	return out;
}

/** Reads free text (trimmed, at most 200 characters). */
export function readText(params: URLSearchParams, name: string): string {
	return (params.get(name) ?? '').trim().slice(0, 200);
}

/**
 * A query string ('' or '?a=b&c=d') from name → value pairs, leaving out empty values, so the URL
 * holds only what differs from the defaults. Lists are joined with commas; order of `entries` kept.
 */
export function queryString(entries: [name: string, value: string | readonly string[]][]): string {
	const params = new URLSearchParams();
	for (const [name, value] of entries) {
		const text = typeof value === 'string' ? value.trim() : value.join(',');
		if (text) params.set(name, text);
	}
	const s = params.toString().replaceAll('%2C', ',');
	return s ? `?${s}` : '';
}

/**
 * "category “foo”, order “sideways”" — for the notice about ignored URL values: each value quoted
 * at most `quoteMax` characters long, each name-value pair once, and at most `maxItems` of them
 * ("… and 12 more").
 */
export function describeRejected(rejected: readonly RejectedParam[], maxItems = 5): string {
	const seen = new Set<string>();
	const items: string[] = [];
	for (const r of rejected) {
		const item = `${r.name} “${quoteInput(r.value)}”`;
		if (seen.has(item)) continue;
		seen.add(item);
		items.push(item);
	}
	const more = items.length - maxItems;
	return more > 0 ? `${items.slice(0, maxItems).join(', ')} and ${more} more` : items.join(', ');
}

/** The record id a location hash names ('#hur-troops' → 'hur-troops'), or '' for none. */
export function idFromHash(hash: string): string {
	const raw = hash.startsWith('#') ? hash.slice(1) : hash;
	try {
		return decodeURIComponent(raw);
	} catch {
		return raw;
	}
}
