// The long lists when loading the rest of the list goes wrong: a slice that fails to arrive, or
// one from another version of the dataset (a stale cache). The reader is told, nothing is shown
// half-right, and trying again works.
import { test, expect } from './fixtures';

test.describe.configure({ timeout: 90_000 });

test('a slice that fails to load says so, and Try again loads it', async ({ page, visit, allowProblem }) => {
	let fail = true;
	await page.route('**/timeline/slices/**', (route) => (fail ? route.abort('failed') : route.continue()));
	await visit('/timeline');
	const events = page.locator('li.event');
	const before = await events.count();
	// Scrolling to the end of the list asks for the next slice.
	await page.evaluate(() => window.scrollTo(0, document.documentElement.scrollHeight));
	const alert = page.getByRole('alert').filter({ hasText: 'could not be loaded' });
	await expect(alert).toContainText('Failed to fetch');
	await expect(events).toHaveCount(before);
	fail = false;
	await alert.getByRole('button', { name: 'Try again' }).click();
	await expect(alert).toHaveCount(0);
	await expect.poll(() => events.count()).toBeGreaterThan(before);
	allowProblem((p) => p.kind === 'request-failed' && p.detail.includes('/timeline/slices/'));
	allowProblem((p) => p.kind === 'console-error' && /Failed to load resource|Failed to fetch/.test(p.detail));
});

test('a slice or search index of another dataset version is refused with a word to reload', async ({ page, visit }) => {
	for (const path of ['**/sources/slices/**', '**/sources/search.json']) {
		await page.route(path, async (route) => {
			const response = await route.fetch();
			const body = await response.json();
			await route.fulfill({ response, json: { ...body, version: 'something-older' } });
		});
	}
	await visit('/sources');
	const shown = await page.locator('article.entry').count();
	await page.evaluate(() => window.scrollTo(0, document.documentElement.scrollHeight));
	await expect(page.getByRole('alert').filter({ hasText: 'could not be loaded' })).toContainText('dataset version something-older');
	await expect(page.locator('article.entry')).toHaveCount(shown);
	await page.getByRole('searchbox', { name: 'Search' }).fill('geneva');
	await expect(page.getByRole('alert').filter({ hasText: 'search index' })).toContainText('reload the page');
});

for (const path of ['/sources', '/timeline']) {
	test(`${path}: the search index comes when the reader is about to search (focus, a mouse over the form), not with the page`, async ({ page, visit }) => {
		const asked: string[] = [];
		page.on('request', (request) => {
			if (request.url().endsWith(`${path}/search.json`)) asked.push(request.url());
		});
		const state = page.locator('[data-search-index]');
		await visit(path);
		await page.waitForLoadState('networkidle');
		expect(asked).toEqual([]);
		await expect(state).toHaveAttribute('data-search-index', 'idle');
		// A mouse over the search form.
		await page.getByRole('search').hover();
		await expect(state).toHaveAttribute('data-search-index', 'ready');
		expect(asked).toHaveLength(1);
		// A keyboard reader: tabbing into the search box, on a fresh page.
		await visit(path);
		await expect(state).toHaveAttribute('data-search-index', 'idle');
		await page.getByRole('searchbox', { name: 'Search' }).focus();
		await expect(state).toHaveAttribute('data-search-index', 'ready');
		expect(asked).toHaveLength(2);
		// Typing then answers from the index already there: no second fetch.
		await page.getByRole('searchbox', { name: 'Search' }).fill('russia');
		await expect(page).toHaveURL(/[?&]q=russia/);
		expect(asked).toHaveLength(2);
	});
}
