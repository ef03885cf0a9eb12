import { readFileSync, existsSync } from 'node:fs';
import { test, expect } from './fixtures';
import type { Dataset, CrisisEvent } from '../../src/lib/data/types';
import { formatInterval } from '../../src/lib/data/format';
import { expectRecordIndexLeadsToEveryRecord, followPermalinkWithoutJs, scrollToEndOfList } from './long-lists';

// axe-core checks every entry of these long pages on each visit; give it room on a busy machine.
test.describe.configure({ timeout: 90_000 });

const dataset: Dataset = JSON.parse(readFileSync('src/lib/generated/dataset.json', 'utf8'));
const events = dataset.events;
const byDate = (a: CrisisEvent, b: CrisisEvent) =>
	a.date_start.localeCompare(b.date_start) || a.date_end.localeCompare(b.date_end) || a.id.localeCompare(b.id);
const inJanuary2022 = (e: CrisisEvent) => e.date_start.startsWith('2022-01');
// The page is prerendered with this many events; the rest load as the reader scrolls.
const firstCount = 20;

// The two diplomatic meetings the issue names, found by what they are, not by a hard-coded id.
const geneva = events.filter((e) => inJanuary2022(e) && e.category === 'diplomacy' && /Geneva/.test(e.title) && /talks/i.test(e.type + e.title)).sort(byDate)[0];
const natoRussiaCouncil = events.filter((e) => inJanuary2022(e) && /NATO.Russia Council/.test(e.title)).sort(byDate)[0];

test.describe('timeline', () => {
	test('lists every event oldest first, with the Geneva talks and the NATO–Russia Council', async ({ page, visit }) => {
		expect(geneva, 'a January 2022 Geneva talks event in the dataset').toBeTruthy();
		expect(natoRussiaCouncil, 'a January 2022 NATO–Russia Council event in the dataset').toBeTruthy();
		await visit('/timeline');
		await expect(page.getByRole('heading', { level: 1 })).toHaveText('Timeline');
		await expect(page.locator('li.event')).toHaveCount(Math.min(events.length, firstCount));
		await scrollToEndOfList(page, 'events', page.locator('li.event'));
		await expect(page.locator('li.event')).toHaveCount(events.length);

		for (const event of [geneva, natoRussiaCouncil]) {
			const item = page.locator(`li.event[id="${event.id}"]`);
			await expect(item.getByRole('heading', { level: 3 })).toHaveText(event.title);
			await expect(item).toContainText(event.excerpt);
			await expect(item.locator('time')).toHaveText(formatInterval(event.date_start, event.date_end));
			await expect(item).toContainText(`“${event.date_text}”`);
			await expect(item.getByRole('link', { name: /Excerpt in context/ })).toHaveAttribute('href', new RegExp(`sources#${event.id}$`));
			if (event.key) await expect(item.getByText('Key event')).toBeVisible();
		}
		// Oldest first, grouped by month: the first group is the month of the earliest event.
		const first = [...events].sort(byDate)[0];
		await expect(page.locator('li.event').first()).toHaveAttribute('id', first.id);
		const months = new Set(events.map((e) => e.date_start.slice(0, 7)));
		await expect(page.locator('section.month')).toHaveCount(months.size);
	});

	test('an event with a place opens the map at its date (when the map is built)', async ({ page, visit }) => {
		// A permalink brings the event into the list.
		await visit(`/timeline#${geneva.id}`);
		const item = page.locator(`li.event[id="${geneva.id}"]`);
		await expect(item).toBeInViewport();
		if (!existsSync('build/map.html')) {
			// No map page in this build: no dead link either.
			await expect(page.getByRole('link', { name: /Show on map/ })).toHaveCount(0);
			return;
		}
		await expect(item.getByRole('link', { name: /Show on map/ })).toHaveAttribute('href', new RegExp(`map\\?date=${geneva.date_start}$`));
		const withoutPlace = events.find((e) => e.place === null)!;
		await scrollToEndOfList(page, 'events', page.locator('li.event'));
		await expect(page.locator(`li.event[id="${withoutPlace.id}"]`).getByRole('link', { name: /Show on map/ })).toHaveCount(0);
	});

	test('filters by category, actor and text; the filters survive a reload via the URL', async ({ page, visit }) => {
		await visit('/timeline');
		await page.getByRole('checkbox', { name: 'Diplomacy' }).check();
		const nato = dataset.actors.find((a) => a.id === 'nato')!;
		await page.getByLabel('Actor', { exact: true }).selectOption('nato');
		const expected = events.filter((e) => e.category === 'diplomacy' && e.actors.includes('nato'));
		expect(expected.length).toBeGreaterThan(0);
		await expect(page.getByRole('status').filter({ hasText: 'Showing' })).toContainText(`Showing ${expected.length} of ${events.length} events`);
		await scrollToEndOfList(page, 'events', page.locator('li.event'));
		await expect(page.locator('li.event')).toHaveCount(expected.length);
		await expect(page).toHaveURL(/\/timeline\?category=diplomacy&actor=nato$/);
		expect(nato.name).toBeTruthy();

		await page.reload();
		await page.waitForFunction(() => document.body.dataset.hydrated === 'true');
		await expect(page.getByRole('checkbox', { name: 'Diplomacy' })).toBeChecked();
		await expect(page.getByLabel('Actor', { exact: true })).toHaveValue('nato');
		await scrollToEndOfList(page, 'events', page.locator('li.event'));
		await expect(page.locator('li.event')).toHaveCount(expected.length);

		await page.getByRole('button', { name: 'Clear filters' }).click();
		await expect(page.getByRole('status').filter({ hasText: 'events' })).toContainText(`All ${events.length} events`);
		await scrollToEndOfList(page, 'events', page.locator('li.event'));
		await expect(page.locator('li.event')).toHaveCount(events.length);
		await expect(page).toHaveURL(/\/timeline$/);
	});

	test('text search narrows the list and an empty result says so', async ({ page, visit }) => {
		await visit('/timeline');
		await page.getByRole('searchbox', { name: 'Search' }).fill('NATO–Russia Council');
		const matching = events.filter((e) => `${e.title} ${e.excerpt}`.includes('NATO–Russia Council'));
		await expect(page.locator('li.event')).toHaveCount(matching.length);
		await expect(page.locator(`li.event[id="${natoRussiaCouncil.id}"]`)).toBeVisible();
		await expect(page).toHaveURL(/q=NATO/);
		// Enter (the form's "Show results") takes keyboard focus to the first month shown.
		await page.getByRole('searchbox', { name: 'Search' }).press('Enter');
		const firstMonth = page.locator('section.month h2').first();
		await expect(firstMonth).toBeFocused();
		await expect(firstMonth).toContainText(new Date(`${matching.map((e) => e.date_start).sort()[0]}T00:00:00Z`).toLocaleString('en-GB', { month: 'long', year: 'numeric', timeZone: 'UTC' }));
		await page.getByRole('searchbox', { name: 'Search' }).fill('zzzz no such words');
		await expect(page.getByText('No events match these filters.')).toBeVisible();
	});

	test('newest first reverses the order', async ({ page, visit }) => {
		await visit('/timeline?order=newest');
		const last = [...events].sort(byDate).at(-1)!;
		await expect(page.getByRole('radio', { name: 'Newest first' })).toBeChecked();
		await expect(page.locator('li.event').first()).toHaveAttribute('id', last.id);
		await page.getByRole('radio', { name: 'Oldest first' }).check();
		await expect(page.locator('li.event').first()).toHaveAttribute('id', [...events].sort(byDate)[0].id);
		await expect(page).toHaveURL(/\/timeline$/);
	});

	test('unknown filter values in the URL are ignored with a notice', async ({ page, visit }) => {
		await visit('/timeline?category=diplomacy,bogus&order=sideways');
		await expect(page.getByRole('alert')).toContainText('category “bogus”');
		await expect(page.getByRole('alert')).toContainText('order “sideways”');
		await scrollToEndOfList(page, 'events', page.locator('li.event'));
		await expect(page.locator('li.event')).toHaveCount(events.filter((e) => e.category === 'diplomacy').length);
	});

	test('is usable with the keyboard', async ({ page, visit }) => {
		await visit('/timeline');
		const search = page.getByRole('searchbox', { name: 'Search' });
		for (let i = 0; i < 30 && !(await search.evaluate((el) => el === document.activeElement)); i++) {
			await page.keyboard.press('Tab');
		}
		await expect(search).toBeFocused();
		await page.keyboard.type('Geneva');
		await expect(page.locator(`li.event[id="${geneva.id}"]`)).toBeVisible();
		await page.keyboard.press('Tab');
		await expect(page.getByLabel('Actor', { exact: true })).toBeFocused();
	});
});

test.describe('timeline without JavaScript', () => {
	test.use({ javaScriptEnabled: false });
	test('the first events are on the page and every event is on a month page it links to', async ({ page }) => {
		await page.goto('/timeline');
		const first = [...events].sort(byDate).slice(0, firstCount);
		await expect(page.locator('li.event')).toHaveCount(first.length);
		await expect(page.locator('li.event').first()).toHaveAttribute('id', first[0].id);
		// The index by month is folded under the search form; it opens without JavaScript.
		await page.getByText('Every event, month by month').click();
		const monthLinks = page.getByRole('navigation', { name: 'Every event, month by month' }).getByRole('link');
		const months = await monthLinks.evaluateAll((as) => as.map((a) => (a as HTMLAnchorElement).href));
		expect(months.length).toBe(new Set(events.map((e) => e.date_start.slice(0, 7))).size);
		// Several months may share a page: each page once.
		const pages = [...new Set(months.map((m) => m.replace(/#.*/, '')))];
		const seen: string[] = [];
		for (const href of pages) {
			await page.goto(href);
			seen.push(...(await page.locator('li.event').evaluateAll((els) => els.map((e) => e.id))));
		}
		// Oldest first across the pages, each event once.
		expect(seen).toEqual([...events].sort(byDate).map((e) => e.id));
		// After the first events the page says where to read on: the page with the next one.
		await page.goto('/timeline');
		await page.getByRole('link', { name: /^read on from / }).click();
		await expect(page.locator(`li.event[id="${[...events].sort(byDate)[firstCount].id}"]`)).toBeAttached();
		// A month's link lands on its heading.
		await page.goto(months.find((m) => m.endsWith('#month-2022-01'))!);
		await expect(page.locator('h2[id="month-2022-01"]')).toBeInViewport();
		await expect(page.locator(`li.event[id="${geneva.id}"]`)).toContainText(geneva.title);
		await expect(page.locator(`li.event[id="${natoRussiaCouncil.id}"]`)).toContainText(natoRussiaCouncil.title);
	});

	test('the page leads to every event it does not show: a hidden target each, and a link per run to its page', async ({ page }) => {
		await expectRecordIndexLeadsToEveryRecord(page, 'timeline', 'li.event', events.map((e) => e.id));
	});

	test('a permalink to an event on a month page shows where it is, with a link that lands on or just above it', async ({ page }) => {
		const event = await followPermalinkWithoutJs(page, 'timeline', 'li.event', geneva.id);
		await expect(event).toContainText(geneva.title);
	});
});
