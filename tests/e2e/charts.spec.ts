import { readFileSync } from 'node:fs';
import { csvParse } from 'd3-dsv';
import type { Download, Page } from '@playwright/test';
import { test, expect } from './fixtures';

interface Fig {
	id: string;
	metric: string;
	side: string;
	fronts: string[];
	kind: string;
	qualifier: string;
	excerpt: string;
	estimator: string;
}
const dataset = JSON.parse(readFileSync(new URL('../../src/lib/generated/dataset.json', import.meta.url), 'utf8')) as {
	figures: Fig[];
	events: { id: string; category: string }[];
};

// What chart 1 should draw, from the dataset: Russian troop figures for several fronts or all together.
const troopFigures = dataset.figures.filter(
	(f) => f.metric === 'troops' && f.side === 'russia' && !f.fronts.includes('total') && f.kind !== 'exercise' && (f.fronts.includes('around') || f.fronts.length > 1)
);
const chartIds = ['troops', 'btgs', 'fronts', 'support', 'tracks'];

async function readDownload(download: Download): Promise<Buffer> {
	const path = await download.path();
	return readFileSync(path);
}

async function downloadCsv(page: Page, id: string) {
	const frame = page.locator(`[data-chart="${id}"]`);
	const [download] = await Promise.all([page.waitForEvent('download'), frame.getByRole('button', { name: 'Download CSV' }).click()]);
	const bytes = await readDownload(download);
	return { name: download.suggestedFilename(), bytes, rows: csvParse(bytes.toString('utf8').replace(/^\uFEFF/, '')) };
}

const markIds = (page: Page, id: string) =>
	page.locator(`[data-chart="${id}"] svg.chart-svg [data-mark]`).evaluateAll((els) => els.map((e) => e.getAttribute('data-mark')));
const rowIds = (page: Page, id: string) =>
	page.locator(`[data-chart="${id}"] tbody tr`).evaluateAll((els) => els.map((e) => e.getAttribute('data-row')));

test('every chart draws the same rows as its table and its CSV', async ({ page, visit }) => {
	await visit('/charts');
	for (const id of chartIds) {
		const marks = await markIds(page, id);
		expect(marks.length, `${id} draws marks`).toBeGreaterThan(0);
		await page.locator(`[data-chart="${id}"]`).getByRole('button', { name: 'Table' }).click();
		expect(await rowIds(page, id), `${id}: table rows = marks`).toEqual(marks);
		const csv = await downloadCsv(page, id);
		expect(csv.bytes.subarray(0, 3)).toEqual(Buffer.from([0xef, 0xbb, 0xbf]));
		expect(csv.name).toMatch(new RegExp(`^${id}-chart-[0-9a-f]+\\.csv$`));
		expect(csv.rows.map((r) => r.id), `${id}: CSV rows = marks`).toEqual(marks);
		for (const column of ['estimator', 'date_text', 'source', 'excerpt']) expect(csv.rows.columns).toContain(column);
	}
	// Chart 1 holds exactly the dataset's troop figures.
	expect((await markIds(page, 'troops')).sort()).toEqual(troopFigures.map((f) => f.id).sort());
});

test('a figure’s tooltip shows its excerpt and links to its source entry', async ({ page, visit }) => {
	// The earliest "over" figure: in the spring 2021 buildup, where no other mark lies on top of it.
	const known = [...troopFigures].filter((f) => f.qualifier === 'over').sort((a, b) => (a as unknown as { date_start: string }).date_start.localeCompare((b as unknown as { date_start: string }).date_start))[0];
	await visit('/charts/troops');
	const mark = page.locator(`svg.chart-svg [data-mark="${known.id}"]`);
	await mark.focus();
	const tooltip = page.locator('[data-chart="troops"] .tooltip');
	await expect(tooltip).toContainText(known.excerpt);
	await expect(tooltip).toContainText('over');
	await expect(mark).toHaveAttribute('href', new RegExp(`sources#${known.id}$`));
	await page.mouse.move(0, 0);
	await mark.locator('.marker').hover();
	await expect(tooltip).toContainText(known.excerpt);
});

test('legend toggles hide a series and live in the URL', async ({ page, visit }) => {
	await visit('/charts/troops');
	const before = (await markIds(page, 'troops')).length;
	const first = page.locator('[data-chart="troops"] .legend button').first();
	const series = await first.getAttribute('data-series');
	const count = troopFigures.filter((f) => f.estimator === series).length;
	await first.click();
	await expect(first).toHaveAttribute('aria-pressed', 'false');
	await expect(page).toHaveURL(new RegExp(`troops-hide=${series}`));
	expect((await markIds(page, 'troops')).length).toBe(before - count);
	expect(await rowIds(page, 'troops')).toEqual(await markIds(page, 'troops'));
	await page.getByLabel('Key events').uncheck();
	await expect(page).toHaveURL(/troops-events=off/);
	await expect(page.locator('[data-chart="troops"] [data-event]')).toHaveCount(0);
	// The link restores the choices.
	await visit(new URL(page.url()).pathname + new URL(page.url()).search);
	await expect(page.locator(`[data-chart="troops"] .legend button[data-series="${series}"]`)).toHaveAttribute('aria-pressed', 'false');
	expect((await markIds(page, 'troops')).length).toBe(before - count);
	await expect(page.getByRole('link', { name: 'Share link' })).toHaveAttribute('href', /troops-hide=/);
});

test('bad link parameters are ignored with a visible notice', async ({ page, visit }) => {
	await visit('/charts/troops?troops-hide=nobody&troops-view=pie');
	const notices = page.locator('[data-chart="troops"] .notices');
	await expect(notices).toContainText('Ignored “nobody”');
	await expect(notices).toContainText('troops-view=pie');
	expect((await markIds(page, 'troops')).length).toBe(troopFigures.length);
});

test('a link that names a series twice, or an unknown one twice, is read once, with one notice, quoted short', async ({ page, visit }) => {
	const first = troopFigures[0].estimator;
	const long = 'y'.repeat(500);
	// The fixture fails the test on any page error (Svelte's each_key_duplicate was one).
	await visit(`/charts/troops?troops-hide=x,x,${first},${first},${long}`);
	const notices = page.locator('[data-chart="troops"] .notices p');
	await expect(notices.filter({ hasText: 'Ignored “x”' })).toHaveCount(1);
	await expect(notices.filter({ hasText: 'y'.repeat(60) + '…' })).toHaveCount(1);
	await expect(notices.filter({ hasText: 'y'.repeat(61) })).toHaveCount(0);
	await expect(page.locator(`[data-chart="troops"] .legend button[data-series="${first}"]`)).toHaveAttribute('aria-pressed', 'false');
	expect((await markIds(page, 'troops')).length).toBe(troopFigures.filter((f) => f.estimator !== first).length);
});

test('an undated whole-period strength is drawn apart from the time axis, in a “no date” column', async ({ page, visit }) => {
	// The infobox's "175,000 to 190,000 at the Ukrainian border": a strength with no date of its own.
	const undated = troopFigures.filter((f) => f.kind === 'strength');
	expect(undated.length).toBeGreaterThan(0);
	await visit('/charts/troops');
	// Measure the live chart (a pointer over it brings it to life): a lazy chart is redrawn at its
	// measured width when it comes to life, which under load can fall between two measurements (seen in CI).
	await page.locator('[data-chart="troops"] svg.chart-svg').hover();
	await expect(page.getByRole('button', { name: 'Chart' })).toHaveAttribute('aria-pressed', 'true');
	const svg = page.locator('[data-chart="troops"] svg.chart-svg');
	await expect(svg.locator('[data-mark]').first()).toBeVisible();
	const dated = troopFigures.find((f) => f.kind !== 'strength')!;
	// One reading of the axis and the marks, so that a redraw cannot fall between them.
	const layout = await svg.evaluate(
		(el, { undatedIds, datedId }) => {
			const left = (id: string, selector: string) => el.querySelector(`[data-mark="${id}"]`)?.querySelector(selector)?.getBoundingClientRect().left ?? NaN;
			return {
				axisEnd: el.querySelector('.axis.x .base')!.getBoundingClientRect().right,
				undated: undatedIds.map((id) => left(id, '.range, .marker')),
				dated: left(datedId, '.marker')
			};
		},
		{ undatedIds: undated.map((f) => f.id), datedId: dated.id }
	);
	undated.forEach((f, i) => expect(layout.undated[i], `${f.id} starts right of the time axis`).toBeGreaterThan(layout.axisEnd));
	// Dated figures stay on the time axis.
	expect(layout.dated).toBeLessThan(layout.axisEnd);
	for (const f of undated) {
		const mark = svg.locator(`[data-mark="${f.id}"]`);
		await expect(mark).toHaveAttribute('aria-label', /date not stated/);
		await mark.focus();
		await expect(page.locator('[data-chart="troops"] .tooltip')).toContainText('Date not stated');
	}
	await expect(svg.locator('.undated text')).toHaveText('no date');
	await expect(page.locator('[data-chart="troops"] figcaption')).toContainText('drawn apart, in the “no date” column');
});

test('PNG and SVG downloads are valid, non-empty and self-contained', async ({ page, visit }) => {
	await visit('/charts/troops');
	const frame = page.locator('[data-chart="troops"]');
	const [png] = await Promise.all([page.waitForEvent('download'), frame.getByRole('button', { name: 'Download PNG' }).click()]);
	const pngBytes = await readDownload(png);
	expect(png.suggestedFilename()).toMatch(/\.png$/);
	expect(pngBytes.subarray(0, 8)).toEqual(Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]));
	expect(pngBytes.readUInt32BE(16)).toBeGreaterThan(1000); // width at 2×
	const [svg] = await Promise.all([page.waitForEvent('download'), frame.getByRole('button', { name: 'Download SVG' }).click()]);
	const text = (await readDownload(svg)).toString('utf8');
	expect(text).toMatch(/^<svg[^>]+xmlns="http:\/\/www\.w3\.org\/2000\/svg"/);
	expect(text).not.toContain('var(--');
	expect(text).toContain('Russian forces near Ukraine, by estimator');
	const parsed = await page.evaluate((markup) => new DOMParser().parseFromString(markup, 'image/svg+xml').querySelectorAll('parsererror').length, text);
	expect(parsed).toBe(0);
	expect(text.match(/data-mark=/g)?.length).toBe(troopFigures.length);
});

test('the prerendered page holds the chart and its table without JavaScript', async ({ browser, baseURL }) => {
	const context = await browser.newContext({ javaScriptEnabled: false });
	const page = await context.newPage();
	await page.goto(`${baseURL}/charts/troops`);
	await expect(page.locator('svg.chart-svg [data-mark]')).toHaveCount(troopFigures.length);
	await expect(page.locator('[data-chart="troops"] tbody tr')).toHaveCount(troopFigures.length);
	await expect(page.locator('svg.chart-svg .shading rect')).toHaveCount(3);
	await context.close();
});

test('the shading and key-event rules come from the dataset’s events', async ({ page, visit }) => {
	await visit('/charts/troops');
	const keyEvents = dataset.events.filter((e) => (e as { key?: boolean }).key);
	await expect(page.locator('[data-chart="troops"] [data-event]')).toHaveCount(keyEvents.length);
	await expect(page.locator('[data-chart="troops"] .key')).toContainText('Partial withdrawal');
});

test('charts fit a 360 px screen', async ({ page, visit }) => {
	await page.setViewportSize({ width: 360, height: 780 });
	await visit('/charts');
	const overflow = await page.evaluate(() => document.documentElement.scrollWidth - document.documentElement.clientWidth);
	expect(overflow).toBeLessThanOrEqual(0);
});

test.describe('charts load like text pages', () => {
	// These open pages with page.goto, not visit(): axe walking the page would let every chart
	// come to life before the test looks (the other tests run axe on the same pages).
	const open = async (page: Page, path: string) => {
		await page.goto(path);
		await page.waitForFunction(() => document.body.dataset.hydrated === 'true');
	};
	const dataRequests = (page: Page) => {
		const seen: string[] = [];
		page.on('request', (request) => {
			const match = /\/charts\/([a-z]+)\/data\.json$/.exec(new URL(request.url()).pathname);
			if (match) seen.push(match[1]);
		});
		return seen;
	};

	test('the page does not inline the records it draws a second time', async ({ request }) => {
		const html = await (await request.get('/charts/troops')).text();
		for (const f of troopFigures) {
			// Once, in the prerendered table; not again in data for the scripts.
			const quoted = f.excerpt.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;');
			expect(html.split(quoted).length - 1, f.id).toBe(1);
		}
	});

	test('a chart stays prerendered until the reader uses it, in view or not; the click is not lost', async ({ page }) => {
		const requested = dataRequests(page);
		await open(page, '/charts');
		// The browser is idle for a while: the charts in view are looked at, not used.
		await page.waitForTimeout(1500);
		expect(requested, 'no chart comes to life by itself').toEqual([]);
		expect(await page.evaluate(() => performance.getEntriesByName('charts:wake').length)).toBe(0);
		const frame = page.locator('[data-chart="tracks"]');
		await expect(frame.getByRole('button', { name: 'Table' })).toHaveAttribute('aria-pressed', 'false');
		await frame.getByRole('button', { name: 'Table' }).click();
		await expect(frame.getByRole('button', { name: 'Table' })).toHaveAttribute('aria-pressed', 'true');
		await expect(frame.locator('tbody tr').first()).toBeVisible();
		expect(requested).toContain('tracks');
		await expect(page).toHaveURL(/tracks-view=table/);
	});

	test('a control reached by keyboard before the chart is live keeps the focus and works', async ({ page }) => {
		await open(page, '/charts');
		const button = page.locator('[data-chart="support"] .legend button').first();
		await button.focus();
		await expect(button).toBeFocused();
		await page.keyboard.press('Space');
		await expect(button).toHaveAttribute('aria-pressed', 'false');
		await expect(page).toHaveURL(/support-hide=/);
	});

	test('a chart coming to life on a phone does not move the page (no layout shift)', async ({ page }) => {
		await page.setViewportSize({ width: 412, height: 823 });
		await page.addInitScript(() => {
			(window as unknown as { shifts: number[] }).shifts = [];
			new PerformanceObserver((list) => {
				for (const entry of list.getEntries() as unknown as { value: number; hadRecentInput: boolean }[]) {
					if (!entry.hadRecentInput) (window as unknown as { shifts: number[] }).shifts.push(entry.value);
				}
			}).observe({ type: 'layout-shift', buffered: true });
		});
		for (const id of ['btgs', 'tracks']) {
			await open(page, `/charts/${id}`);
			const canvas = page.locator(`[data-chart="${id}"] .canvas`);
			// Read through the locator (it waits for the element): the prerendered box may be swapped
			// for the live one at any moment under load. An element read just as it was swapped out is
			// detached (0 px, seen in a CI run): such a reading is skipped, the next one is of the box shown.
			const height = () => canvas.evaluate((el) => (el.isConnected ? el.getBoundingClientRect().height : null));
			let before: number | null = null;
			await expect.poll(async () => (before = await height()), { message: `${id}: the box reserves its height` }).toBeGreaterThan(0);
			// A pointer over it brings it to life: drawn at the phone's width.
			await canvas.hover();
			await expect(page.getByRole('button', { name: 'Chart' })).toHaveAttribute('aria-pressed', 'true');
			let after: number | null = null;
			await expect.poll(async () => (after = await height())).not.toBeNull();
			expect(after, `${id}: the chart's box keeps its height`).toBeCloseTo(before!, 0);
			const shifts = await page.evaluate(() => (window as unknown as { shifts: number[] }).shifts);
			expect(shifts.reduce((a, b) => a + b, 0), `${id}: layout shift`).toBeLessThanOrEqual(0.01);
		}
	});
});
