import { readFileSync } from 'node:fs';
import { csvParse } from 'd3-dsv';
import { test, expect } from './fixtures';
import type { Dataset, Figure } from '../../src/lib/data/types';
import { isMapFigure, MAP_END } from '../../src/lib/map/select';
import { STALE_DAYS } from '../../src/lib/map/labels';

const dataset: Dataset = JSON.parse(readFileSync('src/lib/generated/dataset.json', 'utf8'));
const mapFigures = dataset.figures.filter(isMapFigure);
const firstDate = mapFigures.map((f) => f.date_start).sort()[0];

/** The figures latest on `date`, computed here from the dataset by brute force. */
function expectedFigures(date: string): string[] {
	const key = (f: Figure) => [f.side, f.metric, [...f.fronts].sort().join('+'), f.estimator, f.kind].join('|');
	const started = mapFigures.filter((f) => f.date_start <= date);
	return started
		.filter((f) => !started.some((o) => key(o) === key(f) && o.date_start > f.date_start))
		.map((f) => f.id)
		.sort();
}

function nextDay(date: string, days = 1): string {
	return new Date(Date.parse(date + 'T00:00:00Z') + days * 86_400_000).toISOString().slice(0, 10);
}

const formatDay = (d: string) => new Date(d + 'T00:00:00Z').toLocaleDateString('en-GB', { day: 'numeric', month: 'short', year: 'numeric', timeZone: 'UTC' });

// One date in each buildup, one during the April 2021 withdrawal, one in mid-February 2022.
const dates = ['2021-04-15', '2021-04-27', '2021-12-05', '2022-02-15'];

for (const date of dates) {
	test(`on ${date} the panel and the map show the figures latest on that day`, async ({ page, visit }) => {
		const expected = expectedFigures(date);
		expect(expected.length).toBeGreaterThan(0);
		await visit(`/map?date=${date}`);
		await expect(page.getByTestId('known-date')).toHaveText(formatDay(date));
		const panelIds = await page.getByTestId('known-figure').evaluateAll((els) => els.map((e) => e.getAttribute('data-id')).sort());
		expect(panelIds).toEqual(expected);
		await expect(page.locator('[data-testid=symbol-group] [data-figure]').first()).toBeVisible();
		const symbolIds = await page.locator('[data-testid=symbol-group] [data-figure]').evaluateAll((els) => els.map((e) => e.getAttribute('data-figure')).sort());
		expect(symbolIds).toEqual(expected);
		// Figures more than STALE_DAYS old on the date are drawn lighter, and only those.
		const pinned = page.locator('.leaflet-marker-pane [data-figure]');
		const pinnedIds = await pinned.evaluateAll((els) => els.map((e) => e.getAttribute('data-figure')!).sort());
		const ageDays = (id: string) => (Date.parse(date) - Date.parse(mapFigures.find((f) => f.id === id)!.date_start)) / 86_400_000;
		const staleIds = await page.locator('.leaflet-marker-pane [data-figure].stale').evaluateAll((els) => els.map((e) => e.getAttribute('data-figure')!).sort());
		expect(staleIds).toEqual(pinnedIds.filter((id) => ageDays(id) > STALE_DAYS));
		// A click on a symbol's label opens its excerpt, on the map and in the panel.
		const onMap = page.locator('.leaflet-marker-pane [data-figure]').first();
		const id = (await onMap.getAttribute('data-figure'))!;
		const figure = mapFigures.find((f) => f.id === id)!;
		await onMap.locator('.label').dispatchEvent('click');
		await expect(onMap.locator('blockquote')).toContainText(figure.excerpt.slice(0, 40));
		await expect(page.locator(`[data-testid=known-figure][data-id="${id}"] blockquote`)).toBeVisible();
	});
}

test('keyboard steps change the URL and the panel; a typed date jumps', async ({ page, visit }) => {
	await visit('/map?date=2022-01-10');
	const slider = page.getByRole('slider', { name: 'Date shown on the map' });
	await slider.focus();
	await page.keyboard.press('ArrowRight');
	await expect(page.getByTestId('known-date')).toHaveText('11 Jan 2022');
	await expect(page).toHaveURL(/date=2022-01-11/);
	await page.keyboard.press('PageUp');
	await expect(page.getByTestId('known-date')).toHaveText('18 Jan 2022');
	await expect(page).toHaveURL(/date=2022-01-18/);
	await page.keyboard.press('Home');
	await expect(page.getByTestId('known-date')).toHaveText(formatDay(firstDate));
	await page.keyboard.press('End');
	await expect(page.getByTestId('known-date')).toHaveText(formatDay(MAP_END));
	await page.getByLabel('Go to date').fill('2021-11-13');
	await expect(page.getByTestId('known-date')).toHaveText('13 Nov 2021');
	await expect(page).toHaveURL(/date=2021-11-13/);
	expect(await page.getByTestId('known-figure').evaluateAll((els) => els.map((e) => e.getAttribute('data-id')).sort())).toEqual(expectedFigures('2021-11-13'));
});

test('play advances the date and pause stops it', async ({ page, visit }) => {
	await visit('/map?date=2021-06-01');
	await page.getByRole('button', { name: 'Play' }).click();
	await expect(page.getByTestId('known-date')).not.toHaveText('1 Jun 2021');
	await page.getByRole('button', { name: 'Pause' }).click();
	const stopped = await page.getByTestId('known-date').textContent();
	await page.waitForTimeout(700);
	await expect(page.getByTestId('known-date')).toHaveText(stopped!);
	await expect(page.getByRole('button', { name: 'Play' })).toBeVisible();
});

for (const bad of ['2030-01-01', 'not-a-date', '2020-01-01']) {
	test(`a bad ?date=${bad} is clamped with a visible notice`, async ({ page, visit }) => {
		await visit(`/map?date=${bad}`);
		await expect(page.getByRole('status').filter({ hasText: 'showing' })).toBeVisible();
		const shown = bad === '2020-01-01' ? firstDate : MAP_END;
		await expect(page.getByTestId('known-date')).toHaveText(formatDay(shown));
	});
}

test('the CSV downloaded at a date holds exactly the marks on screen', async ({ page, visit }) => {
	const date = '2022-02-15';
	await visit(`/map?date=${date}`);
	const [download] = await Promise.all([page.waitForEvent('download'), page.getByRole('button', { name: 'Download CSV' }).click()]);
	expect(download.suggestedFilename()).toBe(`buildup-map-${date}-v${dataset.version}.csv`);
	const text = readFileSync((await download.path())!, 'utf8').replace(/^\uFEFF/, '');
	const rows = csvParse(text);
	expect(rows.every((r) => r.map_date === date)).toBe(true);
	const ids = (type: string, status?: string) => rows.filter((r) => r.record_type === type && (!status || r.status === status)).map((r) => r.id).sort();
	const onScreen = async (testId: string) => page.getByTestId(testId).evaluateAll((els) => els.map((e) => e.getAttribute('data-id')!).sort());
	expect(ids('figure')).toEqual(await onScreen('known-figure'));
	expect(ids('figure')).toEqual(expectedFigures(date));
	expect(ids('unit', 'moving')).toEqual(await onScreen('known-unit'));
	expect(ids('event')).toEqual(await onScreen('known-event'));
	// Provenance travels with every row: the excerpt is the dataset's.
	for (const row of rows.filter((r) => r.record_type === 'figure')) {
		expect(row.excerpt).toBe(dataset.figures.find((f) => f.id === row.id)!.excerpt);
	}
});

test('without JavaScript the page still lists what was known on the default date', async ({ request }) => {
	const html = await (await request.get('/map')).text();
	expect(html).toContain(`Known on <span class="num" data-testid="known-date">${formatDay(MAP_END)}</span>`);
	for (const id of expectedFigures(MAP_END).slice(0, 3)) expect(html).toContain(`data-id="${id}"`);
	expect(html).toContain('Loading the map');
});

for (const width of [1280, 360]) {
	test(`at ${width} px the map's labels do not overlap and stay inside the map`, async ({ page, visit }) => {
		await page.setViewportSize({ width, height: 900 });
		await visit('/map');
		await expect(page.locator('.leaflet-marker-pane .spot:not(.dropped)').first()).toBeVisible();
		const { box, rects, total } = await page.evaluate(() => {
			const r = (el: Element) => {
				const b = el.getBoundingClientRect();
				return { x: b.x, y: b.y, w: b.width, h: b.height };
			};
			return {
				box: r(document.querySelector('.map-box')!),
				rects: [...document.querySelectorAll('.leaflet-marker-pane .spot:not(.dropped)')].map(r),
				total: document.querySelectorAll('.leaflet-marker-pane .spot').length
			};
		});
		// Every symbol on the map keeps its figure (placed or not); most get a label.
		expect(rects.length).toBeGreaterThan(total / 2);
		for (const a of rects) {
			expect(a.x).toBeGreaterThanOrEqual(box.x);
			expect(a.x + a.w).toBeLessThanOrEqual(box.x + box.w + 0.5);
			expect(a.y).toBeGreaterThanOrEqual(box.y);
			expect(a.y + a.h).toBeLessThanOrEqual(box.y + box.h + 0.5);
		}
		for (let i = 0; i < rects.length; i++) {
			for (let j = i + 1; j < rects.length; j++) {
				const [a, b] = [rects[i], rects[j]];
				const overlap = a.x < b.x + b.w - 0.5 && b.x < a.x + a.w - 0.5 && a.y < b.y + b.h - 0.5 && b.y < a.y + a.h - 0.5;
				expect(overlap, `labels ${i} and ${j} overlap`).toBe(false);
			}
		}
	});
}
