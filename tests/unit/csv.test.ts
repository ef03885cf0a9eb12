import { describe, it, expect } from 'vitest';
import { csvParse } from 'd3-dsv';
import { byteOrderMark, csvFileName, eventsCsv, figuresCsv, placesCsv, toCsv, unitsCsv } from '../../src/lib/data/csv';
import { eventColumns, figureColumns, placeColumns, unitColumns } from '../../src/lib/data/columns';
import type { Dataset, Figure } from '../../src/lib/data/types';
import { movement41CAA } from './records-fixture';

const figure: Figure = {
	id: 'hur-troops-east-2021-04',
	metric: 'troops',
	value: 41000,
	low: null,
	high: null,
	qualifier: 'about',
	estimator: 'hur',
	side: 'russia',
	fronts: ['east', 'south'],
	places: ['crimea', 'rostov'],
	kind: 'estimate',
	subject: 'Russian troops, "east" and Crimea',
	contradicted_by: ['ru-denial'],
	contradicts: [],
	normalisation: ['“early April” → 1–10 Apr 2021', '“about 41,000” → about 41,000 (no bounds)'],
	source: 'prelude',
	excerpt: 'about 41,000 Russian troops, “near” the border,\nin Crimea',
	context_before: '',
	context_after: '',
	date_text: 'early April',
	date_start: '2021-04-01',
	date_end: '2021-04-10',
	date_note: null,
	note: 'a note; with, commas'
};

const dataset: Dataset = {
	version: 'abc123def456',
	retired: [],
	sources: [],
	estimators: [{ id: 'hur', name: 'Ukrainian military intelligence (HUR)', side: 'ukraine', kind: 'intelligence' }],
	actors: [],
	places: [
		{ id: 'novosibirsk', name: 'Novosibirsk', kind: 'city', lat: 55.03, lon: 82.92, country: 'russia', front: 'elsewhere' },
		{ id: 'yelnya', name: 'Yelnya', kind: 'town', lat: 54.58, lon: 33.18, country: 'russia', front: 'east' }
	],
	figures: [figure],
	units: [
		movement41CAA({
			source: 'prelude',
			excerpt: 'x',
			context_before: '',
			context_after: '',
			date_text: 'March 2021',
			date_start: '2021-03-01',
			date_end: '2021-03-31',
			date_note: null,
			note: null
		})
	],
	events: [
		{
			id: 'geneva',
			category: 'diplomacy',
			type: 'talks',
			title: 'US–Russia talks',
			actors: ['us', 'russia'],
			place: null,
			key: true,
			same_as: null,
			contradicts: ['f1'],
			normalisation: ['“10 January 2022” → 10 Jan 2022'],
			source: 'prelude',
			excerpt: 'talks',
			context_before: '',
			context_after: '',
			date_text: '10 January 2022',
			date_start: '2022-01-10',
			date_end: '2022-01-10',
			date_note: null,
			note: null
		}
	]
};

function parse(csv: string) {
	expect(csv.startsWith(byteOrderMark)).toBe(true);
	return csvParse(csv.slice(1));
}

describe('toCsv', () => {
	it('writes a BOM, the columns in the order given, CRLF line ends and RFC 4180 quoting', () => {
		const csv = toCsv([{ b: 'x,y', a: 'say "hi"', c: null }, { a: 1, b: ['p', 'q'], c: 'line\nbreak' }], ['a', 'b', 'c']);
		expect(csv).toBe('\uFEFFa,b,c\r\n"say ""hi""","x,y",\r\n1,p;q,"line\nbreak"\r\n');
	});
	it('writes only the header for no rows', () => {
		expect(toCsv([], ['id', 'value'])).toBe('\uFEFFid,value\r\n');
	});
});

describe('figuresCsv', () => {
	it('has the public columns first, in order, and round-trips the values', () => {
		const rows = parse(figuresCsv(dataset.figures, dataset));
		expect(rows.columns.slice(0, 16)).toEqual([
			'id', 'metric', 'value', 'low', 'high', 'qualifier', 'date_start', 'date_end', 'date_text', 'estimator', 'side', 'front', 'subject', 'kind', 'source', 'excerpt'
		]);
		expect(rows.columns).toEqual([...figureColumns]);
		expect(rows[0]).toMatchObject({
			id: 'hur-troops-east-2021-04',
			value: '41000',
			low: '',
			high: '',
			front: 'east;south',
			places: 'crimea;rostov',
			estimator_name: 'Ukrainian military intelligence (HUR)',
			subject: 'Russian troops, "east" and Crimea',
			excerpt: figure.excerpt,
			note: 'a note; with, commas',
			contradicted_by: 'ru-denial',
			normalisation: '“early April” → 1–10 Apr 2021 | “about 41,000” → about 41,000 (no bounds)',
			data_version: 'abc123def456'
		});
	});
	it('writes exactly the rows given (a chart’s subset)', () => {
		expect(parse(figuresCsv([], dataset))).toHaveLength(0);
		expect(parse(figuresCsv([figure, { ...figure, id: 'second' }], dataset)).map((r) => r.id)).toEqual(['hur-troops-east-2021-04', 'second']);
	});
});

describe('events, units and places CSV', () => {
	it('events', () => {
		const rows = parse(eventsCsv(dataset.events, dataset));
		expect(rows.columns).toEqual([...eventColumns]);
		expect(rows[0]).toMatchObject({ id: 'geneva', actors: 'us;russia', key: 'true', place: '', contradicts: 'f1' });
	});
	it('units, with the coordinates of both ends', () => {
		const rows = parse(unitsCsv(dataset.units, dataset));
		expect(rows.columns).toEqual([...unitColumns]);
		expect(rows[0]).toMatchObject({ from: 'novosibirsk', from_lat: '55.03', from_lon: '82.92', to: 'yelnya', to_lat: '54.58', count: '' });
	});
	it('places', () => {
		const rows = parse(placesCsv(dataset.places, dataset));
		expect(rows.columns).toEqual([...placeColumns]);
		expect(rows.map((r) => r.id)).toEqual(['novosibirsk', 'yelnya']);
	});
});

describe('csvFileName', () => {
	it.each([
		['figures', 'abc123', 'figures-abc123.csv'],
		['Troop estimates by estimator', '6d03fe96da6a', 'troop-estimates-by-estimator-6d03fe96da6a.csv'],
		['Forces by front (Jan 2022)', 'v1', 'forces-by-front-jan-2022-v1.csv'],
		['events.csv', 'abc', 'events-abc.csv'],
		['Kyiv – Kharkiv, “north”', 'abc', 'kyiv-kharkiv-north-abc.csv'],
		['Élysée', 'x', 'elysee-x.csv'],
		['', 'abc', 'data-abc.csv'],
		['figures', '', 'figures.csv']
	])('%s, %s → %s', (base, version, expected) => {
		expect(csvFileName(base, version)).toBe(expected);
	});
});
