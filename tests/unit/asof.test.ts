import { describe, it, expect } from 'vitest';
import fc from 'fast-check';
import { asOf, createAsOfIndex, figureSeriesKey, lastStartedIndex } from '$lib/data/asof';

interface Rec {
	id: string;
	key: string;
	date_start: string;
}

const records: Rec[] = [
	{ id: 'a1', key: 'a', date_start: '2021-04-01' },
	{ id: 'a2', key: 'a', date_start: '2021-11-13' },
	{ id: 'a3', key: 'a', date_start: '2022-01-01' },
	{ id: 'a3bis', key: 'a', date_start: '2022-01-01' },
	{ id: 'b1', key: 'b', date_start: '2021-12-03' },
	// out of order on purpose
	{ id: 'b0', key: 'b', date_start: '2021-03-30' }
];

describe('lastStartedIndex', () => {
	const starts = ['2021-01-01', '2021-02-01', '2021-02-01', '2021-03-01'];
	it.each([
		{ date: '2020-12-31', expected: -1 },
		{ date: '2021-01-01', expected: 0 },
		{ date: '2021-01-31', expected: 0 },
		{ date: '2021-02-01', expected: 2 },
		{ date: '2021-02-28', expected: 2 },
		{ date: '2021-03-01', expected: 3 },
		{ date: '2030-01-01', expected: 3 }
	])('$date → $expected', ({ date, expected }) => {
		expect(lastStartedIndex(starts, date)).toBe(expected);
	});
	it('is -1 for no records', () => {
		expect(lastStartedIndex([], '2021-01-01')).toBe(-1);
	});
});

describe('asOf', () => {
	it.each([
		{ date: '2021-03-29', expected: [] },
		{ date: '2021-03-30', expected: ['b0'] },
		{ date: '2021-04-01', expected: ['a1', 'b0'] },
		{ date: '2021-11-12', expected: ['a1', 'b0'] },
		{ date: '2021-11-13', expected: ['a2', 'b0'] },
		{ date: '2021-12-03', expected: ['a2', 'b1'] },
		// two records of one series starting the same day are both latest
		{ date: '2022-01-01', expected: ['a3', 'a3bis', 'b1'] },
		{ date: '2022-02-24', expected: ['a3', 'a3bis', 'b1'] }
	])('at $date the latest per series are $expected', ({ date, expected }) => {
		const got = asOf(records, date, (r) => r.key).map((r) => r.id);
		expect(got.sort()).toEqual([...expected].sort());
	});

	it('agrees with a brute-force selection for any records and date', () => {
		const day = fc.integer({ min: 0, max: 60 }).map((d) => new Date(Date.UTC(2021, 0, 1 + d)).toISOString().slice(0, 10));
		fc.assert(
			fc.property(
				fc.array(fc.record({ key: fc.constantFrom('x', 'y', 'z'), date_start: day }), { maxLength: 30 }),
				day,
				(recs, date) => {
					const withIds = recs.map((r, i) => ({ ...r, id: String(i) }));
					const index = createAsOfIndex(withIds, (r) => r.key);
					const got = index.at(date).map((r) => r.id).sort();
					const expected = withIds
						.filter((r) => {
							if (r.date_start > date) return false;
							const latest = withIds
								.filter((o) => o.key === r.key && o.date_start <= date)
								.reduce((m, o) => (o.date_start > m ? o.date_start : m), '');
							return r.date_start === latest;
						})
						.map((r) => r.id)
						.sort();
					expect(got).toEqual(expected);
				}
			)
		);
	});
});

describe('figureSeriesKey', () => {
	const base = { side: 'russia', metric: 'troops', fronts: ['south', 'east'], estimator: 'hur', kind: 'estimate' } as const;
	it.each([
		{ a: base, b: { ...base, fronts: ['east', 'south'] as const }, same: true },
		{ a: base, b: { ...base, estimator: 'ua-mod' }, same: false },
		{ a: base, b: { ...base, side: 'separatist' as const }, same: false },
		{ a: base, b: { ...base, kind: 'projection' as const }, same: false },
		{ a: base, b: { ...base, metric: 'btgs' }, same: false }
	])('keys compare as expected (#%#)', ({ a, b, same }) => {
		expect(figureSeriesKey({ ...a, fronts: [...a.fronts] }) === figureSeriesKey({ ...b, fronts: [...b.fronts] })).toBe(same);
	});
});
