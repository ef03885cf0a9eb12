import { describe, it, expect } from 'vitest';
import { dataset } from '$lib/generated/dataset';
import { mapExcerpts, mapSlice } from '$lib/map/select';
import { createScene } from '$lib/map/scene';
import { monthFile, monthOf, monthSlicer, monthsOf, parseMonthFile, restrictSlice, sceneRecordIds } from '$lib/map/months';
import type { MapSlice } from '$lib/map/types';

const full = mapSlice(dataset);
const whole = createScene(full);
const sliceOf = monthSlicer(full, whole);
const months = monthsOf(full);
const byMonth = new Map(months.map((m) => [m, sliceOf(m)]));

describe('the map by month', () => {
	it('covers every day of the scrubber, month by month', () => {
		expect(months[0]).toBe(monthOf(full.start));
		expect(months.at(-1)).toBe('2022-02');
		expect(new Set(whole.dates.map(monthOf))).toEqual(new Set(months));
	});

	it('the scene of every day, from its month’s slice alone, is the scene from the whole slice (with and without older figures)', () => {
		const indexes = new Map([...byMonth].map(([m, s]) => [m, createScene(s)]));
		for (const date of whole.dates) {
			for (const older of [false, true]) expect(indexes.get(monthOf(date))!.at(date, { older }), `${date} older=${older}`).toEqual(whole.at(date, { older }));
		}
	});

	it('a month holds fewer records than the whole map, and no record no day of it draws', () => {
		const size = (s: MapSlice) => s.figures.length + s.units.length + s.events.length;
		for (const [month, s] of byMonth) {
			expect(size(s), month).toBeLessThan(size(full));
			const drawn = new Set<string>();
			for (const date of whole.dates.filter((d) => monthOf(d) === month)) for (const id of sceneRecordIds(whole.at(date, { older: true }))) drawn.add(id);
			for (const r of [...s.figures, ...s.units, ...s.events]) expect(drawn.has(r.id), `${month}: ${r.id}`).toBe(true);
		}
		// April 2021 has the first buildup, and nothing of 2022.
		const april = byMonth.get('2021-04')!;
		expect(april.units.map((u) => u.to)).toEqual(expect.arrayContaining(['pogonovo', 'novoozerne']));
		expect([...april.figures, ...april.units, ...april.events].every((r) => r.date_start <= '2021-04-30')).toBe(true);
	});

	it('keeps only the places, estimators and sources its records name', () => {
		const april = byMonth.get('2021-04')!;
		const named = new Set([...april.figures, ...april.undated].map((f) => f.estimator));
		expect(new Set(Object.keys(april.estimators))).toEqual(named);
		for (const u of april.units) expect(april.places[u.to], u.id).toBeDefined();
		expect(Object.keys(april.places).length).toBeLessThan(Object.keys(full.places).length);
		expect(restrictSlice(full, new Set()).figures).toEqual([]);
	});

	it('a month’s file carries the excerpt of each of its records, and its parser refuses what is not one', () => {
		const all = mapExcerpts(dataset);
		const file = monthFile('2021-04', byMonth.get('2021-04')!, all);
		const ids = [...file.slice.figures, ...file.slice.undated, ...file.slice.units, ...file.slice.events].map((r) => r.id);
		expect(Object.keys(file.excerpts).sort()).toEqual([...new Set(ids)].sort());
		const excerptOf = new Map([...dataset.figures, ...dataset.units, ...dataset.events].map((r) => [r.id, r.excerpt]));
		for (const id of ids) expect(file.excerpts[id]).toBe(excerptOf.get(id));
		expect(parseMonthFile(JSON.parse(JSON.stringify(file)), '2021-04').slice.units.length).toBe(file.slice.units.length);
		expect(() => parseMonthFile(file, '2021-05')).toThrow("not that month's");
		expect(() => parseMonthFile({ month: '2021-04', slice: {}, excerpts: {} }, '2021-04')).toThrow('has no records');
		expect(() => parseMonthFile({ ...file, excerpts: null }, '2021-04')).toThrow('has no excerpts');
		expect(() => monthFile('2021-04', byMonth.get('2021-04')!, {})).toThrow(/no excerpt for .+ in the map's month 2021-04/);
	});
});
