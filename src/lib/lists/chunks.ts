/**
 * A long list cut into pages ("chunks"). The Sources and Timeline pages list their records in one
 * fixed order, by group (the Sources page's record type; '' on the Timeline) and month. A chunk is
 * a run of consecutive records of one group: whole months packed together up to `max` records, or
 * one part of a month that alone has more than `max`. Each chunk is a static page readable without
 * JavaScript (with an anchor per month) and a JSON slice the interactive list loads as the reader
 * scrolls. Pure: build time and browser.
 */

export interface Chunk {
	/**
	 * URL segment: '<prefix><first month>' for one month ('events-2022-01'),
	 * '<prefix><first>-to-<last>' for several ('figures-2021-01-to-2022-03'), and
	 * '<prefix><month>-part-<n>' for a part of a long month.
	 */
	name: string;
	/** The group its records belong to ('figure', 'unit', 'event'; '' when the list has none). */
	group: string;
	/** First and last month it covers, 'YYYY-MM'. */
	from: string;
	to: string;
	/** 1-based part of its month, and how many parts the month has (1 of 1 unless cut). */
	part: number;
	parts: number;
	/** Position of its first record in the whole list, and how many records it holds. */
	start: number;
	count: number;
}

/** One month of one group: where its records start in the list, how many, and the (first) chunk that holds them. */
export interface ChunkMonth {
	group: string;
	month: string;
	start: number;
	count: number;
	chunk: string;
}

const monthNames = [
	'January', 'February', 'March', 'April', 'May', 'June',
	'July', 'August', 'September', 'October', 'November', 'December'
];

/** "2022-01" → "January 2022". */
export function monthLabel(month: string): string {
	const [y, m] = month.split('-').map(Number);
	return `${monthNames[m - 1]} ${y}`;
}

/** "April 2021", "February – December 2021", "March 2021 – February 2022", "February 2022, part 2 of 3". */
export function chunkMonthLabel(chunk: Pick<Chunk, 'from' | 'to' | 'part' | 'parts'>): string {
	if (chunk.parts > 1) return `${monthLabel(chunk.from)}, part ${chunk.part} of ${chunk.parts}`;
	if (chunk.from === chunk.to) return monthLabel(chunk.from);
	const [from, to] = [monthLabel(chunk.from), monthLabel(chunk.to)];
	const sameYear = chunk.from.slice(0, 4) === chunk.to.slice(0, 4);
	return `${sameYear ? from.split(' ')[0] : from} – ${to}`;
}

/**
 * Cuts `records` (in list order) into chunks, and lists the months with the chunk that holds each.
 * `keyOf` gives a record's group and month; `prefixOf` the name prefix of a group ('figures-').
 * Throws when a group-month comes back after another one (the list is not in order), since its
 * pages would then overlap.
 */
export function chunkList<T>(
	records: readonly T[],
	keyOf: (record: T) => { group: string; month: string },
	{ max, prefixOf = () => '' }: { max: number; prefixOf?: (group: string) => string }
): { chunks: Chunk[]; months: ChunkMonth[] } {
	if (!(max >= 1)) throw new Error(`chunkList: max must be at least 1, not ${max}`);
	const runs: { group: string; month: string; start: number; count: number }[] = [];
	const seen = new Set<string>();
	records.forEach((record, i) => {
		const { group, month } = keyOf(record);
		if (!/^\d{4}-\d{2}$/.test(month)) throw new Error(`chunkList: record ${i} has no month (“${month}”)`);
		const last = runs.at(-1);
		if (last && last.group === group && last.month === month) {
			last.count += 1;
			return;
		}
		const key = `${group}\u0000${month}`;
		if (seen.has(key)) throw new Error(`chunkList: records of ${group || 'the list'} in ${month} are not consecutive (record ${i})`);
		seen.add(key);
		runs.push({ group, month, start: i, count: 1 });
	});

	const chunks: Chunk[] = [];
	const months: ChunkMonth[] = [];
	let pack: { group: string; from: string; to: string; start: number; count: number } | null = null;
	const name = (group: string, from: string, to: string) => `${prefixOf(group)}${from}${to === from ? '' : `-to-${to}`}`;
	const flush = () => {
		if (pack) chunks.push({ name: name(pack.group, pack.from, pack.to), group: pack.group, from: pack.from, to: pack.to, part: 1, parts: 1, start: pack.start, count: pack.count });
		pack = null;
	};
	for (const run of runs) {
		if (pack && (pack.group !== run.group || pack.count + run.count > max)) flush();
		if (run.count > max) {
			const parts = Math.ceil(run.count / max);
			months.push({ group: run.group, month: run.month, start: run.start, count: run.count, chunk: `${prefixOf(run.group)}${run.month}-part-1` });
			for (let p = 0; p < parts; p++) {
				const start = run.start + p * max;
				chunks.push({
					name: `${prefixOf(run.group)}${run.month}-part-${p + 1}`,
					group: run.group,
					from: run.month,
					to: run.month,
					part: p + 1,
					parts,
					start,
					count: Math.min(max, run.start + run.count - start)
				});
			}
			continue;
		}
		if (pack) {
			pack.to = run.month;
			pack.count += run.count;
		} else pack = { group: run.group, from: run.month, to: run.month, start: run.start, count: run.count };
		months.push({ group: run.group, month: run.month, start: run.start, count: run.count, chunk: '' });
	}
	flush();
	// Months packed into a chunk learn its name once the chunk is closed.
	for (const m of months) {
		if (m.chunk) continue;
		m.chunk = chunks.find((c) => c.group === m.group && c.parts === 1 && c.from <= m.month && m.month <= c.to)!.name;
	}
	return { chunks, months };
}

/** The index of the chunk that holds list position `position` (binary search), or -1. */
export function chunkIndexAt(chunks: readonly Pick<Chunk, 'start' | 'count'>[], position: number): number {
	let lo = 0;
	let hi = chunks.length - 1;
	while (lo <= hi) {
		const mid = (lo + hi) >> 1;
		const c = chunks[mid];
		if (position < c.start) hi = mid - 1;
		else if (position >= c.start + c.count) lo = mid + 1;
		else return mid;
	}
	return -1;
}
