// Charts at scale (issue 16), on a site built from a synthetic dataset many times the real one:
//   node scripts/build-site-copy.mjs --data-dir <×10 data> --out <dir>
//   E2E_BUILD_DIR=<dir> npx playwright test tests/e2e/charts-scale.spec.ts
// A chart with more marks than src/lib/charts/dense.ts allows draws them as paths, finds the mark
// under the pointer for its tooltip, and builds its (exact) table when opened; its CSV is exact.
// On the real dataset no chart is that dense, so each test says so and is skipped.
import { readFileSync } from 'node:fs';
import { csvParse } from 'd3-dsv';
import { test, expect } from './fixtures';
import { denseFrom, tableInlineMax } from '../../src/lib/charts/dense';

interface Slice {
	figures: { id: string; excerpt: string }[];
	events: { id: string; category: string; key: boolean }[];
}

const ids = ['troops', 'btgs', 'fronts', 'support', 'tracks'] as const;
/** The rows a chart's table and CSV hold, as the tests of the real dataset count them. */
const rowsOf = (id: string, slice: Slice) =>
	id === 'tracks' ? [...slice.figures.map((f) => f.id), ...slice.events.filter((e) => e.category === 'diplomacy').map((e) => e.id)] : slice.figures.map((f) => f.id);
const marksOf = (id: string, slice: Slice) => (id === 'tracks' ? rowsOf(id, slice).length : slice.figures.length + (['troops', 'btgs'].includes(id) ? slice.events.filter((e) => e.key).length : 0));

for (const id of ids) {
	test(`${id}: dense marks, an exact table built when opened, an exact CSV`, async ({ page, request, visit }) => {
		const slice = (await (await request.get(`/charts/${id}/data.json`)).json()) as Slice;
		test.skip(marksOf(id, slice) <= denseFrom, `the ${id} chart has ${marksOf(id, slice)} marks here, not more than ${denseFrom}: not dense (build a synthetic dataset)`);
		const rows = rowsOf(id, slice);

		// The prerendered page: paths, not an element per mark; the table waits if it is long.
		const html = await (await request.get(`/charts/${id}`)).text();
		expect(html).not.toContain('data-mark=');
		if (rows.length > tableInlineMax) expect(html).not.toContain('data-row=');

		await visit(`/charts/${id}`);
		const frame = page.locator(`[data-chart="${id}"]`);
		await expect(frame.locator('svg.chart-svg .dense path.marker').first()).toBeAttached();

		// The pointer over a mark shows its excerpt (look for one across the first plot).
		const layer = frame.locator('svg.chart-svg .pointer-layer').first();
		const box = (await layer.boundingBox())!;
		for (let i = 0; i < 40 && !(await frame.locator('.tooltip').isVisible()); i++) {
			await page.mouse.move(box.x + (box.width * (i + 0.5)) / 40, box.y + box.height / 2);
			for (let j = 0; j < 10 && !(await frame.locator('.tooltip').isVisible()); j++) await page.mouse.move(box.x + (box.width * (i + 0.5)) / 40, box.y + (box.height * (j + 0.5)) / 10);
		}
		await expect(frame.locator('.tooltip blockquote')).not.toBeEmpty();

		// The table, opened: one row per mark, in the CSV's order.
		await frame.getByRole('button', { name: 'Table' }).click();
		await expect(frame.locator('tbody tr')).toHaveCount(rows.length, { timeout: 15_000 });
		const [download] = await Promise.all([page.waitForEvent('download'), frame.getByRole('button', { name: 'Download CSV' }).click()]);
		const csv = csvParse(readFileSync(await download.path(), 'utf8').replace(/^\uFEFF/, ''));
		expect(csv.map((r) => r.id).sort()).toEqual([...rows].sort());
		expect(await frame.locator('tbody tr').evaluateAll((trs) => trs.map((tr) => tr.getAttribute('data-row')))).toEqual(csv.map((r) => r.id));
	});
}
