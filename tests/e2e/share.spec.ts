import { test, expect } from './fixtures';

test.describe('embed view', () => {
	for (const path of ['/charts/troops', '/map']) {
		test(`${path}?embed shows the graphic with a credit line and no site chrome`, async ({ page, visit }) => {
			await visit(`${path}?embed`);
			await expect(page.getByRole('banner')).toHaveCount(0);
			await expect(page.getByRole('navigation', { name: 'Main' })).toHaveCount(0);
			await expect(page.getByRole('link', { name: 'Skip to content' })).toHaveCount(0);
			const credit = page.getByRole('contentinfo');
			await expect(credit).toContainText('every figure traced to its source');
			const full = credit.getByRole('link', { name: /Open the full view/ });
			await expect(full).toHaveAttribute('href', new RegExp(`${path.replace('/', '\\/')}$`));
		});
	}

	test('?embed is ignored on pages without an embed view', async ({ page, visit }) => {
		await visit('/timeline?embed');
		await expect(page.getByRole('navigation', { name: 'Main' })).toBeVisible();
	});
});

test('a chart’s share link copies its address with its state, and Embed gives the iframe code', async ({ page, context, visit }) => {
	await context.grantPermissions(['clipboard-read', 'clipboard-write']);
	await visit('/charts/troops');
	const frame = page.locator('figure.chart-frame').first();
	await frame.getByRole('link', { name: 'Share link' }).click();
	await expect(frame.getByRole('status').filter({ hasText: 'Link copied' })).toBeVisible();
	const copied = await page.evaluate(() => navigator.clipboard.readText());
	expect(new URL(copied).pathname).toBe('/charts/troops');
	await expect(page).toHaveURL(/\/charts\/troops$/);

	await frame.getByRole('button', { name: 'Embed' }).click();
	const dialog = page.getByRole('dialog', { name: 'Embed this graphic' });
	await expect(dialog).toBeVisible();
	const code = await dialog.getByLabel('Iframe code').inputValue();
	expect(code).toMatch(/^<iframe src="http:\/\/127\.0\.0\.1:\d+\/charts\/troops\?embed" title="[^"]+" width="100%" height="\d+"/);
	await dialog.getByRole('button', { name: 'Close' }).click();
	await expect(dialog).toBeHidden();
});
