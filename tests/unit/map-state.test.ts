import { describe, it, expect } from 'vitest';
import { csvParse } from 'd3-dsv';
import { createMapTimeline, unitKey } from '$lib/map/state';
import { dateRange } from '$lib/data/days';
import { anchorOf, groupFigures, symbolRadius, symbolRings, frontAnchors } from '$lib/map/symbols';
import { isMapFigure } from '$lib/map/select';
import { mapDownloadName, mapStateCsv, mapStateRows, mapStateGeoJSON } from '$lib/map/export';
import type { MapFigure, MapUnit, MapEvent, MapPlace } from '$lib/map/types';

const prov = { date_text: 'x', source: 'prelude', excerpt: 'an excerpt, with "quotes"' };
const fig = (id: string, start: string, over: Partial<MapFigure> = {}): MapFigure => ({
	...prov, id, date_start: start, date_end: start, metric: 'troops', value: 1000, low: 1000, high: 1000, qualifier: 'exact',
	estimator: 'hur', side: 'russia', fronts: ['east'], places: [], kind: 'estimate', subject: 's', ...over
});
const unit = (id: string, name: string, from: string | null, to: string, start: string, end: string): MapUnit => ({
	...prov, id, unit: name, side: 'russia', kind: 'movement', from, to, date_start: start, date_end: end, count: null, count_metric: null
});
const places: Record<string, MapPlace> = {
	a: { id: 'a', name: 'A', lat: 50, lon: 30, front: 'east' },
	b: { id: 'b', name: 'B', lat: 52, lon: 36, front: 'east' },
	pl: { id: 'pl', name: 'Poland', lat: 52, lon: 19, front: 'nato_east' }
};
const event = (id: string, start: string, place: string | null): MapEvent => ({ ...prov, id, date_start: start, date_end: start, title: id, category: 'military', type: 'drill', place, key: false });

describe('symbol sizes: area ∝ value', () => {
	it.each([
		{ a: 10_000, b: 40_000, ratio: 2 },
		{ a: 25_000, b: 100_000, ratio: 2 },
		{ a: 100, b: 10_000, ratio: 10 }
	])('r($b)/r($a) = $ratio', ({ a, b, ratio }) => {
		expect(symbolRadius('troops', b) / symbolRadius('troops', a)).toBeCloseTo(ratio);
	});
	it.each([
		{ f: { metric: 'troops', value: null, low: 175000, high: 190000, qualifier: 'range' as const }, inner: true, open: null },
		{ f: { metric: 'troops', value: 100000, low: 100000, high: null, qualifier: 'over' as const }, inner: false, open: 'outward' },
		{ f: { metric: 'troops', value: 92000, low: null, high: 92000, qualifier: 'nearly' as const }, inner: false, open: 'inward' },
		{ f: { metric: 'troops', value: 70000, low: null, high: null, qualifier: 'about' as const }, inner: false, open: null }
	])('rings of $f.qualifier', ({ f, inner, open }) => {
		const r = symbolRings(f);
		expect(r.inner !== null).toBe(inner);
		expect(r.open).toBe(open);
		if (r.inner !== null) expect(r.inner).toBeLessThan(r.outer);
	});
});

describe('where a figure sits', () => {
	it.each([
		{ fronts: ['east'], places: [], point: frontAnchors.east, spans: 0 },
		{ fronts: ['nato_east'], places: ['pl'], point: [52, 19], spans: 0 },
		{ fronts: ['east', 'south'], places: [], point: [(frontAnchors.east[0] + frontAnchors.south[0]) / 2, (frontAnchors.east[1] + frontAnchors.south[1]) / 2], spans: 2 }
	])('$fronts → $point', ({ fronts, places: ps, point, spans }) => {
		const a = anchorOf({ fronts: fronts as MapFigure['fronts'], places: ps }, places)!;
		expect(a.point[0]).toBeCloseTo(point[0]);
		expect(a.point[1]).toBeCloseTo(point[1]);
		expect(a.spans.length).toBe(spans);
	});
	it('a figure around Ukraine has no single point and is never split', () => {
		const { groups, around } = groupFigures([fig('x', '2021-04-01', { fronts: ['around'] }), fig('y', '2021-04-01')], places);
		expect(around.map((f) => f.id)).toEqual(['x']);
		expect(groups.flatMap((g) => g.figures.map((f) => f.id))).toEqual(['y']);
	});
});

describe('isMapFigure', () => {
	it.each([
		{ f: fig('a', '2021-04-01'), shown: true },
		{ f: fig('a', '2021-04-01', { kind: 'strength' }), shown: false },
		{ f: fig('a', '2021-04-01', { metric: 'casualties' }), shown: false },
		{ f: fig('a', '2021-04-01', { fronts: ['elsewhere' as never] }), shown: false },
		{ f: fig('a', '2021-04-01', { side: 'ukraine' }), shown: false },
		{ f: fig('a', '2022-03-04'), shown: false }
	])('#%# → $shown', ({ f, shown }) => expect(isMapFigure(f)).toBe(shown));
});

describe('map state at a date', () => {
	const slice = {
		start: '2021-04-01',
		end: '2021-05-31',
		figures: [fig('f1', '2021-04-01'), fig('f2', '2021-04-20'), fig('g1', '2021-04-10', { estimator: 'pentagon' })],
		units: [
			unit('u1', '41st Combined Arms Army', 'a', 'b', '2021-04-05', '2021-04-10'),
			unit('u2', '41st Army', 'b', 'a', '2021-04-22', '2021-05-01'),
			unit('u3', 'Ships', null, 'b', '2021-04-08', '2021-04-08')
		],
		events: [event('e1', '2021-04-14', 'a'), event('e2', '2021-04-02', null)]
	};
	const timeline = createMapTimeline(slice);
	it.each([
		{ date: '2021-04-01', figures: ['f1'], moving: [], stationed: [], events: [] },
		{ date: '2021-04-06', figures: ['f1'], moving: ['u1'], stationed: [], events: ['e2'] },
		{ date: '2021-04-15', figures: ['f1', 'g1'], moving: [], stationed: ['u1', 'u3'], events: ['e1'] },
		{ date: '2021-04-21', figures: ['f2', 'g1'], moving: [], stationed: ['u1', 'u3'], events: ['e1'] },
		{ date: '2021-04-25', figures: ['f2', 'g1'], moving: ['u2'], stationed: ['u3'], events: [] },
		{ date: '2021-05-10', figures: ['f2', 'g1'], moving: [], stationed: ['u3', 'u2'], events: [] }
	])('$date', ({ date, figures, moving, stationed, events }) => {
		const s = timeline.stateAt(date);
		expect(s.figures.map((f) => f.id).sort()).toEqual(figures);
		expect(s.moving.map((u) => u.id)).toEqual(moving);
		expect(s.stationed.map((u) => u.id).sort()).toEqual([...stationed].sort());
		expect(s.events.map((e) => e.event.id)).toEqual(events);
	});
	it('covers every day of the domain', () => {
		expect(timeline.dates).toEqual(dateRange('2021-04-01', '2021-05-31'));
		expect(timeline.dates.length).toBe(61);
	});
	it.each([
		{ a: '41st Combined Arms Army', b: '41st Army', same: true },
		{ a: '5th Combined Arms Army', b: '35th Combined Arms Army', same: false },
		{ a: 'Danish frigate', b: 'Danish frigate ', same: true }
	])('unitKey($a) = unitKey($b): $same', ({ a, b, same }) => {
		expect(unitKey({ unit: a, side: 'russia' }) === unitKey({ unit: b, side: 'russia' })).toBe(same);
	});

	it('CSV rows are exactly the marks at the date, with provenance, and parse back', () => {
		const s = timeline.stateAt('2021-04-15');
		const lookup = { places, estimators: { hur: 'HUR', pentagon: 'Pentagon' } };
		const csv = mapStateCsv(mapStateRows(s, lookup, { figures: true, units: true, events: true }));
		expect(csv.startsWith('\uFEFF')).toBe(true);
		const rows = csvParse(csv.slice(1));
		expect(rows.map((r) => `${r.record_type}:${r.id}`)).toEqual(['figure:f1', 'figure:g1', 'unit:u1', 'unit:u3', 'event:e1']);
		expect(rows[0].excerpt).toBe(prov.excerpt);
		expect(rows[0].value_text).toBe('1,000');
		expect(rows[0].age_days).toBe('14');
		const onlyUnits = mapStateRows(s, lookup, { figures: false, units: true, events: false });
		expect(onlyUnits.every((r) => r.record_type === 'unit')).toBe(true);
		const geo = mapStateGeoJSON(timeline.stateAt('2021-04-06'), lookup, { figures: false, units: true, events: false });
		expect(geo.features[0].geometry).toEqual({ type: 'LineString', coordinates: [[30, 50], [36, 52]] });
	});
});

describe('mapDownloadName', () => {
	it.each([
		{ date: '2022-01-15', version: '6d03fe96da6a', ext: 'csv' as const, expected: 'buildup-map-2022-01-15-v6d03fe96da6a.csv' },
		{ date: '2021-04-01', version: 'a/b c', ext: 'geojson' as const, expected: 'buildup-map-2021-04-01-va-b-c.geojson' },
		{ date: '2021-04-01', version: '', ext: 'csv' as const, expected: 'buildup-map-2021-04-01-vunversioned.csv' }
	])('$expected', ({ date, version, ext, expected }) => expect(mapDownloadName(date, version, ext)).toBe(expected));
});
