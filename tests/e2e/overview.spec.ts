import { readFileSync } from 'node:fs';
import { test, expect } from './fixtures';
import { selectHeadlines } from '../../src/lib/overview/headlines';
import { formatFigureValue } from '../../src/lib/data/format';
import type { Dataset } from '../../src/lib/data/types';

const dataset: Dataset = JSON.parse(readFileSync('src/lib/generated/dataset.json', 'utf8'));
const headlines = selectHeadlines(dataset);

test('the headline figures are the dataset records, each with its excerpt and a link to its source entry', async ({ page, visit }) => {
	await visit('/');
	const cards = page.getByRole('region', { name: 'Headline figures' }).getByRole('article');
	await expect(cards).toHaveCount(headlines.length);
	for (const [i, headline] of headlines.entries()) {
		const card = cards.nth(i);
		await expect(card.getByRole('heading')).toHaveText(headline.label);
		if (headline.kind === 'figure') {
			const record = dataset.figures.find((f) => f.id === headline.figure.id)!;
			await expect(card).toContainText(formatFigureValue(record));
			await expect(card).toContainText(record.excerpt);
			await expect(card.getByRole('link', { name: 'Source and context' })).toHaveAttribute('href', new RegExp(`/sources#${record.id}$`));
		} else {
			await expect(card).toContainText('Derived');
			await expect(card).toContainText(String(headline.value));
		}
	}
});

test('the six small maps each open the full map at their date', async ({ page, visit }) => {
	await visit('/');
	const fronts = page.getByRole('region', { name: 'The fronts' });
	const maps = fronts.getByRole('link', { name: /^\d{1,2} \w{3} 20\d\d\b/ });
	await expect(maps).toHaveCount(6);
	const november = fronts.getByRole('link', { name: /^21 Nov 2021\b/ });
	await expect(november).toHaveAttribute('href', /\/map\?date=2021-11-21$/);
	await expect(fronts.getByRole('link', { name: /^25 Jan 2022\b.*formations at Belarus/ })).toHaveCount(1);
	await november.click();
	await expect(page).toHaveURL(/\/map\?date=2021-11-21$/);
	await expect(page.getByTestId('known-date')).toHaveText('21 Nov 2021');
});

test('the main troop chart is on the overview, drawn from the dataset', async ({ page, visit }) => {
	await visit('/');
	await expect(page.getByRole('heading', { name: 'Russian forces near Ukraine, by estimator' })).toBeVisible();
	await expect(page.locator('svg.chart-svg').first()).toBeVisible();
});

test.describe('without JavaScript', () => {
	test.use({ javaScriptEnabled: false });
	test('the overview reads: headlines, chart, table and small map are in the HTML', async ({ page }) => {
		await page.goto('/');
		await expect(page.getByRole('heading', { level: 1 })).toHaveText("Russia's buildup around Ukraine");
		const first = headlines.find((h) => h.kind === 'figure');
		if (first?.kind === 'figure') await expect(page.getByRole('article').first()).toContainText(first.figure.excerpt);
		await expect(page.locator('svg.chart-svg').first()).toBeVisible();
		await expect(page.getByRole('table').first()).toBeAttached();
		await expect(page.getByRole('region', { name: 'The fronts' }).getByRole('link', { name: /^23 Feb 2022\b/ })).toBeVisible();
	});
});
