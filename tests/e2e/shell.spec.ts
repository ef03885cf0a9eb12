import { test, expect } from './fixtures';

test('the overview opens with the site title, navigation and source credits', async ({ page, visit }) => {
	await visit('/');
	await expect(page).toHaveTitle(/Buildup/);
	await expect(page.getByRole('heading', { level: 1 })).toContainText('buildup');
	const nav = page.getByRole('navigation', { name: 'Main' });
	await expect(nav.getByRole('link', { name: 'Overview' })).toHaveAttribute('aria-current', 'page');
	const footer = page.getByRole('contentinfo');
	await expect(footer).toContainText('Wikipedia contributors');
	await expect(footer).toContainText('Politics Stack Exchange');
	await expect(footer.getByRole('link', { name: 'CC BY-SA 4.0' })).toHaveAttribute(
		'href',
		'https://creativecommons.org/licenses/by-sa/4.0/'
	);
});

test('an unknown address shows the not-found page with status 404', async ({ page, allowProblem }) => {
	const response = await page.goto('/no-such-page');
	expect(response?.status()).toBe(404);
	await expect(page.getByRole('heading', { level: 1 })).toHaveText('Page not found');
	await expect(page.getByRole('link', { name: 'Go to the overview' })).toBeVisible();
	// The 404 status is what this test is about; the browser logs it as a resource error.
	allowProblem((p) => p.kind === 'http-error' || (p.kind === 'console-error' && p.detail.includes('404')));
});

test('the skip link moves keyboard focus to the main content', async ({ page, visit }) => {
	await visit('/');
	await page.keyboard.press('Tab');
	const skip = page.getByRole('link', { name: 'Skip to content' });
	await expect(skip).toBeFocused();
	await page.keyboard.press('Enter');
	await expect(page).toHaveURL(/#main$/);
});

test('each page with an app is painted before its modules are asked for, and then starts', async ({ page, visit }) => {
	// src/lib/server/start-after-paint.ts: the prerendered page paints first; the app's modules
	// (all of them preloaded at once, not as a chain of imports) are fetched after that.
	for (const path of ['/', '/map', '/charts', '/charts/troops', '/sources', '/timeline']) {
		await visit(path);
		const seen = await page.evaluate(() => {
			const modules = performance.getEntriesByType('resource').filter((r) => r.name.includes('/_app/immutable/') && r.name.endsWith('.js'));
			return {
				paint: performance.getEntriesByName('first-contentful-paint')[0]?.startTime ?? null,
				firstModule: Math.min(...modules.map((r) => r.startTime)),
				modules: modules.length,
				preloads: document.querySelectorAll('link[rel=modulepreload]').length
			};
		});
		expect(seen.paint, `${path}: a first contentful paint`).not.toBeNull();
		expect(seen.modules, path).toBeGreaterThan(0);
		expect(seen.firstModule, `${path}: the first module is asked for after the first contentful paint`).toBeGreaterThan(seen.paint!);
		expect(seen.preloads, `${path}: the modulepreload tags are added back by the start script`).toBeGreaterThan(0);
	}
});
