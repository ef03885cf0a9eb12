/**
 * Which part of a long list is on screen: a window [from, to) over the records the filters let
 * through (in display order), grown by "Show more" and, after a jump to a permalink, by "Show
 * earlier". Pure maths behind `LongList`; tested in node.
 */
import { chunkIndexAt, type Chunk } from './chunks';

export interface ListWindow {
	from: number;
	to: number;
}

/** The list position shown at display index `i`: `results` (ascending positions, or null for all), maybe reversed. */
export function positionAt(i: number, results: readonly number[] | null, total: number, reversed: boolean): number {
	const n = results ? results.length : total;
	const k = reversed ? n - 1 - i : i;
	return results ? results[k] : k;
}

/** The display index of list position `position`, or -1 when the results leave it out. */
export function displayIndexOf(position: number, results: readonly number[] | null, total: number, reversed: boolean): number {
	let k: number;
	if (results) {
		// Binary search: results are ascending.
		let lo = 0;
		let hi = results.length - 1;
		k = -1;
		while (lo <= hi) {
			const mid = (lo + hi) >> 1;
			if (results[mid] === position) {
				k = mid;
				break;
			}
			if (results[mid] < position) lo = mid + 1;
			else hi = mid - 1;
		}
		if (k === -1) return -1;
	} else {
		if (position < 0 || position >= total) return -1;
		k = position;
	}
	const n = results ? results.length : total;
	return reversed ? n - 1 - k : k;
}

/**
 * The window that shows display index `index`: from the start of the list when it is within the
 * first `batch`, else from the record itself (with "Show earlier" above it), or the last `batch`
 * records when it is near the end (so that it is never shown alone).
 */
export function windowAround(index: number, length: number, batch: number): ListWindow {
	const from = index < batch ? 0 : Math.max(0, Math.min(index, length - batch));
	return { from, to: Math.min(length, Math.max(from + batch, index + 1)) };
}

/** The chunks (indexes, ascending) that hold the list positions `positions`. */
export function chunksFor(positions: Iterable<number>, chunks: readonly Pick<Chunk, 'start' | 'count'>[]): number[] {
	const needed = new Set<number>();
	for (const p of positions) {
		const c = chunkIndexAt(chunks, p);
		if (c === -1) throw new Error(`list position ${p} is in no chunk`);
		needed.add(c);
	}
	return [...needed].sort((a, b) => a - b);
}

/**
 * How many of the results fall in each range of list positions (chunks, or months): results
 * ascending (or null for all), ranges in order and covering every result.
 */
export function countPerRange(results: readonly number[] | null, ranges: readonly { start: number; count: number }[]): number[] {
	if (!results) return ranges.map((c) => c.count);
	const counts = ranges.map(() => 0);
	let c = 0;
	for (const p of results) {
		while (c < ranges.length && p >= ranges[c].start + ranges[c].count) c++;
		if (c === ranges.length || p < ranges[c].start) throw new Error(`list position ${p} is in no range`);
		counts[c]++;
	}
	return counts;
}

/** Runs of consecutive items with the same key, in order: sections of a list by record type or month. */
export function runsBy<T>(items: readonly T[], keyOf: (item: T) => string): { key: string; items: T[] }[] {
	const runs: { key: string; items: T[] }[] = [];
	for (const item of items) {
		const key = keyOf(item);
		const last = runs.at(-1);
		if (last && last.key === key) last.items.push(item);
		else runs.push({ key, items: [item] });
	}
	return runs;
}
