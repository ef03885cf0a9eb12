import { readFileSync } from 'node:fs';
import { test, expect } from './fixtures';
import type { Dataset } from '../../src/lib/data/types';
import { formatInterval } from '../../src/lib/data/format';
import { expectRecordIndexLeadsToEveryRecord, followPermalinkWithoutJs, scrollToEndOfList } from './long-lists';

// axe-core checks every entry of these long pages on each visit; give it room on a busy machine.
test.describe.configure({ timeout: 90_000 });

const dataset: Dataset = JSON.parse(readFileSync('src/lib/generated/dataset.json', 'utf8'));
const total = dataset.figures.length + dataset.units.length + dataset.events.length;
const entries = 'article.entry:visible';
// The page is prerendered with this many records; the rest load as the reader scrolls.
const firstCount = 20;
// A figure whose words were normalised (date and/or qualifier), to check what the page says about it.
const normalised = dataset.figures.find((f) => f.normalisation.length > 0 && f.context_before !== '')!;
// The metric with the most figures other than troops, for the filter test.
const metricCounts = new Map<string, number>();
for (const f of dataset.figures) metricCounts.set(f.metric, (metricCounts.get(f.metric) ?? 0) + 1);
const btgCount = metricCounts.get('btgs') ?? 0;

test.describe('sources', () => {
	test('lists every record with its excerpt in context, source, licence and normalisation', async ({ page, visit }) => {
		await visit('/sources');
		await expect(page.getByRole('heading', { level: 1 })).toHaveText('Sources');
		// The first records come with the page; scrolling down brings the others.
		await expect(page.locator(entries)).toHaveCount(Math.min(total, firstCount));
		await scrollToEndOfList(page, 'records', page.locator(entries));
		await expect(page.locator(entries)).toHaveCount(total);
		expect(new Set(await page.locator(entries).evaluateAll((els) => els.map((e) => e.id))).size).toBe(total);
		const entry = page.locator(`article[id="${normalised.id}"]`);
		await expect(entry.locator('mark')).toHaveText(normalised.excerpt.replace(/\s+/g, ' '), { useInnerText: true });
		await expect(entry.locator('blockquote')).toContainText(normalised.context_before.trim().slice(-40));
		for (const line of normalised.normalisation) await expect(entry).toContainText(line);
		await expect(entry).toContainText(formatInterval(normalised.date_start, normalised.date_end));
		const estimator = dataset.estimators.find((e) => e.id === normalised.estimator)!;
		await expect(entry).toContainText(estimator.name);
		const source = dataset.sources.find((s) => s.id === normalised.source)!;
		await expect(entry.getByRole('link', { name: source.title })).toHaveAttribute('href', source.url);
		await expect(entry).toContainText(`${source.title}, ${source.licence}`);
	});

	test('a permalink scrolls to its entry and highlights it', async ({ page, visit }) => {
		const event = [...dataset.events].sort((a, b) => a.date_start.localeCompare(b.date_start)).at(-1)!;
		await visit(`/sources#${event.id}`);
		const entry = page.locator(`article[id="${event.id}"]`);
		await expect(entry).toBeInViewport();
		await expect(entry).toHaveClass(/\btarget\b/);
		await expect(entry).not.toHaveCSS('box-shadow', 'none');
		// Another entry is not highlighted.
		await expect(page.locator(`article.entry:not([id="${event.id}"])`).first()).toHaveCSS('box-shadow', 'none');
	});

	test('a permalink to a filtered-out record clears the filters to show it', async ({ page, visit }) => {
		const event = dataset.events[Math.floor(dataset.events.length / 2)];
		await visit(`/sources?type=figure#${event.id}`);
		const entry = page.locator(`article[id="${event.id}"]`);
		await expect(entry).toBeVisible();
		await expect(entry).toBeInViewport();
		await expect(page.getByText(`Filters cleared to show the record “${event.id}”`)).toBeVisible();
		await expect(page).toHaveURL(new RegExp(`/sources#${event.id}$`));
	});

	test('filters by metric, keep it in the URL across a reload, and clear', async ({ page, visit }) => {
		expect(btgCount).toBeGreaterThan(0);
		await visit('/sources');
		await page.getByLabel('Metric', { exact: true }).selectOption('btgs');
		await expect(page.locator(entries)).toHaveCount(btgCount);
		await expect(page).toHaveURL(/\/sources\?metric=btgs$/);
		await expect(page.getByRole('status').filter({ hasText: 'Showing' })).toContainText(`Showing ${btgCount} of ${total} records`);

		await page.reload();
		await page.waitForFunction(() => document.body.dataset.hydrated === 'true');
		await expect(page.getByLabel('Metric', { exact: true })).toHaveValue('btgs');
		await expect(page.locator(entries)).toHaveCount(btgCount);

		await page.getByRole('button', { name: 'Clear filters' }).first().click();
		await expect(page.getByRole('status').filter({ hasText: 'records' })).toContainText(`All ${total} records`);
		await scrollToEndOfList(page, 'records', page.locator(entries));
		await expect(page.locator(entries)).toHaveCount(total);
		await expect(page).toHaveURL(/\/sources$/);
	});

	test('filters by estimator, front and source, and searches', async ({ page, visit }) => {
		await visit('/sources');
		const estimator = normalised.estimator;
		await page.getByLabel('Estimator', { exact: true }).selectOption(estimator);
		const byEstimator = dataset.figures.filter((f) => f.estimator === estimator).length;
		await expect(page.getByRole('status').filter({ hasText: 'Showing' })).toContainText(`Showing ${byEstimator} of ${total} records`);
		await scrollToEndOfList(page, 'records', page.locator(entries));
		await expect(page.locator(entries)).toHaveCount(byEstimator);
		await page.getByLabel('Estimator', { exact: true }).selectOption('');

		const northFigures = dataset.figures.filter((f) => f.fronts.includes('north')).length;
		await page.getByLabel('Front', { exact: true }).selectOption('north');
		await page.getByLabel('Record', { exact: true }).selectOption('figure');
		await expect(page.locator(entries)).toHaveCount(northFigures);
		await expect(page).toHaveURL(/type=figure&front=north/);
		// "Show results" takes keyboard focus to the first section shown: the figures.
		await page.getByRole('button', { name: 'Show results' }).click();
		await expect(page.locator('section.records:not([hidden]) h2').first()).toBeFocused();
		await expect(page.locator(':focus')).toContainText('Figures');
		await page.getByLabel('Front', { exact: true }).selectOption('');
		await page.getByLabel('Record', { exact: true }).selectOption('');

		const source = dataset.sources[1] ?? dataset.sources[0];
		const fromSource = [...dataset.figures, ...dataset.units, ...dataset.events].filter((r) => r.source === source.id).length;
		await page.getByLabel('Source', { exact: true }).selectOption(source.id);
		await scrollToEndOfList(page, 'records', page.locator(entries));
		await expect(page.locator(entries)).toHaveCount(fromSource);
		await page.getByLabel('Source', { exact: true }).selectOption('');

		await page.getByRole('searchbox', { name: 'Search' }).fill(normalised.id);
		await expect(page.locator(`article[id="${normalised.id}"]`)).toBeVisible();
		await page.getByRole('searchbox', { name: 'Search' }).fill('zzzz no such words');
		await expect(page.getByText('No records match these filters.')).toBeVisible();
	});

	test('offers the dataset downloads with the version and how to cite', async ({ page, visit, request }) => {
		await visit('/sources');
		await expect(page.locator('.version')).toHaveText(new RegExp(`^Version ${dataset.version}\\b`));
		for (const file of ['figures.csv', 'events.csv', 'units.csv', 'places.csv', 'dataset.json']) {
			const link = page.getByRole('link', { name: file, exact: true });
			await expect(link).toBeVisible();
			const href = await link.evaluate((a) => (a as HTMLAnchorElement).href);
			const response = await request.get(href);
			expect(response.status(), href).toBe(200);
			const body = await response.text();
			if (file === 'figures.csv') expect(body.replace(/^\uFEFF/, '').split('\n')[0]).toMatch(/^id,metric,/);
			if (file === 'dataset.json') expect(JSON.parse(body).version).toBe(dataset.version);
		}
		const cite = page.locator('#cite').locator('..');
		await expect(cite).toContainText(dataset.version);
		for (const source of dataset.sources) await expect(cite).toContainText(source.cite);
	});

	test('is usable with the keyboard', async ({ page, visit }) => {
		await visit('/sources');
		const search = page.getByRole('searchbox', { name: 'Search' });
		for (let i = 0; i < 40 && !(await search.evaluate((el) => el === document.activeElement)); i++) {
			await page.keyboard.press('Tab');
		}
		await expect(search).toBeFocused();
		await page.keyboard.press('Tab');
		await expect(page.getByLabel('Record', { exact: true })).toBeFocused();
	});
});

test.describe('sources without JavaScript', () => {
	test.use({ javaScriptEnabled: false });
	const all = [...dataset.figures, ...dataset.units, ...dataset.events];

	test('every record is on the page or on a page it links to, each once', async ({ page }) => {
		await page.goto('/sources');
		await expect(page.locator('article.entry')).toHaveCount(Math.min(total, firstCount));
		const seen = await page.locator('article.entry').evaluateAll((els) => els.map((e) => e.id));
		// The index by month is folded under the search form; it opens without JavaScript.
		await page.getByText('Every record, month by month').click();
		const months = page.getByRole('navigation', { name: 'Every record, month by month' }).getByRole('link');
		// Each month links to its place on a page of records; several months may share a page.
		const pages = [...new Set(await months.evaluateAll((as) => as.map((a) => (a as HTMLAnchorElement).href.replace(/#.*/, ''))))];
		expect(pages.length).toBeGreaterThan(0);
		for (const href of pages) {
			await page.goto(href);
			await expect(page.locator('main h1')).toBeVisible();
			seen.push(...(await page.locator('article.entry').evaluateAll((els) => els.map((e) => e.id))));
		}
		// After the first records the page says where to read on: the page with the next one.
		const byDate = (a: { date_start: string; date_end: string; id: string }, b: typeof a) =>
			a.date_start.localeCompare(b.date_start) || a.date_end.localeCompare(b.date_end) || a.id.localeCompare(b.id);
		const next = [...dataset.figures].sort(byDate)[firstCount];
		if (next) {
			await page.goto('/sources');
			await page.getByRole('link', { name: /^read on from figures, / }).click();
			await expect(page.locator(`article[id="${next.id}"]`)).toBeAttached();
		}
		// Each record on its page (the first ones also on /sources itself).
		expect(seen.length).toBe(total + Math.min(total, firstCount));
		expect([...new Set(seen)].sort()).toEqual(all.map((r) => r.id).sort());
	});

	test('the page leads to every record it does not show: a hidden target each, and a link per run to its page', async ({ page }) => {
		await expectRecordIndexLeadsToEveryRecord(page, 'sources', 'article.entry', all.map((r) => r.id));
	});

	test('a permalink to a record on another page shows where it is, with a link that lands on or just above it', async ({ page }) => {
		// The last figure: neither on /sources nor (usually) the first of its run.
		const figure = dataset.figures.at(-1)!;
		const entry = await followPermalinkWithoutJs(page, 'sources', 'article.entry', figure.id);
		await expect(entry).toContainText(figure.excerpt.replace(/\s+/g, ' ').slice(0, 40));
		await entry.scrollIntoViewIfNeeded();
		await expect(entry).toBeInViewport();
	});

	test('a permalink to one of the first records lands on it on /sources itself', async ({ page }) => {
		await page.goto('/sources');
		const firstId = await page.locator('article.entry').nth(1).getAttribute('id');
		await page.goto(`/sources#${firstId}`);
		const entry = page.locator(`article[id="${firstId}"]`);
		await expect(entry).toBeInViewport();
		await expect(entry).not.toHaveCSS('box-shadow', 'none');
	});
});
