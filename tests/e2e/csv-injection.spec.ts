// CSV formula injection (OWASP): a site built from a fixture dataset whose source text begins
// lines with "=", "-" and "@" — the excerpts quote them verbatim, so the records carry them — must
// write every CSV (the /data/*.csv files, a chart's download, the map's download) with those cells
// made text (a leading '), and the excerpt must come back exactly with restoreCell.
import { cpSync, mkdtempSync, readFileSync, rmSync, appendFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { Server } from 'node:http';
import { csvParse } from 'd3-dsv';
import type { Page } from '@playwright/test';
import { test, expect } from './fixtures';
import { buildSiteCopy } from '../../scripts/build-site-copy.mjs';
import { serve } from '../../scripts/serve.mjs';
import { restoreCell } from '../../src/lib/data/csv';

const port = Number(process.env.E2E_PORT ?? 4321) + 7;
const origin = `http://127.0.0.1:${port}`;
const siteDir = join('test-results', 'csv-injection-site');

const hostile = {
	figure: '=HYPERLINK("http://evil.example/","about 5,000 troops") were reported near the eastern border on 12 April 2021.',
	unit: '-2,000 troops moved from Novosibirsk to Yelnya on 13 April 2021.',
	event: '@SUM(1+1) drills began on 14 April 2021.'
};

/** The fixture dataset (tests/fixtures/valid) with one hostile figure, unit movement and event. */
function hostileDataset(): { dataDir: string; sourcesDir: string; cleanup: () => void } {
	const root = mkdtempSync(join(tmpdir(), 'csv-injection-'));
	cpSync('tests/fixtures/valid', root, { recursive: true });
	appendFileSync(join(root, 'sources', 'sample.txt'), `\n==Hostile lines (April 2021)==\n${hostile.figure}\n${hostile.unit}\n${hostile.event}\n`);
	const q = (s: string) => JSON.stringify(s);
	appendFileSync(
		join(root, 'data', 'figures', 'sample.yaml'),
		`- id: hostile-formula-troops-2021-04-12
  metric: troops
  value: 5000
  qualifier: about
  date_text: "12 April 2021"
  date_start: 2021-04-12
  date_end: 2021-04-12
  estimator: hur
  side: russia
  fronts: [east]
  places: []
  kind: estimate
  subject: "Russian troops near the eastern border (a line of the source that begins with =)"
  source: sample
  excerpt: ${q(hostile.figure)}
`
	);
	appendFileSync(
		join(root, 'data', 'units.yaml'),
		`- id: hostile-minus-unit-2021-04-13
  unit: "Russian troops (a line of the source that begins with -)"
  side: russia
  kind: movement
  from: novosibirsk
  to: yelnya
  date_text: "13 April 2021"
  date_start: 2021-04-13
  date_end: 2021-04-13
  count: 2000
  count_metric: troops
  source: sample
  excerpt: ${q(hostile.unit)}
`
	);
	appendFileSync(
		join(root, 'data', 'events', 'sample.yaml'),
		`- id: hostile-at-event-2021-04-14
  category: military
  type: drill
  title: "Drills (a line of the source that begins with @)"
  actors: [russia]
  date_text: "14 April 2021"
  date_start: 2021-04-14
  date_end: 2021-04-14
  source: sample
  excerpt: ${q(hostile.event)}
`
	);
	return { dataDir: join(root, 'data'), sourcesDir: join(root, 'sources'), cleanup: () => rmSync(root, { recursive: true, force: true }) };
}

/** The row of `id` in a CSV text, with the check that no cell of the file can start a formula. */
function rowOf(text: string, id: string) {
	expect(text.charCodeAt(0)).toBe(0xfeff);
	const rows = csvParse(text.slice(1));
	for (const row of rows) {
		for (const [column, cell] of Object.entries(row)) {
			if (cell && !/^[+-]?\d+(\.\d+)?$/.test(cell)) expect(/^[=+\-@\t\r]/.test(cell), `${column} = ${cell}`).toBe(false);
		}
	}
	const row = rows.find((r) => r.id === id);
	expect(row, `a row for ${id}`).toBeDefined();
	return row!;
}

async function download(page: Page, button: ReturnType<Page['getByRole']>): Promise<string> {
	const [file] = await Promise.all([page.waitForEvent('download'), button.click()]);
	return readFileSync((await file.path())!, 'utf8');
}

test.describe('CSV cells that could run as formulas', () => {
	test.describe.configure({ mode: 'serial', timeout: 180_000 });
	test.use({ baseURL: origin });
	let server: Server | undefined;

	test.beforeAll(async () => {
		const data = hostileDataset();
		try {
			buildSiteCopy({ dataDir: data.dataDir, sourcesDir: data.sourcesDir, out: siteDir, log: () => {} });
		} finally {
			data.cleanup();
		}
		({ server } = await serve({ dir: siteDir, port }));
	});
	test.afterAll(() => {
		server?.close();
		rmSync(siteDir, { recursive: true, force: true });
	});

	test('are made text in /data/figures.csv, units.csv and events.csv, and the excerpt comes back', async ({ request }) => {
		for (const [path, id, excerpt] of [
			['/data/figures.csv', 'hostile-formula-troops-2021-04-12', hostile.figure],
			['/data/units.csv', 'hostile-minus-unit-2021-04-13', hostile.unit],
			['/data/events.csv', 'hostile-at-event-2021-04-14', hostile.event]
		]) {
			const row = rowOf(await (await request.get(path)).text(), id);
			expect(row.excerpt, path).toBe(`'${excerpt}`);
			expect(restoreCell(row.excerpt!), path).toBe(excerpt);
		}
	});

	test('are made text in a chart’s CSV download', async ({ page, visit }) => {
		await visit('/charts/fronts');
		const text = await download(page, page.getByRole('button', { name: 'Download CSV' }).first());
		const row = rowOf(text, 'hostile-formula-troops-2021-04-12');
		expect(row.excerpt).toBe(`'${hostile.figure}`);
		expect(row.estimator).toBe('hur');
	});

	test('are made text in the map’s CSV download', async ({ page, visit }) => {
		await visit('/map?date=2021-04-14');
		await expect(page).toHaveURL(/date=2021-04-14/);
		const text = await download(page, page.getByRole('button', { name: 'Download CSV' }));
		for (const [id, excerpt] of [
			['hostile-formula-troops-2021-04-12', hostile.figure],
			['hostile-minus-unit-2021-04-13', hostile.unit],
			['hostile-at-event-2021-04-14', hostile.event]
		]) {
			const row = rowOf(text, id);
			expect(row.map_date).toBe('2021-04-14');
			expect(restoreCell(row.excerpt!)).toBe(excerpt);
		}
	});
});
