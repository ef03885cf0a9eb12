/** The prerendered /data/* download endpoints answer with the generated dataset, as CSV (BOM, CRLF) or JSON. */
import { describe, it, expect } from 'vitest';
import { csvParse } from 'd3-dsv';
import { dataset } from '$lib/generated/dataset';
import * as figures from '../../src/routes/data/figures.csv/+server';
import * as events from '../../src/routes/data/events.csv/+server';
import * as units from '../../src/routes/data/units.csv/+server';
import * as places from '../../src/routes/data/places.csv/+server';
import * as json from '../../src/routes/data/dataset.json/+server';

describe('/data/*.csv', () => {
	it.each([
		['figures.csv', figures, dataset.figures.length, 'id,metric,value,low,high,qualifier,date_start,date_end,date_text,estimator,side,front,subject,kind,source,excerpt,'],
		['events.csv', events, dataset.events.length, 'id,category,type,title,actors,'],
		['units.csv', units, dataset.units.length, 'id,unit,side,kind,from,'],
		['places.csv', places, dataset.places.length, 'id,name,kind,lat,lon,country,front,']
	] as const)('%s: prerendered, text/csv in UTF-8 with a BOM, one row per record', async (_name, route, count, header) => {
		expect(route.prerender).toBe(true);
		const response = route.GET();
		expect(response.headers.get('content-type')).toBe('text/csv; charset=utf-8');
		const bytes = new Uint8Array(await response.arrayBuffer());
		expect([...bytes.slice(0, 3)]).toEqual([0xef, 0xbb, 0xbf]);
		const text = new TextDecoder('utf-8', { ignoreBOM: true }).decode(bytes);
		expect(text.slice(1).startsWith(header)).toBe(true);
		expect(text.endsWith('\r\n')).toBe(true);
		const rows = csvParse(text.slice(1));
		expect(rows).toHaveLength(count);
		expect(new Set(rows.map((r) => r.data_version))).toEqual(new Set(count ? [dataset.version] : []));
	});
});

describe('/data/dataset.json', () => {
	it('is the dataset', async () => {
		expect(json.prerender).toBe(true);
		const response = json.GET();
		expect(response.headers.get('content-type')).toBe('application/json; charset=utf-8');
		expect(await response.json()).toEqual(JSON.parse(JSON.stringify(dataset)));
	});
});
