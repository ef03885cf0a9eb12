import { readFileSync } from 'node:fs';
import { csvParse } from 'd3-dsv';
import { test, expect } from './fixtures';
import type { Dataset, Figure } from '../../src/lib/data/types';
import { isMapFigure, MAP_END } from '../../src/lib/map/select';
import { restoreCell } from '../../src/lib/data/csv';

const dataset: Dataset = JSON.parse(readFileSync('src/lib/generated/dataset.json', 'utf8'));
const mapFigures = dataset.figures.filter(isMapFigure);
const firstDate = mapFigures.map((f) => f.date_start).sort()[0];
const DAY = 86_400_000;
const LIMIT = 60;

/** Days from the end of a figure's interval to `date` (0 inside it), by brute force. */
const ageOf = (f: Figure, date: string) => Math.max(0, (Date.parse(date) - Date.parse(f.date_end)) / DAY);

/** The figures latest on `date` and at most 60 days old (or any age with `older`), from the dataset. */
function expectedFigures(date: string, older = false): string[] {
	const key = (f: Figure) => [f.side, f.metric, [...f.fronts].sort().join('+'), f.estimator, f.kind].join('|');
	const started = mapFigures.filter((f) => f.date_start <= date);
	return started
		.filter((f) => !started.some((o) => key(o) === key(f) && o.date_start > f.date_start))
		.filter((f) => older || ageOf(f, date) <= LIMIT)
		.map((f) => f.id)
		.sort();
}
/** Of those, the ones drawn at a place (one front); the rest are in the totals panel. */
const atAPlace = (ids: string[]) => ids.filter((id) => {
	const f = mapFigures.find((x) => x.id === id)!;
	return f.fronts.length === 1 && f.fronts[0] !== 'around';
});

const formatDay = (d: string) => new Date(d + 'T00:00:00Z').toLocaleDateString('en-GB', { day: 'numeric', month: 'short', year: 'numeric', timeZone: 'UTC' });

// One date in each buildup, one during the April 2021 withdrawal, one in mid-February 2022.
const dates = ['2021-04-15', '2021-04-27', '2021-12-05', '2022-02-15'];

for (const date of dates) {
	test(`on ${date} the panel and the map show the figures latest on that day`, async ({ page, visit }) => {
		const expected = expectedFigures(date);
		expect(expected.length).toBeGreaterThan(0);
		await visit(`/map?date=${date}`);
		await expect(page.getByTestId('known-date')).toHaveText(formatDay(date));
		expect(await page.getByTestId('known-figure').evaluateAll((els) => els.map((e) => e.getAttribute('data-id')!).sort())).toEqual(expected);
		// On the map: one-front figures at their places; all-fronts and several-fronts ones in the totals panel.
		const onMap = await page.locator('.data [data-figure]').evaluateAll((els) => els.map((e) => e.getAttribute('data-figure')!).sort());
		expect(onMap).toEqual(atAPlace(expected));
		const totals = await page.getByTestId('totals').locator('[data-testid=total]').evaluateAll((els) => els.map((e) => e.getAttribute('data-id')!));
		expect(totals.filter((id) => mapFigures.some((f) => f.id === id)).sort()).toEqual(expected.filter((id) => !atAPlace(expected).includes(id)));
		// A click on a mark's label opens its excerpt beside it, with a link to its entry, and its entry in the panel.
		const link = page.locator('.data .label:not(.dropped) a[data-pick]').first();
		const id = (await link.getAttribute('data-pick'))!;
		const record = [...dataset.figures, ...dataset.units, ...dataset.events].find((r) => r.id === id)!;
		await link.click();
		const pop = page.getByRole('dialog');
		await expect(pop.locator('blockquote')).toContainText(record.excerpt.slice(0, 40));
		await expect(pop.getByRole('link', { name: /Entry/ })).toHaveAttribute('href', new RegExp(`/sources#${id}$`));
		await expect(page.locator(`.panel [data-id="${id}"] details`)).toHaveAttribute('open', '');
	});
}

test('15 Feb 2022: Belarus lists the formations that moved there in January; the totals show 127,000 and 112,000', async ({ page, visit }) => {
	await visit('/map?date=2022-02-15');
	const movedIn = dataset.units.filter((u) => u.to === 'belarus' && u.date_start.startsWith('2022-01') && u.echelon && u.echelon !== 'other');
	const belarus = page.locator('[data-units=belarus]');
	await expect(belarus).toContainText(`${movedIn.length} formations`);
	expect(await belarus.locator('[data-formation]').count()).toBeGreaterThan(0);
	// The map's label says how many (its list of names would reach over government-held Ukraine,
	// map-picture.spec.ts); "Known on" names each one, at Belarus.
	const panel = page.locator('.panel');
	const showAll = panel.getByRole('button', { name: /^Show all \d+$/ });
	for (let n = await showAll.count(); n > 0; n--) await showAll.first().click();
	for (const u of movedIn) await expect(panel.locator(`[data-id="${u.id}"]`)).toContainText(u.short_name!);
	const totals = page.getByTestId('totals');
	await expect(totals).toContainText('127,000');
	await expect(totals).toContainText('Ukraine MoD');
	await expect(totals).toContainText('112,000');
	await expect(totals).toContainText('Kyslytsya (UN)');
	await expect(totals).toContainText('83 battalion tactical groups');
});

test('15 June 2021: Belarus holds no formation; 20 April 2021: the first buildup is at Pogonovo and Novoozerne', async ({ page, visit }) => {
	await visit('/map?date=2021-06-15');
	await expect(page.getByTestId('known-date')).toHaveText('15 Jun 2021');
	await expect(page.locator('[data-units=belarus]')).toHaveCount(0);
	await visit('/map?date=2021-04-20');
	await expect(page.locator('[data-units=pogonovo]')).toContainText('41 CAA');
	await expect(page.locator('[data-units=novoozerne]')).toContainText('58 CAA');
});

test('older figures are hidden by default and shown, lighter, with older=1 (kept in the URL)', async ({ page, visit }) => {
	const date = '2022-02-15';
	const recent = expectedFigures(date);
	const all = expectedFigures(date, true);
	expect(all.length).toBeGreaterThan(recent.length);
	await visit(`/map?date=${date}`);
	expect(await page.getByTestId('known-figure').evaluateAll((els) => els.map((e) => e.getAttribute('data-id')!).sort())).toEqual(recent);
	await page.getByLabel(/Show older figures/).check();
	await expect(page).toHaveURL(/older=1/);
	await page.locator('.panel').getByRole('button', { name: /^Show all/ }).first().click();
	await expect(page.getByTestId('known-figure')).toHaveCount(all.length);
	await visit(`/map?date=${date}&older=1`);
	await page.locator('.panel').getByRole('button', { name: /^Show all/ }).first().click();
	expect(await page.getByTestId('known-figure').evaluateAll((els) => els.map((e) => e.getAttribute('data-id')!).sort())).toEqual(all);
	const stale = await page.locator('.data [data-figure].stale').evaluateAll((els) => els.map((e) => e.getAttribute('data-figure')!));
	expect(stale.length).toBeGreaterThan(0);
	for (const id of stale) expect(ageOf(mapFigures.find((f) => f.id === id)!, date)).toBeGreaterThan(LIMIT);
});

test('a malformed older= is ignored with a visible notice', async ({ page, visit }) => {
	await visit('/map?date=2022-02-15&older=yes');
	await expect(page.getByRole('status').filter({ hasText: 'older=yes' })).toBeVisible();
	expect(await page.getByTestId('known-figure').count()).toBe(expectedFigures('2022-02-15').length);
});

test('an origin off the map gives an arrow entering at the edge, labelled with the distance', async ({ page, visit }) => {
	await visit('/map?date=2022-01-20');
	const label = page.locator('.data .arrow-label').filter({ hasText: 'from Eastern Military District' }).first();
	await expect(label).toBeVisible();
	await expect(label).toContainText(/· ≈ \d{1,2},\d00 km/);
	const [box, at] = await Promise.all([page.locator('.map-box').boundingBox(), label.boundingBox()]);
	expect(at!.x).toBeGreaterThanOrEqual(box!.x);
	expect(at!.x + at!.width).toBeLessThanOrEqual(box!.x + box!.width + 0.5);
});

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
	// The map follows: its As-of stamp and its title.
	await expect(page.locator('.stamp')).toContainText('13 Nov 2021');
	await expect(page.locator('#map-title')).toHaveText(/13 Nov 2021/);
});

test('play advances the date and pause stops it', async ({ page, visit }) => {
	await visit('/map?date=2021-06-01');
	await page.getByRole('button', { name: 'Play' }).click();
	await expect(page.getByTestId('known-date')).not.toHaveText('1 Jun 2021');
	await page.getByRole('button', { name: 'Pause' }).click();
	// The date the map shows when paused (the "Known on D" list follows it in idle time, so under
	// load it can still be a day behind at this moment: seen in a run, 2 Jun read, 3 Jun shown).
	const stopped = await page.locator('.stamp strong').textContent();
	await page.waitForTimeout(700);
	await expect(page.locator('.stamp strong')).toHaveText(stopped!);
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

test('the CSV downloaded at a date holds exactly what is shown', async ({ page, visit }) => {
	const date = '2022-02-15';
	await visit(`/map?date=${date}`);
	const [download] = await Promise.all([page.waitForEvent('download'), page.getByRole('button', { name: 'Download CSV' }).click()]);
	expect(download.suggestedFilename()).toBe(`buildup-map-${date}-v${dataset.version}.csv`);
	const text = readFileSync((await download.path())!, 'utf8').replace(/^\uFEFF/, '');
	const rows = csvParse(text);
	expect(rows.every((r) => r.map_date === date)).toBe(true);
	const ids = (...types: string[]) => rows.filter((r) => types.includes(r.record_type)).map((r) => r.id).sort();
	// Long sections of the panel show their first items: open them all.
	const more = page.locator('.panel').getByRole('button', { name: /^Show all/ });
	while ((await more.count()) > 0) await more.first().click();
	const onScreen = async (selector: string, attr = 'data-id') => page.locator(selector).evaluateAll((els, a) => els.map((e) => e.getAttribute(a)!).sort(), attr);
	const datedTotals = rows.filter((r) => r.record_type === 'total' && !r.status.startsWith('undated')).map((r) => r.id);
	expect([...ids('figure'), ...datedTotals].sort()).toEqual(await onScreen('[data-testid=known-figure]'));
	expect([...ids('figure'), ...datedTotals].sort()).toEqual(expectedFigures(date));
	expect(ids('figure')).toEqual(await onScreen('.data [data-figure]', 'data-figure'));
	expect(ids('formation', 'unit')).toEqual(await onScreen('.panel [data-testid^=known-unit], .panel [data-testid=known-formation]'));
	expect(ids('event')).toEqual(await onScreen('[data-testid=known-event]'));
	// The Belarus formations are rows, with their short names and place (a place id, as in units.csv).
	const belarus = rows.filter((r) => r.record_type === 'formation' && r.to === 'belarus');
	expect(belarus.length).toBeGreaterThanOrEqual(8);
	for (const row of belarus) expect(row.short_name).toBe(dataset.units.find((u) => u.id === row.id)!.short_name);
	// Provenance travels with every row: the excerpt is the dataset's.
	for (const row of rows.filter((r) => r.record_type === 'figure' || r.record_type === 'total')) {
		expect(restoreCell(row.excerpt!)).toBe(dataset.figures.find((f) => f.id === row.id)!.excerpt);
	}
});

for (const width of [1280, 360]) {
	test(`at ${width} px the map's labels do not overlap and stay inside the map`, async ({ page, visit }) => {
		await page.setViewportSize({ width, height: 900 });
		for (const date of ['2021-04-20', '2022-02-15']) {
			await visit(`/map?date=${date}`);
			await expect(page.locator('.data .label:not(.dropped)').first()).toBeVisible();
			const { box, rects, total } = await page.evaluate(() => {
				const r = (el: Element) => {
					const b = el.getBoundingClientRect();
					return { x: b.x, y: b.y, w: b.width, h: b.height };
				};
				return {
					box: r(document.querySelector('.map-box')!),
					rects: [...document.querySelectorAll('.data .label:not(.dropped) .halo')].map(r),
					total: document.querySelectorAll('.data .label').length
				};
			});
			// Half or more are shown (at 360 px on 15 Feb 2022, half: Russia's labels that would only
			// fit over government-held Ukraine are left to the panel, map-picture.spec.ts).
			expect(rects.length).toBeGreaterThanOrEqual(total / 2);
			for (const a of rects) {
				expect(a.x).toBeGreaterThanOrEqual(box.x - 0.5);
				expect(a.x + a.w).toBeLessThanOrEqual(box.x + box.w + 0.5);
				expect(a.y).toBeGreaterThanOrEqual(box.y - 0.5);
				expect(a.y + a.h).toBeLessThanOrEqual(box.y + box.h + 0.5);
			}
			for (let i = 0; i < rects.length; i++) {
				for (let j = i + 1; j < rects.length; j++) {
					const [a, b] = [rects[i], rects[j]];
					const overlap = a.x < b.x + b.w - 0.5 && b.x < a.x + a.w - 0.5 && a.y < b.y + b.h - 0.5 && b.y < a.y + a.h - 0.5;
					expect(overlap, `${date}: labels ${i} and ${j} overlap`).toBe(false);
				}
			}
		}
	});
}
