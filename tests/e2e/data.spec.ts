import { readFileSync } from 'node:fs';
import { csvParse } from 'd3-dsv';
import { test, expect } from './fixtures';
import type { Dataset } from '../../src/lib/data/types';

const dataset: Dataset = JSON.parse(readFileSync('src/lib/generated/dataset.json', 'utf8'));

test('/data/figures.csv downloads as UTF-8 CSV with a BOM and one row per figure', async ({ request }) => {
	const response = await request.get('/data/figures.csv');
	expect(response.status()).toBe(200);
	expect(response.headers()['content-type']).toMatch(/^text\/csv/);
	const body = await response.text();
	expect(body.charCodeAt(0)).toBe(0xfeff);
	const rows = csvParse(body.slice(1));
	for (const column of ['id', 'metric', 'value', 'low', 'high', 'qualifier', 'date_start', 'date_end', 'date_text', 'estimator', 'side', 'front', 'subject', 'kind', 'source', 'excerpt']) {
		expect(rows.columns).toContain(column);
	}
	expect(rows.map((r) => r.id).sort()).toEqual(dataset.figures.map((f) => f.id).sort());
	// A row carries its figure's number and the verbatim excerpt that states it.
	const sample = dataset.figures.find((f) => f.value !== null && f.metric === 'troops')!;
	const row = rows.find((r) => r.id === sample.id)!;
	expect(Number(row.value)).toBe(sample.value);
	expect(row.excerpt).toBe(sample.excerpt);
});

test('the other downloads have one row per record and the dataset JSON has its version', async ({ request }) => {
	for (const [path, records] of [
		['/data/events.csv', dataset.events],
		['/data/units.csv', dataset.units],
		['/data/places.csv', dataset.places]
	] as const) {
		const body = await (await request.get(path)).text();
		const rows = csvParse(body.replace(/^\uFEFF/, ''));
		expect(rows.map((r) => r.id).sort(), path).toEqual(records.map((r) => r.id).sort());
	}
	const json = (await (await request.get('/data/dataset.json')).json()) as Dataset;
	expect(json.version).toBe(dataset.version);
	expect(json.figures).toHaveLength(dataset.figures.length);
});
