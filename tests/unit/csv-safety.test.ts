// Every CSV the site writes goes through one writer (toCsv) that neutralises spreadsheet formulas
// (OWASP "CSV injection"), and every download lays figure rows out in one vocabulary.
import { describe, it, expect } from 'vitest';
import fc from 'fast-check';
import { csvParse } from 'd3-dsv';
import { neutraliseCell, restoreCell, toCsv, figuresCsv, eventsCsv, unitsCsv, placesCsv } from '$lib/data/csv';
import { figureCoreColumns } from '$lib/data/columns';
import { chartCsv } from '$lib/charts/csvRows';
import { createScene } from '$lib/map/scene';
import { mapStateCsv, mapStateRows } from '$lib/map/export';
import type { Dataset, Figure } from '$lib/data/types';
import type { ChartFigure } from '$lib/charts/types';
import type { MapFigure } from '$lib/map/types';

const formulaStart = /^[=+\-@\t\r]/;
const plainNumber = /^[+-]?(?:\d+(?:\.\d*)?|\.\d+)(?:[eE][+-]?\d+)?$/;

describe('neutraliseCell', () => {
	it.each([
		{ input: '=HYPERLINK("http://evil.example","x")', expected: `'=HYPERLINK("http://evil.example","x")` },
		{ input: "=cmd|' /C calc'!A0", expected: "'=cmd|' /C calc'!A0" },
		{ input: '+1 234', expected: "'+1 234" },
		{ input: '-2,000 troops left', expected: "'-2,000 troops left" },
		{ input: '@SUM(A1:A2)', expected: "'@SUM(A1:A2)" },
		{ input: '\tindented', expected: "'\tindented" },
		{ input: '\rreturn', expected: "'\rreturn" },
		{ input: "'=already quoted", expected: "''=already quoted" },
		{ input: "'by mid-April' ends 20 April", expected: "'by mid-April' ends 20 April" },
		{ input: '-33.5', expected: '-33.5' },
		{ input: '+7', expected: '+7' },
		{ input: '1e5', expected: '1e5' },
		{ input: 'about 41,000 troops', expected: 'about 41,000 troops' },
		{ input: '', expected: '' },
		{ input: '<script>alert(1)</script>', expected: '<script>alert(1)</script>' }
	])('$input → $expected', ({ input, expected }) => {
		expect(neutraliseCell(input)).toBe(expected);
		expect(restoreCell(neutraliseCell(input))).toBe(input);
	});

	it('gives any text back exactly, and no written cell can start a formula', () => {
		const risky = fc.stringMatching(/^'{0,3}[=+\-@\t\r'a1 ]?[\s\S]{0,12}$/);
		fc.assert(
			fc.property(fc.oneof(fc.string(), fc.string({ unit: 'grapheme' }), risky), (text) => {
				const cell = neutraliseCell(text);
				expect(restoreCell(cell)).toBe(text);
				if (!plainNumber.test(cell)) expect(formulaStart.test(cell)).toBe(false);
			}),
			{ numRuns: 2000 }
		);
	});

	it('a whole CSV round-trips through a CSV parser and restoreCell', () => {
		fc.assert(
			fc.property(fc.array(fc.record({ a: fc.string(), b: fc.oneof(fc.integer({ min: -1e6, max: 1e6 }), fc.constant(null)) }), { maxLength: 8 }), (rows) => {
				const parsed = csvParse(toCsv(rows, ['a', 'b']).slice(1));
				expect(parsed.map((r) => restoreCell(r.a!))).toEqual(rows.map((r) => r.a));
				expect(parsed.map((r) => r.b)).toEqual(rows.map((r) => (r.b === null ? '' : String(r.b))));
				for (const r of parsed) expect(formulaStart.test(r.a!) && !plainNumber.test(r.a!)).toBe(false);
			}),
			{ numRuns: 300 }
		);
	});

	it('numbers are written as numbers: a negative longitude stays a number', () => {
		expect(toCsv([{ lon: -13, lat: 51.5, t: '-13' }], ['lon', 'lat', 't'])).toBe('\uFEFFlon,lat,t\r\n-13,51.5,-13\r\n');
	});
});

// One hostile record of each kind, as a dataset the pipeline would produce from a source whose
// text begins lines with "=", "-" and "@" (the excerpts are verbatim, so they keep them).
const hostileFigure: Figure = {
	id: 'hostile-figure',
	metric: 'troops',
	value: 5000,
	low: null,
	high: null,
	qualifier: 'about',
	estimator: 'hur',
	side: 'russia',
	fronts: ['east'],
	places: [],
	kind: 'estimate',
	subject: '=HYPERLINK("http://evil.example","5,000")',
	contradicted_by: [],
	contradicts: [],
	normalisation: ['-'],
	source: 'sample',
	excerpt: '=HYPERLINK("http://evil.example","about 5,000 troops")',
	context_before: '',
	context_after: '',
	date_text: '12 April 2021',
	date_start: '2021-04-12',
	date_end: '2021-04-12',
	date_note: null,
	note: '@SUM(1,2)'
};
const dataset: Dataset = {
	version: 'v1',
	retired: [],
	sources: [],
	estimators: [{ id: 'hur', name: '+HUR', side: 'ukraine', kind: 'intelligence' }],
	actors: [],
	places: [{ id: 'p', name: '-Place', kind: 'town', lat: 50, lon: -30, country: 'x', front: 'east' }],
	figures: [hostileFigure],
	units: [
		{ id: 'u', unit: '=Unit', short_name: '-41 CAA', echelon: 'army', side: 'russia', kind: 'movement', from: null, to: 'p', count: null, count_metric: null, contradicts: [], normalisation: [], source: 'sample', excerpt: '-2,000 troops moved', context_before: '', context_after: '', date_text: '12 April 2021', date_start: '2021-04-12', date_end: '2021-04-12', date_note: null, note: null }
	],
	events: [
		{ id: 'e', category: 'military', type: 'drill', title: '@drill', actors: [], place: 'p', key: false, same_as: null, contradicts: [], normalisation: [], source: 'sample', excerpt: '\tdrills began', context_before: '', context_after: '', date_text: '12 April 2021', date_start: '2021-04-12', date_end: '2021-04-12', date_note: null, note: null }
	]
};

describe('every dataset CSV is safe', () => {
	it.each([
		{ name: 'figures.csv', csv: () => figuresCsv(dataset.figures, dataset) },
		{ name: 'units.csv', csv: () => unitsCsv(dataset.units, dataset) },
		{ name: 'events.csv', csv: () => eventsCsv(dataset.events, dataset) },
		{ name: 'places.csv', csv: () => placesCsv(dataset.places, dataset) }
	])('$name: no cell starts a formula; the text comes back with restoreCell', ({ csv }) => {
		const rows = csvParse(csv().slice(1));
		let risky = 0;
		for (const row of rows) {
			for (const [column, value] of Object.entries(row)) {
				if (value && !plainNumber.test(value)) expect(formulaStart.test(value), `${column}: ${value}`).toBe(false);
				if (value?.startsWith("'")) risky++;
			}
		}
		expect(risky).toBeGreaterThan(0);
	});
	it('the excerpt round-trips', () => {
		const [row] = csvParse(figuresCsv(dataset.figures, dataset).slice(1));
		expect(restoreCell(row.excerpt!)).toBe(hostileFigure.excerpt);
		expect(row.excerpt).toBe(`'${hostileFigure.excerpt}`);
	});
});

describe('one record vocabulary: a figure reads the same in figures.csv, a chart CSV and the map CSV', () => {
	const chartFigure: ChartFigure = {
		...hostileFigure,
		estimator_name: '+HUR'
	};
	const mapFigure: MapFigure = { ...hostileFigure };
	const fromFigures = csvParse(figuresCsv([hostileFigure], dataset).slice(1))[0];
	const chart = chartCsv([chartFigure]);
	const fromChart = csvParse(toCsv(chart.rows, chart.columns).slice(1))[0];
	const places = { east: { id: 'east', name: 'East', lat: 51, lon: 37, front: 'east' } };
	const scene = createScene({ start: '2021-04-01', end: '2021-04-30', figures: [{ ...mapFigure, places: ['east'] }], undated: [], units: [], events: [], places });
	const fromMap = csvParse(
		mapStateCsv(mapStateRows(scene.at('2021-04-20'), { places, estimators: { hur: '+HUR' } }, { figures: true, units: false, events: false }, { [mapFigure.id]: hostileFigure.excerpt })).slice(1)
	)[0];

	it.each([...figureCoreColumns, 'estimator_name'])('%s', (column) => {
		expect(fromChart[column], 'chart').toBe(fromFigures[column]);
		expect(fromMap[column], 'map').toBe(fromFigures[column]);
	});
	it('estimator is the id, estimator_name the name, front the fronts', () => {
		expect([fromChart.estimator, fromChart.estimator_name, fromChart.front]).toEqual(['hur', "'+HUR", 'east']);
		expect([fromMap.estimator, fromMap.estimator_name, fromMap.front, fromMap.map_date]).toEqual(['hur', "'+HUR", 'east', '2021-04-20']);
	});
});

describe('the columns are documented once, with the same words, in data/README.md', async () => {
	const { readFileSync } = await import('node:fs');
	const { columnMeanings, eventColumns, figureColumns, placeColumns, unitColumns } = await import('$lib/data/columns');
	const readme = readFileSync('data/README.md', 'utf8');
	const columns = [...new Set([...figureColumns, ...unitColumns, ...eventColumns, ...placeColumns, 'record_type', 'value_text', 'map_date', 'status', 'age_days'])];
	it.each(columns)('%s', (column) => {
		expect(columnMeanings[column], `columnMeanings.${column}`).toBeTruthy();
		expect(readme).toContain(`| \`${column}\` | ${columnMeanings[column].replace(/\|/g, '\\|')} |`);
	});
	it.each([
		['figures.csv', figureColumns],
		['units.csv', unitColumns],
		['events.csv', eventColumns],
		['places.csv', placeColumns]
	] as const)('%s lists its columns in order', (file, list) => {
		expect(readme).toContain(`- \`${file}\`: ${list.map((c) => `\`${c}\``).join(', ')}`);
	});
});
