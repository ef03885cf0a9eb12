// Proves that the fixture's guards fire: each check here makes a page misbehave on purpose and
// asserts that the guard reports it. A guard that never fires would let every page test pass.
import { test as plainTest, expect } from '@playwright/test';
import { test, watchPage, accessibilityViolations, gateCovers } from './fixtures';

plainTest.describe('page guard', () => {
	// The site's CSP would stop these requests in the browser before the guard sees them; the guard
	// must catch them anyway (a host may serve the pages without the policy), so the policy is
	// bypassed here. tests/e2e/quality.spec.ts checks the policy itself.
	plainTest.use({ bypassCSP: true });
	plainTest('reports and blocks a request to another origin', async ({ page, baseURL }) => {
		const origin = new URL(baseURL!).origin;
		const problems = await watchPage(page, origin);
		await page.goto('/');
		await page.evaluate(() => {
			const img = document.createElement('img');
			img.src = 'http://tiles.example.invalid/5/17/11.png';
			img.alt = '';
			document.body.append(img);
		});
		await expect
			.poll(() => problems.filter((p) => p.kind === 'off-origin').map((p) => p.detail))
			.toEqual(['http://tiles.example.invalid/5/17/11.png']);
	});

	plainTest('reports an uncaught page error and a console error', async ({ page, baseURL }) => {
		const problems = await watchPage(page, new URL(baseURL!).origin);
		await page.goto('/');
		await page.evaluate(() => {
			console.error('deliberate console error');
			setTimeout(() => {
				throw new Error('deliberate uncaught error');
			});
		});
		await expect.poll(() => problems.map((p) => p.kind).sort()).toEqual(['console-error', 'page-error']);
	});

	plainTest('reports a failed same-origin request', async ({ page, baseURL }) => {
		const problems = await watchPage(page, new URL(baseURL!).origin);
		await page.goto('/');
		await page.evaluate(() => fetch('/data/does-not-exist.json').catch(() => undefined));
		await expect.poll(() => problems.some((p) => p.kind === 'http-error' && p.detail.includes('does-not-exist'))).toBe(true);
	});

	plainTest('axe reports an image without a text alternative', async ({ page }) => {
		await page.goto('/');
		expect(await accessibilityViolations(page)).toEqual([]);
		await page.evaluate(() => {
			const img = document.createElement('img');
			img.src = '/favicon.svg';
			document.querySelector('main')!.append(img);
		});
		const ids = (await accessibilityViolations(page)).map((v) => v.id);
		expect(ids).toContain('image-alt');
	});
});

// The whole fixture, end to end: a page that asks another origin for something must fail the
// test at teardown. `test.fail()` inverts the outcome, so this passes only if the guard fails it.
test.describe('without the CSP', () => {
	// The CSP alone would refuse the script (and the refusal would fail the test for another
	// reason); bypassing it lets the request go out, so it is the off-origin guard that fires.
	test.use({ bypassCSP: true });
	test('a page visit that requests another origin fails its test', async ({ page, visit }) => {
		test.fail(true, 'the off-origin guard must fail this test');
		await visit('/');
		await page.evaluate(() => {
			const script = document.createElement('script');
			script.src = 'https://cdn.example.invalid/lib.js';
			document.head.append(script);
		});
		await page.waitForTimeout(300);
	});
});

test('a page visit with an accessibility violation fails its test', async ({ page, visit }) => {
	test.fail(true, 'the axe guard must fail this visit');
	// Serve the overview with an image that has no text alternative (outside the app's root, so
	// hydration leaves it in place).
	await page.route((url) => url.pathname === '/', async (route) => {
		const response = await route.fetch();
		const html = (await response.text()).replace('</body>', '<img src="/favicon.svg"></body>');
		await route.fulfill({ response, body: html });
	});
	// The gate covers '/' as loaded, so visit() would leave axe to it: ask for it here.
	await visit('/', { axe: true });
});

test('visit() leaves axe to the quality gate only where the gate looks', () => {
	expect(gateCovers('/')).toBe(true);
	expect(gateCovers('/sources#some-id')).toBe(true);
	expect(gateCovers('/map?date=2022-02-15')).toBe(false);
	expect(gateCovers('/no-such-page')).toBe(false);
	expect(gateCovers('/charts', 360), 'the gate checks 360 px in dark mode only').toBe(false);
});
