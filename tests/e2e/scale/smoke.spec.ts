// A smoke run for a large synthetic dataset (the scale bench builds one ×10 and runs this on it:
// `npm run bench -- --scale 10`). It knows nothing of the data but what the served site publishes
// (/data/dataset.json), so it runs on any build:
//   E2E_SMOKE=1 E2E_BUILD_DIR=DIR npx playwright test --project=scale-smoke
// Each page opens and starts without a fault (the fixture's guards), the map scrubs, the lists
// search, and a CSV download holds what the dataset says.
import { csvParse } from 'd3-dsv';
import { readFileSync } from 'node:fs';
import { test, expect, waitForApp, waitForMapDrawn } from '../fixtures';
import { pagePaths, buildDir as defaultBuildDir } from '../../../scripts/transfer.mjs';

const buildDir = process.env.E2E_BUILD_DIR ?? defaultBuildDir;
const pages = pagePaths(buildDir);
interface Published {
	version: string;
	figures: { id: string }[];
	units: { id: string }[];
	events: { id: string; title: string }[];
}

// Large pages on a busy machine: give each step room.
test.describe.configure({ timeout: 180_000 });

// A page built without client JavaScript (the lists' month pages) is ready as served.
const hydrated = (page: import('@playwright/test').Page) => waitForApp(page, 90_000);

test('every page opens and starts', async ({ page }) => {
	expect(pages.length).toBeGreaterThan(3);
	for (const path of pages) {
		await page.goto(path, { timeout: 90_000 });
		await hydrated(page);
		await expect(page.locator('main h1').first(), `${path}: heading`).toBeVisible();
		await waitForMapDrawn(page);
	}
});

test('the map scrubs through dates', async ({ page }) => {
	test.skip(!pages.includes('/map'), 'no map page in this build');
	await page.goto('/map', { timeout: 90_000 });
	await hydrated(page);
	await waitForMapDrawn(page);
	const slider = page.getByRole('slider', { name: 'Date shown on the map' });
	await slider.focus();
	await page.keyboard.press('Home');
	const first = await page.getByTestId('known-date').textContent();
	for (let i = 0; i < 30; i++) await page.keyboard.press('PageUp');
	await expect(page.getByTestId('known-date')).not.toHaveText(first!);
	await expect(page).toHaveURL(/date=\d{4}-\d{2}-\d{2}/);
});

for (const path of ['/sources', '/timeline']) {
	test(`${path} searches`, async ({ page, request }) => {
		test.skip(!pages.includes(path), `no ${path} page in this build`);
		const dataset = (await (await request.get('/data/dataset.json')).json()) as Published;
		// An event title (on both pages), searched by its id-free words.
		const event = dataset.events[Math.floor(dataset.events.length / 2)];
		await page.goto(path, { timeout: 90_000 });
		await hydrated(page);
		const status = page.getByRole('status').filter({ hasText: 'Showing' });
		await page.getByRole('searchbox', { name: 'Search' }).fill(event.title);
		await expect(status).toBeVisible({ timeout: 30_000 });
		await expect(page.locator(`[id="${event.id}"]`)).toBeVisible({ timeout: 30_000 });
		await page.getByRole('searchbox', { name: 'Search' }).fill('zzzz no such words');
		await expect(page.getByText(/No (records|events) match these filters\./)).toBeVisible({ timeout: 30_000 });
	});
}

test('the figures CSV holds one row per figure of the dataset', async ({ page, request }) => {
	const dataset = (await (await request.get('/data/dataset.json')).json()) as Published;
	const text = await (await request.get('/data/figures.csv')).text();
	const rows = csvParse(text.replace(/^\uFEFF/, ''));
	expect(rows.map((r) => r.id).sort()).toEqual(dataset.figures.map((f) => f.id).sort());
	test.skip(!pages.includes('/map'), 'no map page in this build');
	// The map's own download, at the date shown.
	await page.goto('/map', { timeout: 90_000 });
	await hydrated(page);
	const [download] = await Promise.all([page.waitForEvent('download'), page.getByRole('button', { name: 'Download CSV' }).click()]);
	const mapRows = csvParse(readFileSync((await download.path())!, 'utf8').replace(/^\uFEFF/, ''));
	expect(mapRows.length).toBeGreaterThan(0);
	const known = new Set([...dataset.figures, ...dataset.units, ...dataset.events].map((r) => r.id));
	expect(mapRows.filter((r) => !known.has(r.id)).map((r) => r.id), 'rows of records the dataset does not have').toEqual([]);
	expect(download.suggestedFilename()).toContain(dataset.version);
});
