import { describe, it, expect } from 'vitest';
import { chunkList, chunkIndexAt, chunkMonthLabel, monthLabel } from '$lib/lists/chunks';
import { positionAt, displayIndexOf, windowAround, chunksFor, countPerRange, runsBy } from '$lib/lists/window';
import { recordIndexHtml, fillRecordIndexes, runLength } from '$lib/lists/record-index';

type R = { type: string; date: string };
const r = (type: string, date: string): R => ({ type, date });
const keyOf = (x: R) => ({ group: x.type, month: x.date.slice(0, 7) });

describe('chunkList', () => {
	const records = [
		r('figure', '2021-03-02'), r('figure', '2021-03-30'), r('figure', '2021-03-31'), r('figure', '2021-04-01'),
		r('figure', '2021-05-01'), r('event', '2021-03-01'), r('event', '2022-02-24')
	];
	it('packs whole months of one group up to `max`, cuts a longer month into parts, and names them', () => {
		const { chunks, months } = chunkList(records, keyOf, { max: 2, prefixOf: (g) => `${g}s-` });
		expect(chunks.map((c) => [c.name, c.start, c.count, `${c.part}/${c.parts}`])).toEqual([
			['figures-2021-03-part-1', 0, 2, '1/2'],
			['figures-2021-03-part-2', 2, 1, '2/2'],
			['figures-2021-04-to-2021-05', 3, 2, '1/1'],
			['events-2021-03-to-2022-02', 5, 2, '1/1']
		]);
		expect(chunks.map(chunkMonthLabel)).toEqual(['March 2021, part 1 of 2', 'March 2021, part 2 of 2', 'April – May 2021', 'March 2021 – February 2022']);
		expect(months.map((m) => `${m.group} ${m.month} ${m.start}+${m.count} ${m.chunk}`)).toEqual([
			'figure 2021-03 0+3 figures-2021-03-part-1',
			'figure 2021-04 3+1 figures-2021-04-to-2021-05',
			'figure 2021-05 4+1 figures-2021-04-to-2021-05',
			'event 2021-03 5+1 events-2021-03-to-2022-02',
			'event 2022-02 6+1 events-2021-03-to-2022-02'
		]);
	});
	it('starts a new chunk when the next month would not fit, and names a one-month chunk by its month', () => {
		const { chunks } = chunkList(records, keyOf, { max: 3 });
		expect(chunks.map((c) => [c.name, c.count, chunkMonthLabel(c)])).toEqual([
			['2021-03', 3, 'March 2021'],
			['2021-04-to-2021-05', 2, 'April – May 2021'],
			['2021-03-to-2022-02', 2, 'March 2021 – February 2022']
		]);
	});
	it('covers every record exactly once, in order', () => {
		for (const max of [1, 2, 3, 10]) {
			const { chunks } = chunkList(records, keyOf, { max });
			expect(chunks.reduce((n, c) => n + c.count, 0)).toBe(records.length);
			chunks.forEach((c, i) => expect(c.start).toBe(i === 0 ? 0 : chunks[i - 1].start + chunks[i - 1].count));
			expect(chunks.every((c) => c.count <= max)).toBe(true);
		}
	});
	it('refuses a list that is not in order, and a record without a month', () => {
		expect(() => chunkList([r('a', '2021-03-01'), r('a', '2021-04-01'), r('a', '2021-03-05')], keyOf, { max: 5 })).toThrow(/not consecutive/);
		expect(() => chunkList([r('a', 'soon')], keyOf, { max: 5 })).toThrow(/no month/);
		expect(() => chunkList(records, keyOf, { max: 0 })).toThrow(/max/);
	});
	it('finds the chunk of a position', () => {
		const { chunks } = chunkList(records, keyOf, { max: 2 });
		expect([0, 1, 2, 3, 4, 5, 6, 7, -1].map((p) => chunkIndexAt(chunks, p))).toEqual([0, 0, 1, 2, 2, 3, 3, -1, -1]);
	});
	it('labels months', () => expect(monthLabel('2021-12')).toBe('December 2021'));
});

describe('the list window', () => {
	const results = [1, 4, 5, 9];
	it('maps display indexes to positions and back, in both orders', () => {
		expect([0, 1, 2, 3].map((i) => positionAt(i, results, 10, false))).toEqual([1, 4, 5, 9]);
		expect([0, 1, 2, 3].map((i) => positionAt(i, results, 10, true))).toEqual([9, 5, 4, 1]);
		expect([0, 9].map((i) => positionAt(i, null, 10, true))).toEqual([9, 0]);
		expect([1, 4, 5, 9, 2].map((p) => displayIndexOf(p, results, 10, false))).toEqual([0, 1, 2, 3, -1]);
		expect([1, 9].map((p) => displayIndexOf(p, results, 10, true))).toEqual([3, 0]);
		expect([0, 9, 10, -1].map((p) => displayIndexOf(p, null, 10, false))).toEqual([0, 9, -1, -1]);
	});
	it('opens a window from the top, or from a record far down', () => {
		expect(windowAround(3, 100, 50)).toEqual({ from: 0, to: 50 });
		expect(windowAround(49, 100, 50)).toEqual({ from: 0, to: 50 });
		expect(windowAround(60, 200, 50)).toEqual({ from: 60, to: 110 });
		expect(windowAround(70, 100, 50)).toEqual({ from: 50, to: 100 });
		expect(windowAround(99, 100, 50)).toEqual({ from: 50, to: 100 });
		expect(windowAround(2, 3, 50)).toEqual({ from: 0, to: 3 });
	});
	const chunks = [{ start: 0, count: 3 }, { start: 3, count: 3 }, { start: 6, count: 4 }];
	it('names the chunks a set of positions needs, and counts results per chunk', () => {
		expect(chunksFor([9, 0, 1, 7], chunks)).toEqual([0, 2]);
		expect(() => chunksFor([10], chunks)).toThrow(/no chunk/);
		expect(() => countPerRange([10], chunks)).toThrow(/no range/);
		expect(countPerRange(results, chunks)).toEqual([1, 2, 1]);
		expect(countPerRange(null, chunks)).toEqual([3, 3, 4]);
		expect(countPerRange([], chunks)).toEqual([0, 0, 0]);
	});
	it('cuts a list into runs by key', () => {
		expect(runsBy(['a1', 'a2', 'b1', 'a3'], (s) => s[0]).map((run) => [run.key, run.items.length])).toEqual([['a', 2], ['b', 1], ['a', 1]]);
	});
});

describe('record index (permalinks without JavaScript)', () => {
	const groups = [{ chunk: 'figures-2021-04', label: 'Figures, April <2021>', ids: ['a-1', 'b"2'] }];
	it('writes one hidden target per id and one link per run of ids to its page, escaped', () => {
		const html = recordIndexHtml(groups, (chunk) => `sources/${chunk}`);
		expect(html).toBe(
			'<ul class="record-index"><li><span>Figures, April &lt;2021&gt;</span>' +
				'<p><i id="a-1"></i><i id="b&quot;2"></i>' +
				`<a href="sources/figures-2021-04#a-1">open that page at the record or up to ${runLength - 1} records before it</a></p></li></ul>`
		);
	});
	it('cuts a chunk into runs of `runLength`, each linking to its first record', () => {
		const ids = Array.from({ length: 2 * runLength + 3 }, (_, i) => `r${i}`);
		const html = recordIndexHtml([{ chunk: 'events-2022-01', label: 'Events', ids }], (chunk) => `timeline/${chunk}`);
		const runs = html.match(/<p>.*?<\/p>/g) ?? [];
		expect(runs).toHaveLength(3);
		runs.forEach((run, n) => {
			const targets = [...run.matchAll(/<i id="([^"]+)"><\/i>/g)].map((m) => m[1]);
			expect(targets).toEqual(ids.slice(n * runLength, (n + 1) * runLength));
			expect([...run.matchAll(/href="([^"]+)"/g)].map((m) => m[1])).toEqual([`timeline/events-2022-01#${targets[0]}`]);
		});
	});
	it('fills the markers of a page, relative to the page, and refuses an unknown list', () => {
		const page = '<main><noscript data-record-index="sources"></noscript></main>';
		const filled = fillRecordIndexes(page, '/sources', { sources: () => groups });
		expect(filled).toContain('<noscript data-record-index="sources"><ul class="record-index"');
		expect(filled).toContain('href="sources/figures-2021-04#a-1"');
		expect(fillRecordIndexes('<p>no marker</p>', '/about', {})).toBe('<p>no marker</p>');
		expect(() => fillRecordIndexes(page, '/sources', {})).toThrow(/no list called/);
	});
});
