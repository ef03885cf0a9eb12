// Helpers for the long lists (/sources, /timeline): they show their first records and load the
// rest as the reader scrolls. Not a spec: imported by sources.spec.ts and timeline.spec.ts.
import { expect, type Locator, type Page } from '@playwright/test';

/**
 * Scrolls the list to its end the way a reader does: each time the "Show more" button comes near
 * the viewport the page loads the next records. Returns once the button is gone (the end).
 */
export async function scrollToEndOfList(page: Page, noun: 'records' | 'events', items: Locator): Promise<void> {
	const more = page.getByRole('button', { name: `Show more ${noun}` });
	const loading = page.getByText(`Loading ${noun}…`);
	for (let round = 0; round < 500; round++) {
		await expect(loading).toHaveCount(0);
		if ((await more.count()) === 0) return;
		const before = await items.count();
		await page.evaluate(() => window.scrollTo(0, document.documentElement.scrollHeight));
		await expect.poll(async () => (await items.count()) > before || (await more.count()) === 0).toBe(true);
	}
	throw new Error(`the list of ${noun} did not end`);
}
