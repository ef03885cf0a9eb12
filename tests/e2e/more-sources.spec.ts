/**
 * The site with more sources: the repository's data plus a third source added with the real
 * `add-source` (tests/fixtures/extract/site/: a test text and three figures for it), built into a
 * temporary folder with scripts/build-site-copy.mjs and served on a free port for this file's tests.
 * Every place that credits sources must list all three; the Sources page's filter works per source;
 * the candidates add-source wrote are never published.
 */
import { cpSync, copyFileSync, mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { parse } from 'yaml';
import type { Page } from '@playwright/test';
import { test as base, expect, waitForMapDrawn, waitForApp } from './fixtures';
import { buildSiteCopy } from '../../scripts/build-site-copy.mjs';
import { serve } from '../../scripts/serve.mjs';
import { resolveBuildOptions } from '../../src/lib/server/build';
import { addSource } from '../../src/lib/server/extract-source';
import type { Dataset } from '../../src/lib/data/types';
import { sourceCredits } from '../../src/lib/site';

const fixture = join('tests', 'fixtures', 'extract', 'site');
const third = { id: 'monitor-briefing', title: "Monitoring briefing: forces near Ukraine's borders (test fixture)", publisher: 'Buildup test fixtures' };

interface Site {
	url: string;
	dataset: Dataset;
	candidates: { id: string; excerpt: string }[];
}

const test = base.extend<object, { site: Site }>({
	site: [
		// eslint-disable-next-line no-empty-pattern
		async ({}, use) => {
			const work = mkdtempSync(join(tmpdir(), 'buildup-more-sources-'));
			const { dataDir, sourcesDir } = resolveBuildOptions();
			const data = join(work, 'data');
			const sources = join(work, 'sources');
			cpSync(dataDir, data, { recursive: true });
			cpSync(sourcesDir, sources, { recursive: true });
			const added = addSource({
				file: join(fixture, 'monitor-briefing.txt'),
				id: third.id,
				title: third.title,
				publisher: third.publisher,
				url: 'https://example.org/monitor-briefing',
				date: '2022-02-11',
				licence: 'CC0 1.0',
				dataDir: data,
				sourcesDir: sources
			});
			copyFileSync(join(fixture, 'figures.yaml'), join(data, 'figures', `${third.id}.yaml`));
			const out = join(work, 'build');
			buildSiteCopy({ dataDir: data, sourcesDir: sources, out, log: () => {} });
			const { server, url } = (await serve({ dir: out, port: 0 })) as { server: import('node:http').Server; url: string };
			const dataset = JSON.parse(readFileSync(join(out, 'data', 'dataset.json'), 'utf8')) as Dataset;
			const candidates = (parse(readFileSync(added.candidatesFile, 'utf8')) as { id: string; excerpt: string }[]).map(({ id, excerpt }) => ({ id, excerpt }));
			await use({ url, dataset, candidates });
			await new Promise((done) => server.close(done));
			rmSync(work, { recursive: true, force: true });
		},
		{ scope: 'worker', timeout: 420_000 }
	],
	baseURL: async ({ site }, use) => use(site.url)
});

/** Opens a page and waits for the app (axe runs on these pages in quality.spec.ts, not again here). */
async function open(page: Page, path: string): Promise<void> {
	await page.goto(path);
	await waitForApp(page, 20_000);
}

test.describe('the site with more sources', () => {
	// Long pages on a shared machine: more time than the default 30 s.
	test.describe.configure({ timeout: 90_000 });

	test('the built dataset has the third source and its figures, and no candidate', async ({ site }) => {
		expect(site.dataset.sources.map((s) => s.id)).toEqual(['prelude', 'negotiations', third.id]);
		expect(site.dataset.figures.filter((f) => f.source === third.id).map((f) => f.id).sort()).toEqual(['monitor-troops-2022-01-14', 'monitor-troops-2022-02-10', 'monitor-troops-belarus-2022-02-10']);
		expect(site.candidates.length).toBeGreaterThan(0);
		const ids = new Set([...site.dataset.figures, ...site.dataset.units].map((r) => r.id));
		for (const c of site.candidates) expect(ids.has(c.id), `candidate ${c.id} is not published`).toBe(false);
	});

	test('the Sources page cites every source and filters per source; candidates are not there', async ({ page, site }) => {
		await open(page, '/sources');
		const cite = page.locator('#cite').locator('..');
		for (const source of site.dataset.sources) {
			await expect(cite).toContainText(source.cite);
			await expect(cite.getByRole('link', { name: source.title, exact: true })).toBeVisible();
		}
		await expect(cite).toContainText(`“${site.dataset.sources[1].title}”, ${site.dataset.sources[1].publisher}; and “${third.title}”`);
		const all = [...site.dataset.figures, ...site.dataset.units, ...site.dataset.events];
		for (const source of site.dataset.sources) {
			const expected = all.filter((r) => r.source === source.id);
			await page.getByLabel('Source', { exact: true }).selectOption(source.id);
			// The list shows its first records and loads the rest as the reader scrolls: the count is in the status line.
			await expect(page.getByRole('status').filter({ hasText: 'Showing' })).toContainText(`Showing ${expected.length} of ${all.length} records`);
			if (source.id === third.id) {
				for (const f of expected) await expect(page.locator(`article[id="${f.id}"]`)).toContainText(third.title);
			}
		}
		await page.getByLabel('Source', { exact: true }).selectOption('');
		for (const c of site.candidates) await expect(page.locator(`[id="${c.id}"]`)).toHaveCount(0);
	});

	test('the footer credits every source on every page', async ({ page, site }) => {
		for (const path of ['/', '/charts', '/timeline', '/about']) {
			await open(page, path);
			const footer = page.locator('footer.site-footer');
			for (const source of site.dataset.sources) await expect(footer.getByRole('link', { name: `“${source.title}”` })).toBeVisible();
			await expect(footer).toContainText('Wikipedia contributors');
		}
	});

	test('the charts’ source lines name the sources of what they draw', async ({ page, site }) => {
		await open(page, '/charts/troops');
		const line = page.locator('.source').first();
		await expect(line).toContainText(`${third.publisher}, “${third.title}”`);
		const prelude = site.dataset.sources.find((s) => s.id === 'prelude')!;
		await expect(line).toContainText(`${prelude.publisher}, “${prelude.title}”`);
		// The support chart draws no figure of the third source: its line does not claim it.
		await open(page, '/charts/support');
		await expect(page.locator('.source').first()).not.toContainText(third.title);
	});

	test('the map’s credit line lists every source', async ({ page, site }) => {
		await open(page, '/map');
		await waitForMapDrawn(page);
		const credit = page.locator('.map-col .credit');
		await expect(credit).toContainText('Data: ');
		for (const { by } of sourceCredits(site.dataset.sources)) await expect(credit).toContainText(by);
	});
});
