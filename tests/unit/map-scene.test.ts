import { describe, it, expect } from 'vitest';
import { readFileSync } from 'node:fs';
import { csvParse } from 'd3-dsv';
import { feature } from 'topojson-client';
import { geoContains } from 'd3-geo';
import type { Topology, GeometryCollection } from 'topojson-specification';
import type { Feature, Geometry } from 'geojson';
import { dateRange } from '$lib/data/days';
import { createScene, greatCircleKm, RECENT_FIGURE_DAYS, INVASION, type Scene } from '$lib/map/scene';
import { symbolRadius, symbolRings } from '$lib/map/symbols';
import { isMapFigure, mapSlice } from '$lib/map/select';
import { mapDownloadName, mapStateCsv, mapStateRows, mapStateGeoJSON } from '$lib/map/export';
import { invert, kOfZoom, leafletZoom, project, viewFor, visibleRect } from '$lib/map/frame';
import { layoutScene } from '$lib/map/layout';
import { dataset } from '$lib/generated/dataset';
import type { MapFigure, MapUnit, MapEvent, MapPlace, MapSlice } from '$lib/map/types';

const prov = { date_text: 'x', source: 'prelude', excerpt: 'an excerpt, with "quotes"' };
const fig = (id: string, start: string, over: Partial<MapFigure> = {}): MapFigure => ({
	...prov, id, date_start: start, date_end: start, metric: 'troops', value: 1000, low: 1000, high: 1000, qualifier: 'exact',
	estimator: 'hur', side: 'russia', fronts: ['east'], places: [], kind: 'estimate', subject: 's', ...over
});
const unit = (id: string, short: string, from: string | null, to: string, start: string, end: string, echelon: MapUnit['echelon'] = 'army'): MapUnit => ({
	...prov, id, unit: short, short_name: short, echelon, note: null, side: 'russia', kind: 'movement', from, to, date_start: start, date_end: end, count: null, count_metric: null
});
const places: Record<string, MapPlace> = {
	a: { id: 'a', name: 'A', lat: 51.5, lon: 39.2, front: 'east' },
	b: { id: 'b', name: 'B', lat: 53.7, lon: 27.9, front: 'north' },
	home: { id: 'home', name: 'Home', lat: 55.0, lon: 82.9, front: 'elsewhere' },
	near: { id: 'near', name: 'Near', lat: 54.5, lon: 36.3, front: 'elsewhere' },
	pl: { id: 'pl', name: 'Poland', lat: 52, lon: 19.4, front: 'nato_east' }
};
const event = (id: string, start: string, place: string | null): MapEvent => ({ ...prov, id, date_start: start, date_end: start, title: id, category: 'military', type: 'drill', place, key: false });
const slice = (over: Partial<MapSlice>) => ({ start: '2021-03-01', end: '2022-02-24', figures: [], undated: [], units: [], events: [], places, ...over });

describe('symbol sizes: area ∝ value', () => {
	it.each([
		{ a: 10_000, b: 40_000, ratio: 2 },
		{ a: 100, b: 10_000, ratio: 10 }
	])('r($b)/r($a) = $ratio', ({ a, b, ratio }) => {
		expect(symbolRadius('troops', b) / symbolRadius('troops', a)).toBeCloseTo(ratio);
	});
	it('a range has an inner ring; "over" opens outward', () => {
		expect(symbolRings({ metric: 'troops', value: null, low: 175000, high: 190000, qualifier: 'range' }).inner).not.toBeNull();
		expect(symbolRings({ metric: 'troops', value: 100000, low: 100000, high: null, qualifier: 'over' }).open).toBe('outward');
	});
});

describe('isMapFigure', () => {
	it.each([
		{ f: fig('a', '2021-04-01'), shown: true },
		{ f: fig('a', '2021-04-01', { kind: 'strength' }), shown: false },
		{ f: fig('a', '2021-04-01', { metric: 'casualties' }), shown: false },
		{ f: fig('a', '2021-04-01', { side: 'ukraine' }), shown: false },
		{ f: fig('a', '2022-03-04'), shown: false }
	])('#%# → $shown', ({ f, shown }) => expect(isMapFigure(f)).toBe(shown));
});

describe('the frame', () => {
	it('project and invert are inverse; Leaflet zoom and k are inverse', () => {
		const [x, y] = project(50.45, 30.52);
		const [lat, lon] = invert(x, y);
		expect(lat).toBeCloseTo(50.45, 9);
		expect(lon).toBeCloseTo(30.52, 9);
		expect(kOfZoom(leafletZoom(0.8917))).toBeCloseTo(0.8917, 12);
	});
	// Belarus' corners, Rostov oblast's eastern tip, the Black Sea's southern shore, Crimea.
	const core: [number, number][] = [[56.17, 28.0], [51.26, 23.2], [47.5, 44.2], [41.3, 36.3], [41.2, 29.0], [44.4, 33.7]];
	it.each([
		{ w: 856, h: 571, label: '1280 px desktop (3:2)' },
		{ w: 328, h: 357, label: '360 px phone (0.92:1)' },
		{ w: 412, h: 448, label: 'Lighthouse mobile' }
	])('the first view at $label frames Belarus, the border oblasts and the Black Sea', ({ w, h }) => {
		const [x0, y0, x1, y1] = visibleRect(viewFor(w, h));
		for (const [lat, lon] of core) {
			const [x, y] = project(lat, lon);
			expect(x, `${lat},${lon}`).toBeGreaterThanOrEqual(x0);
			expect(x, `${lat},${lon}`).toBeLessThanOrEqual(x1);
			expect(y, `${lat},${lon}`).toBeGreaterThanOrEqual(y0);
			expect(y, `${lat},${lon}`).toBeLessThanOrEqual(y1);
		}
	});
});

describe('scene rules (table)', () => {
	const index = createScene(
		slice({
			figures: [
				fig('f1', '2021-04-01'),
				fig('old', '2021-03-01', { estimator: 'pentagon' }),
				fig('multi', '2021-04-05', { fronts: ['east', 'south'], estimator: 'x' }),
				fig('around', '2021-04-05', { fronts: ['around'], estimator: 'y', value: 80000 }),
				fig('placed', '2021-04-06', { fronts: ['nato_east'], places: ['pl'], side: 'nato', estimator: 'z' })
			],
			units: [
				unit('in', '41 CAA', 'home', 'a', '2021-04-05', '2021-04-10'),
				unit('out', '41 CAA', 'a', 'home', '2021-04-22', '2021-05-01'),
				unit('belarus', '5 CAA', 'near', 'b', '2022-01-17', '2022-01-31'),
				unit('report', 'Equipment', null, 'a', '2021-04-01', '2021-04-01', 'other')
			],
			events: [event('e1', '2021-04-14', 'a'), event('e2', '2021-04-02', null)]
		})
	);
	const formations = (s: Scene) => s.units.flatMap((site) => site.formations.map((f) => `${f.unit.id}@${site.key}:${f.status}`));
	it.each([
		{ date: '2021-04-07', units: ['in@a:transit'] },
		{ date: '2021-04-15', units: ['in@a:present'] },
		{ date: '2021-04-25', units: ['out@a:withdrawal'] },
		{ date: '2021-05-20', units: ['out@a:withdrawal'] },
		{ date: '2021-07-15', units: [] },
		{ date: '2022-01-20', units: ['belarus@b:transit'] },
		{ date: '2022-02-15', units: ['belarus@b:present'] }
	])('$date: formations $units', ({ date, units }) => {
		expect(formations(index.at(date))).toEqual(units);
	});
	it('a withdrawal older than the limit comes back with "older"', () => {
		expect(formations(index.at('2021-07-15', { older: true }))).toEqual(['out@a:withdrawal']);
	});
	it('a report of echelon other stays RECENT_FIGURE_DAYS after it ended', () => {
		const reports = (d: string) => index.at(d).units.flatMap((s) => s.reports.map((r) => r.unit.id));
		expect(reports('2021-05-31')).toEqual(['report']);
		expect(reports('2021-06-01')).toEqual([]);
	});
	it('figures: all-fronts and several-fronts figures go to the totals, never to a point', () => {
		const s = index.at('2021-04-15');
		expect(s.totals.troops.map((t) => t.figure.id)).toEqual(['around']);
		expect(s.totals.severalFronts.map((t) => t.figure.id)).toEqual(['multi']);
		expect(s.sites.flatMap((x) => x.figures.map((f) => f.figure.id)).sort()).toEqual(['f1', 'old', 'placed']);
		expect(s.sites.find((x) => x.figures.some((f) => f.figure.id === 'placed'))!.point).toEqual([52, 19.4]);
	});
	it(`figures older than ${RECENT_FIGURE_DAYS} days (from the end of their date) are hidden unless asked for`, () => {
		const ids = (s: Scene) => s.sites.flatMap((x) => x.figures.map((f) => f.figure.id)).sort();
		expect(ids(index.at('2021-04-30'))).toEqual(['f1', 'old', 'placed']);
		expect(ids(index.at('2021-05-01'))).toEqual(['f1', 'placed']);
		expect(ids(index.at('2021-05-01', { older: true }))).toEqual(['f1', 'old', 'placed']);
		expect(index.at('2021-05-01', { older: true }).sites.flatMap((x) => x.figures).find((f) => f.figure.id === 'old')!.stale).toBe(true);
	});
	it('fronts are tinted while something is reported there', () => {
		const active = (d: string) => index.at(d).fronts.filter((f) => f.active).map((f) => f.id);
		expect(active('2021-04-15')).toEqual(['east', 'south', 'nato_east']);
		expect(active('2022-02-15')).toEqual(['north']);
	});
	it('an origin off the map gives an edge arrow labelled with its great-circle distance', () => {
		const s = index.at('2021-04-07');
		expect(s.arrows).toHaveLength(1);
		const a = s.arrows[0];
		expect(a.far).toBe(true);
		expect(a.km).toBeCloseTo(greatCircleKm([55.0, 82.9], [51.5, 39.2]), 6);
		expect(a.label).toMatch(/^from Home · ≈ \d{1,2},\d00 km$/);
		// Laid out, the arrow starts on the edge of the visible map.
		const view = viewFor(856, 571);
		const [, , x1] = visibleRect(view);
		const arrow = layoutScene(s, view, {}).arrows[0];
		expect(arrow.x1).toBeCloseTo(x1 - 6 / view.k, 3);
		expect(arrow.label.lines[0].lead).toBe('from Home');
	});
	it('CSV rows are exactly what is drawn, with provenance, and parse back', () => {
		const s = index.at('2021-04-15');
		const lookup = { places, estimators: { hur: 'HUR' } };
		// The excerpts come apart from the slice (/map/excerpts.json); each row carries its record's.
		const excerpts = Object.fromEntries(['e1', 'e2', 'f1', 'old', 'placed', 'in', 'report', 'around', 'multi'].map((id) => [id, `${prov.excerpt} (${id})`]));
		expect(() => mapStateRows(s, lookup, { figures: true, units: true, events: true }, { ...excerpts, f1: undefined! })).toThrow(/no excerpt for f1/);
		const csv = mapStateCsv(mapStateRows(s, lookup, { figures: true, units: true, events: true }, excerpts));
		expect(csv.startsWith('\uFEFF')).toBe(true);
		const rows = csvParse(csv.slice(1));
		expect(rows.map((r) => `${r.record_type}:${r.id}`).sort()).toEqual(['event:e1', 'event:e2', 'figure:f1', 'figure:old', 'figure:placed', 'formation:in', 'total:around', 'total:multi', 'unit:report'].sort());
		for (const row of rows) expect(row.excerpt).toBe(`${prov.excerpt} (${row.id})`);
		expect(rows.find((r) => r.id === 'f1')!.age_days).toBe('14');
		expect(rows.find((r) => r.id === 'in')!.short_name).toBe('41 CAA');
		const geo = mapStateGeoJSON(index.at('2021-04-07'), lookup, { figures: false, units: true, events: false }, excerpts);
		expect(geo.features.find((f) => f.id === 'in')!.geometry).toEqual({ type: 'LineString', coordinates: [[82.9, 55.0], [39.2, 51.5]] });
	});
});

// The dataset itself, on the dates the issue names.
const realSlice = mapSlice(dataset);
const real = createScene(realSlice);

describe('the dataset on named dates', () => {
	it('15 Feb 2022: Belarus lists the formations that moved there in January 2022; the totals hold 127,000 and 112,000', () => {
		const movedIn = dataset.units.filter((u) => u.to === 'belarus' && u.date_start.startsWith('2022-01') && u.echelon && u.echelon !== 'other').map((u) => u.id).sort();
		expect(movedIn.length).toBeGreaterThanOrEqual(8);
		const s = real.at('2022-02-15');
		const belarus = s.units.find((site) => site.key === 'belarus')!;
		expect(belarus.formations.map((f) => f.unit.id).sort()).toEqual(movedIn);
		expect(belarus.formations.every((f) => f.status === 'present')).toBe(true);
		const totals = s.totals.troops.map((t) => t.figure.id);
		expect(totals).toContain('ua-mod-ru-troops-2022-01');
		expect(totals).toContain('ua-un-rep-ru-troops-112k-2022-01-31');
		expect(s.totals.btgs?.figure.value).toBe(83);
		expect(s.totals.undated.map((f) => f.id)).toEqual(['infobox-ru-troops-at-border']);
	});
	it('15 June 2021: Belarus holds no formation', () => {
		expect(real.at('2021-06-15').units.find((site) => site.key === 'belarus')?.formations ?? []).toEqual([]);
	});
	it('20 April 2021: the first buildup’s formations are at Pogonovo and Novoozerne', () => {
		const s = real.at('2021-04-20');
		const at = (key: string) => s.units.find((site) => site.key === key)?.formations.map((f) => f.label) ?? [];
		expect(at('pogonovo')).toEqual(['41 CAA']);
		expect(at('novoozerne')).toEqual(['58 CAA']);
	});
	it('older figures are absent by default and present with older', () => {
		const ids = (s: Scene) => [...s.totals.troops, ...s.totals.severalFronts, ...s.sites.flatMap((x) => x.figures)].map((f) => f.figure.id);
		const plain = ids(real.at('2022-02-15'));
		const withOlder = ids(real.at('2022-02-15', { older: true }));
		expect(plain).not.toContain('zelenskyy-ru-troops-2021-11-13');
		expect(withOlder).toContain('zelenskyy-ru-troops-2021-11-13');
	});
});

describe('nothing Russian, Belarusian or separatist inside government-held Ukraine before 24 February 2022', () => {
	const topo = JSON.parse(readFileSync('static/geo/basemap.topo.json', 'utf8')) as Topology;
	const layer = (name: string) => feature(topo, topo.objects[name] as GeometryCollection).features as Feature<Geometry, { id: string }>[];
	const ukraine = layer('countries').find((f) => f.properties.id === 'ukr')!;
	const occupied = layer('occupied');
	const cache = new Map<string, boolean>();
	const governmentHeld = ([lat, lon]: [number, number]) => {
		const key = `${lat.toFixed(3)},${lon.toFixed(3)}`;
		let held = cache.get(key);
		if (held === undefined) cache.set(key, (held = geoContains(ukraine, [lon, lat]) && !occupied.some((o) => geoContains(o, [lon, lat]))));
		return held;
	};
	const forces = new Set(['russia', 'belarus', 'separatist']);
	const dates = dateRange(realSlice.start, realSlice.end).filter((d) => d < INVASION);

	it('the test itself tells Kyiv (held) from Donetsk and Simferopol (occupied)', () => {
		expect(governmentHeld([50.45, 30.52])).toBe(true);
		expect(governmentHeld([48.0, 37.8])).toBe(false);
		expect(governmentHeld([44.95, 34.1])).toBe(false);
	});

	it(`on each of ${dates.length} dates, with and without older figures: every anchor and every arrow`, () => {
		const wrong: string[] = [];
		for (const date of dates) {
			for (const older of [false, true]) {
				const s = real.at(date, { older });
				for (const site of s.sites) {
					if (site.figures.some((f) => forces.has(f.figure.side)) && governmentHeld(site.point)) wrong.push(`${date} figure site ${site.key}`);
				}
				for (const site of s.units) {
					if ([...site.formations, ...site.reports].some((u) => forces.has(u.unit.side)) && governmentHeld(site.point)) wrong.push(`${date} unit site ${site.key}`);
				}
				for (const a of s.arrows) {
					if (!forces.has(a.side)) continue;
					// Sample the arrow as drawn: a straight line in the frame (Mercator).
					const [x1, y1] = project(...a.from);
					const [x2, y2] = project(...a.to);
					for (let t = 0; t <= 1; t += 0.02) {
						const p = invert(x1 + (x2 - x1) * t, y1 + (y2 - y1) * t);
						if (governmentHeld(p)) {
							wrong.push(`${date} arrow ${a.id} at ${p.map((n) => n.toFixed(2))}`);
							break;
						}
					}
				}
			}
		}
		expect([...new Set(wrong)]).toEqual([]);
	}, 60_000);
});

describe('mapDownloadName', () => {
	it.each([
		{ date: '2022-01-15', version: '6d03fe96da6a', ext: 'csv' as const, expected: 'buildup-map-2022-01-15-v6d03fe96da6a.csv' },
		{ date: '2021-04-01', version: 'a/b c', ext: 'geojson' as const, expected: 'buildup-map-2021-04-01-va-b-c.geojson' },
		{ date: '2021-04-01', version: '', ext: 'csv' as const, expected: 'buildup-map-2021-04-01-vunversioned.csv' }
	])('$expected', ({ date, version, ext, expected }) => expect(mapDownloadName(date, version, ext)).toBe(expected));
});
