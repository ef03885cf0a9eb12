import { readFileSync } from 'node:fs';
import { test, expect } from './fixtures';
import type { Dataset } from '../../src/lib/data/types';
import { dateRules, parseDatePhrase } from '../../src/lib/data/normalise/dates';
import { qualifierRules } from '../../src/lib/data/normalise/qualifiers';
import { formatInterval } from '../../src/lib/data/format';

// axe-core checks every entry of these long pages on each visit; give it room on a busy machine.
test.describe.configure({ timeout: 90_000 });

const dataset: Dataset = JSON.parse(readFileSync('src/lib/generated/dataset.json', 'utf8'));

test.describe('about', () => {
	test('explains the method with tables generated from the parser', async ({ page, visit }) => {
		await visit('/about');
		await expect(page.getByRole('heading', { level: 1 })).toHaveText('About and method');
		const dates = page.getByRole('table', { name: /Date words/ });
		await expect(dates.locator('tbody tr')).toHaveCount(dateRules.length);
		for (const rule of dateRules) {
			const parsed = parseDatePhrase(rule.example, rule.year);
			if (!parsed.ok || parsed.start === null) continue;
			const row = dates.locator('tbody tr').filter({ hasText: `“${rule.example}”` }).first();
			await expect(row).toContainText(formatInterval(parsed.start, parsed.end));
		}
		const qualifiers = page.getByRole('table', { name: /Qualifiers/ });
		await expect(qualifiers.locator('tbody tr')).toHaveCount(qualifierRules.length);
		await expect(qualifiers.locator('tbody tr').filter({ hasText: '“over 100,000”' })).toContainText('at least 100,000');
		await expect(page.getByRole('main')).toContainText(`${dataset.figures.length} figures`);
		await expect(page.getByRole('main')).toContainText(`${dataset.events.length} dated events`);
		for (const heading of ['What a front is', 'What “as of a date” means', 'Caveats', 'Licences and attribution']) {
			await expect(page.getByRole('heading', { name: heading })).toBeVisible();
		}
		for (const source of dataset.sources) await expect(page.getByRole('main')).toContainText(source.cite);
	});

	test('the contents links work from the keyboard', async ({ page, visit }) => {
		await visit('/about');
		const link = page.getByRole('navigation', { name: 'On this page' }).getByRole('link', { name: 'Caveats' });
		await link.focus();
		await page.keyboard.press('Enter');
		await expect(page).toHaveURL(/#caveats$/);
		await expect(page.getByRole('heading', { name: 'Caveats' })).toBeInViewport();
	});
});

test.describe('about without JavaScript', () => {
	test.use({ javaScriptEnabled: false });
	test('the method is in the page', async ({ page }) => {
		await page.goto('/about');
		await expect(page.getByRole('table', { name: /Date words/ }).locator('tbody tr')).toHaveCount(dateRules.length);
		await expect(page.getByRole('heading', { name: 'Caveats' })).toBeVisible();
		// Checked last: it removes the problems seen so far.
	});
});
