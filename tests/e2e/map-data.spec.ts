// What /map carries and what it fetches: the page's data holds no record and no excerpt (its static
// markup shows the default date's); another date's records and excerpts come from its month's file
// (/map/months/<month>.json) only when a reader moves there, and a failed fetch says so and can be
// retried.
// The small multiples are static markup on both pages, yet behave as before.
import { readFileSync } from 'node:fs';
import { test, expect } from './fixtures';
import type { Dataset } from '../../src/lib/data/types';

const dataset: Dataset = JSON.parse(readFileSync('src/lib/generated/dataset.json', 'utf8'));
const records = [...dataset.figures, ...dataset.units, ...dataset.events];
const excerptOf = (id: string) => records.find((r) => r.id === id)!.excerpt;
const MONTHS = '/map/months/';

test('the page carries no record and no excerpt in its data, shows the default date’s from its markup, and fetches a month only when the date moves there, once', async ({ page, visit }) => {
	const html = await (await page.request.get('/map')).text();
	const scripts = [...html.matchAll(/<script\b[^>]*>([\s\S]*?)<\/script>/g)].map((m) => m[1]).join('\n');
	expect(scripts.length).toBeGreaterThan(500); // the page's data is there (dates, months, key events)…
	// …without excerpts (whole: a record's note may quote a few words of its sentence) and without figures or units.
	for (const r of records) expect(scripts, r.id).not.toContain(JSON.stringify(r.excerpt).slice(1, -1));
	for (const r of [...dataset.figures, ...dataset.units]) expect(scripts, r.id).not.toContain(`"${r.id}"`);

	const fetched: string[] = [];
	page.on('request', (request) => fetched.push(new URL(request.url()).pathname));
	await visit('/map');
	const first = page.getByTestId('known-figure').first();
	await first.locator('summary').click();
	await expect(first.locator('blockquote')).toHaveText(`“${excerptOf((await first.getAttribute('data-id'))!)}”`);
	await page.waitForLoadState('networkidle');
	expect(fetched.filter((p) => p.startsWith(MONTHS))).toEqual([]);
	// A pointer over the map (here on the totals panel pinned on it) fetches the date's month ahead.
	const total = page.getByTestId('total').first();
	await total.locator('summary').click();
	await expect(total.locator('blockquote')).toHaveText(`“${excerptOf((await total.getAttribute('data-id'))!)}”`);
	await expect.poll(() => fetched.filter((p) => p.startsWith(MONTHS))).toEqual(['/map/months/2022-02.json']);

	// Another date: its month is fetched (once) and its records' excerpts are shown.
	const response = page.waitForResponse((r) => r.url().includes(MONTHS));
	await page.getByRole('slider', { name: 'Date shown on the map' }).press('Home');
	expect((await response).ok()).toBe(true);
	await expect(page.getByTestId('known-date')).not.toHaveText('24 Feb 2022');
	const item = page.locator('[data-testid^=known-]').filter({ has: page.locator('details') }).first();
	await item.locator('summary').click();
	await expect(item.locator('blockquote')).toHaveText(`“${excerptOf((await item.getAttribute('data-id'))!)}”`);
	await page.getByRole('slider', { name: 'Date shown on the map' }).press('End');
	await expect(page.getByTestId('known-date')).toHaveText('24 Feb 2022');
	await page.getByRole('slider', { name: 'Date shown on the map' }).press('Home');
	await expect(page.getByTestId('known-date')).not.toHaveText('24 Feb 2022');
	const monthsFetched = fetched.filter((p) => p.startsWith(MONTHS));
	expect(monthsFetched.length).toBeGreaterThan(0);
	expect(new Set(monthsFetched).size, monthsFetched.join(', ')).toBe(monthsFetched.length);
});

test('when a month cannot be fetched, the map says so and keeps what it shows, the download writes nothing, and a retry works', async ({ page, visit, allowProblem }) => {
	let failing = true;
	await page.route(`**${MONTHS}2021-04.json`, (route) => (failing ? route.fulfill({ status: 503, body: '' }) : route.continue()));
	await visit('/map?date=2021-04-20');
	const alert = page.getByRole('alert');
	await expect(alert).toContainText('The map for 20 Apr 2021 could not be loaded');
	await expect(alert).toContainText('answered 503');
	// What is shown stays (the default date's map and list), and says its date.
	await expect(page.locator('.stamp strong')).toHaveText('24 Feb 2022');
	await expect(page.getByTestId('known-date')).toHaveText('24 Feb 2022');

	let downloads = 0;
	page.on('download', () => downloads++);
	await page.getByRole('button', { name: 'Download CSV' }).click();
	await expect(page.locator('p.notice').filter({ hasText: 'The download needs' })).toContainText('could not be loaded');
	expect(downloads).toBe(0);

	failing = false;
	await alert.getByRole('button', { name: 'Try again' }).click();
	await expect(page.getByTestId('known-date')).toHaveText('20 Apr 2021');
	await expect(page.getByRole('alert')).toHaveCount(0);
	const item = page.locator('[data-testid^=known-]').filter({ has: page.locator('details') }).first();
	await item.locator('summary').click();
	await expect(item.locator('blockquote')).toHaveText(`“${excerptOf((await item.getAttribute('data-id'))!)}”`);
	const download = page.waitForEvent('download');
	await page.getByRole('button', { name: 'Download CSV' }).click();
	expect((await download).suggestedFilename()).toMatch(/^buildup-map-2021-04-20-v.+\.csv$/);
	// The failures were on purpose (the 503s and what the browser logs for them).
	allowProblem((p) => JSON.stringify(p).includes('2021-04.json') || JSON.stringify(p).includes('status of 503'));
});

test('on /map a small map moves the date in place (no page load) and is outlined as the current one', async ({ page, visit }) => {
	await visit('/map');
	await page.evaluate(() => ((window as unknown as { __same: boolean }).__same = true));
	const multiples = page.getByRole('region', { name: 'Six dates at a glance' });
	await multiples.getByRole('link', { name: /^20 Apr 2021\b/ }).click();
	await expect(page.getByTestId('known-date')).toHaveText('20 Apr 2021');
	await expect(page).toHaveURL(/[?&]date=2021-04-20\b/);
	expect(await page.evaluate(() => (window as unknown as { __same?: boolean }).__same)).toBe(true);
	await expect(multiples.locator('li.current')).toHaveCount(1);
	await expect(multiples.locator('li.current')).toContainText('20 Apr 2021');
});

test('the overview reached by client-side navigation shows the six small maps too', async ({ page, visit }) => {
	await visit('/sources');
	await page.evaluate(() => ((window as unknown as { __same: boolean }).__same = true));
	await page.getByRole('navigation').first().getByRole('link', { name: 'Overview' }).click();
	const fronts = page.getByRole('region', { name: 'The fronts' });
	await expect(fronts.getByRole('link', { name: /^\d{1,2} \w{3} 20\d\d\b/ })).toHaveCount(6);
	await expect(fronts.locator('img').first()).toBeVisible();
	expect(await page.evaluate(() => (window as unknown as { __same?: boolean }).__same)).toBe(true);
});
