// The server (scripts/serve.mjs, which `npm start` runs) as a browser meets it at its limits.
import { test, expect } from './fixtures';

test('an address too long for the server gets a short page that says so, with status 431', async ({ page, allowProblem }) => {
	const response = await page.goto(`/sources?q=${'x'.repeat(20_000)}`);
	expect(response?.status()).toBe(431);
	await expect(page).toHaveTitle('Address too long · Buildup');
	await expect(page.getByRole('heading', { level: 1 })).toHaveText('This address is too long');
	await expect(page.locator('body')).toContainText('16 KB');
	// The page offers the same page without the query string.
	await page.getByRole('link', { name: 'Open /sources without it' }).click();
	await expect(page).toHaveURL(/\/sources$/);
	await expect(page.getByRole('heading', { level: 1 })).toHaveText('Sources');
	allowProblem((p) => (p.kind === 'http-error' && p.detail.startsWith('431 ')) || (p.kind === 'console-error' && p.detail.includes('status of 431')));
});

test('a path that is not plain is not offered as a link', async ({ page, allowProblem }) => {
	const response = await page.goto(`/%22%3E%3Cb%3Ex%3C/b%3E?q=${'x'.repeat(20_000)}`);
	expect(response?.status()).toBe(431);
	await expect(page.getByRole('link', { name: 'Open / without it' })).toHaveAttribute('href', '/');
	await expect(page.locator('b')).toHaveCount(0);
	allowProblem((p) => (p.kind === 'http-error' && p.detail.startsWith('431 ')) || (p.kind === 'console-error' && p.detail.includes('status of 431')));
});
