// Helpers for the long lists (/sources, /timeline): they show their first records and load the
// rest as the reader scrolls. Not a spec: imported by sources.spec.ts and timeline.spec.ts.
import { expect, type Locator, type Page } from '@playwright/test';
import { runLength } from '../../src/lib/lists/record-index';

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

/**
 * Without JavaScript: the list's page (/sources, /timeline) carries a hidden target for every
 * record it does not show (src/lib/lists/record-index.ts), in runs of at most `runLength`, each run
 * with one link to the chunk page at its first record. Checks that the page's records and the
 * targets are `ids`, each once, and, page by page, that every run's link lands on a record from
 * which the run's records follow in order: so every permalink leads to its record.
 */
export async function expectRecordIndexLeadsToEveryRecord(page: Page, list: 'sources' | 'timeline', item: string, ids: readonly string[]) {
	await page.goto(`/${list}`);
	const onPage = await page.locator(item).evaluateAll((els) => els.map((e) => e.id));
	const runs = await page.locator('.record-index > li > p').evaluateAll((ps) =>
		ps.map((p) => ({
			targets: [...p.querySelectorAll('i')].map((i) => i.id),
			links: [...p.querySelectorAll('a')].map((a) => (a as HTMLAnchorElement).href)
		}))
	);
	expect([...onPage, ...runs.flatMap((r) => r.targets)].sort()).toEqual([...ids].sort());
	for (const run of runs) {
		expect(run.targets.length).toBeGreaterThan(0);
		expect(run.targets.length).toBeLessThanOrEqual(runLength);
		expect(run.links).toHaveLength(1);
	}
	const byPage = new Map<string, typeof runs>();
	for (const run of runs) {
		const href = run.links[0].replace(/#.*/, '');
		byPage.set(href, [...(byPage.get(href) ?? []), run]);
	}
	for (const [href, pageRuns] of byPage) {
		expect(new URL(href).pathname).toMatch(new RegExp(`^/${list}/[0-9a-z-]+$`));
		await page.goto(href);
		const pageIds = await page.locator(item).evaluateAll((els) => els.map((e) => e.id));
		for (const run of pageRuns) {
			const at = pageIds.indexOf(decodeURIComponent(new URL(run.links[0]).hash.slice(1)));
			expect(at, `${run.links[0]} lands on a record of its page`).toBeGreaterThanOrEqual(0);
			expect(pageIds.slice(at, at + run.targets.length)).toEqual(run.targets);
		}
	}
}

/**
 * Without JavaScript: /<list>#<id> for a record not on the list's page shows where it is (its
 * chunk page and one link, nothing else of the index), and the link opens that page at the record
 * or at most `runLength` − 1 records above it.
 */
export async function followPermalinkWithoutJs(page: Page, list: 'sources' | 'timeline', item: string, id: string) {
	await page.goto(`/${list}#${id}`);
	const target = page.locator(`.record-index i[id="${id}"]`);
	await expect(target).toBeInViewport();
	expect(await target.evaluate((el) => el.matches(':target'))).toBe(true);
	expect(await target.evaluate((el) => getComputedStyle(el, '::before').content)).toContain(`Record “${id}”`);
	await expect(page.locator('.record-index > li:visible')).toHaveCount(1);
	await expect(page.locator('.record-index > li:visible > span')).toBeVisible();
	const link = page.locator('.record-index a:visible');
	await expect(link).toHaveCount(1);
	await expect(link).toHaveAccessibleName(`open that page at the record or up to ${runLength - 1} records before it`);
	await link.click();
	await expect(page).toHaveURL(new RegExp(`/${list}/[0-9a-z-]+#[0-9a-z-]+$`));
	const landed = decodeURIComponent(new URL(page.url()).hash.slice(1));
	await expect(page.locator(`${item}[id="${landed}"]`)).toBeInViewport();
	const pageIds = await page.locator(item).evaluateAll((els) => els.map((e) => e.id));
	const below = pageIds.indexOf(id) - pageIds.indexOf(landed);
	expect(below, `${id} is at or after ${landed} on ${page.url()}`).toBeGreaterThanOrEqual(0);
	expect(below).toBeLessThan(runLength);
	return page.locator(`${item}[id="${id}"]`);
}
