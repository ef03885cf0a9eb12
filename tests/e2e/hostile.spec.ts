// Hostile input on every prerendered page (found in build/, so pages added later are covered):
// fuzzed URL parameters and fragments — empty, huge, unicode, NUL, script-like, bad dates,
// malformed percent-encoding — must never break a page (no page error, no console error, the
// heading still shows) and must never be reflected as markup (no element made from a payload, no
// dialog, no inline handler, no CSP violation). And data text with HTML-like characters is shown
// as text: the record whose excerpt holds `&` reads literally wherever it is listed.
import { readFileSync } from 'node:fs';
import { test, expect, recordCspViolations, cspViolations, waitForApp } from './fixtures';
import type { Page } from '@playwright/test';
import type { Dataset } from '../../src/lib/data/types';
import { pagePaths, buildDir as defaultBuildDir } from '../../scripts/transfer.mjs';

const pages = pagePaths(process.env.E2E_BUILD_DIR ?? defaultBuildDir);
const dataset: Dataset = JSON.parse(readFileSync('src/lib/generated/dataset.json', 'utf8'));
const chartIds = pages.filter((p) => p.startsWith('/charts/')).map((p) => p.slice('/charts/'.length));

// Every parameter a page of this site reads (map date; timeline and sources filters; chart
// choices), plus a few plausible ones. `embed` is fuzzed on its own: it changes the layout.
const params = [
	'date', 'q', 'type', 'metric', 'estimator', 'estimators', 'front', 'source', 'category', 'actor',
	'order', 'view', 'hide', 'events', 'speed', 'from', 'to',
	...chartIds.flatMap((id) => [`${id}-hide`, `${id}-events`, `${id}-view`])
];

const SCRIPT = '<script>alert(1)</script>';
const IMG = '"><img src=x onerror=alert(1)>';
const huge = (seed: string) => seed.repeat(Math.ceil(10_000 / seed.length)).slice(0, 10_000);

/** A query string that sets `params` to `value` (URL-encoded), with overrides per name. */
function query(value: string, overrides: Record<string, string> = {}): string {
	const search = new URLSearchParams();
	for (const name of params) search.set(name, overrides[name] ?? value);
	return search.toString();
}

interface Case {
	label: string;
	/** Appended to the page path: '?…' or '#…'. */
	suffix: string;
	/** The page shows its embed view: its h1 may be left out. */
	embed?: boolean;
}

// The server (Node's http) refuses request heads over 16 KB, so the 10,000-character values go
// one parameter at a time, in plain ASCII.
const cases: Case[] = [
	{ label: 'empty values', suffix: '?' + query('') },
	{ label: 'script tag', suffix: '?' + query(SCRIPT) },
	{ label: 'attribute break-out with img onerror', suffix: '?' + query(IMG) },
	{ label: 'javascript: URL', suffix: '?' + query('javascript:alert(1)') },
	{ label: 'unicode, RTL override, combining mark, NUL', suffix: '?' + query('Київ 🇺🇦 \u202egnp.exe e\u0301 \u0000 ﷽') },
	{ label: 'list with empties, markup and entities', suffix: '?' + query(`a,,<b>x</b>,&amp;,${','.repeat(20)}"'\``) },
	{ label: 'date 2022-02-30, others 0000-01-01', suffix: '?' + query('0000-01-01', { date: '2022-02-30' }) },
	{ label: 'date 0000-01-01, others 9999-12-31', suffix: '?' + query('9999-12-31', { date: '0000-01-01' }) },
	{ label: 'date 9999-12-31, others NaN', suffix: '?' + query('NaN', { date: '9999-12-31' }) },
	{ label: 'date -1, others Infinity', suffix: '?' + query('Infinity', { date: '-1' }) },
	{ label: 'malformed percent-encoding', suffix: '?' + params.map((p) => `${p}=%E0%A4%A`).join('&') + '&%=%&date=%' },
	{ label: 'repeated parameters', suffix: '?' + params.map((p) => `${p}=1&${p}=${encodeURIComponent(SCRIPT)}`).join('&') },
	{ label: 'huge date', suffix: '?date=' + huge('9') },
	{ label: 'huge q', suffix: '?q=' + huge('x') },
	{ label: 'huge list', suffix: `?estimator=${huge('a,')}&category=${huge('b,')}`.slice(0, 14_000) },
	{ label: 'embed (bare)', suffix: '?embed', embed: true },
	{ label: 'embed=false', suffix: '?embed=false' },
	{ label: 'embed with a script tag', suffix: '?embed=' + encodeURIComponent(SCRIPT), embed: true },
	{ label: 'huge embed', suffix: '?embed=' + huge('1'), embed: true },
	{ label: 'fragment with img onerror', suffix: '?f=1#' + encodeURIComponent(IMG) },
	{ label: 'malformed fragment', suffix: '?f=2#%E0%A4%A' },
	{ label: 'fragment javascript:', suffix: '?f=3#javascript:alert(1)' }
];

test.describe.configure({ timeout: 180_000 });

/** What a payload could have left in the page, as markup rather than text. */
async function injected(page: Page): Promise<string[]> {
	const markup = await page.evaluate(() => {
		const found: string[] = [];
		for (const el of document.querySelectorAll('*')) {
			for (const attr of el.attributes) {
				if (/^on/i.test(attr.name)) found.push(`<${el.localName} ${attr.name}>`);
				if (/^(href|src|action|formaction|xlink:href)$/i.test(attr.name) && /^\s*javascript:/i.test(attr.value)) {
					found.push(`<${el.localName} ${attr.name}="${attr.value.slice(0, 30)}">`);
				}
			}
		}
		if (document.querySelector('img[src="x"]')) found.push('<img src=x>');
		for (const script of document.scripts) if (script.text.includes('alert(1)')) found.push('<script>alert(1)</script>');
		if (document.querySelector('b') && [...document.querySelectorAll('b')].some((b) => b.textContent === 'x')) found.push('<b>x</b>');
		return found;
	});
	return [...markup, ...(await cspViolations(page)).map((v) => `CSP violation: ${v}`)];
}

/** Records every dialog (an alert would mean injected script ran) and every CSP violation. */
async function watchDialogsAndCsp(page: Page): Promise<string[]> {
	const dialogs: string[] = [];
	page.on('dialog', (dialog) => {
		dialogs.push(dialog.message());
		void dialog.dismiss();
	});
	await recordCspViolations(page);
	return dialogs;
}

test('the checks can fail: markup injected by hand is found, and the CSP stops its handler', async ({ page, allowProblem }) => {
	const dialogs = await watchDialogsAndCsp(page);
	await page.goto('/');
	// After hydration, which would otherwise remove the injected nodes as not its own.
	await page.locator('body[data-hydrated]').waitFor({ state: 'attached' });
	await page.evaluate((markup) => document.querySelector('main')!.insertAdjacentHTML('beforeend', markup), IMG);
	await expect.poll(() => injected(page)).toEqual(
		expect.arrayContaining(['<img onerror>', '<img src=x>', expect.stringMatching(/^CSP violation: script-src-attr/)])
	);
	expect(dialogs, 'the inline handler did not run').toEqual([]);
	// The browser reports the refused handler and the missing /x; both are the point here.
	allowProblem((p) => /Content Security Policy|\/x\b|404/.test(p.detail));
});

for (const path of pages) {
	test(`${path} survives hostile URL parameters and fragments`, async ({ page, pageProblems, allowProblem }) => {
		const dialogs = await watchDialogsAndCsp(page);
		// Leaving a page cancels what it still loads (the favicon, say): not a fault of the page.
		const cancelled = (p: { kind: string; detail: string }) => p.kind === 'request-failed' && p.detail.endsWith('(net::ERR_ABORTED)');
		for (const c of cases) {
			allowProblem(cancelled);
			const before = pageProblems.length;
			// Every case has its own query or fragment after a query, so each is a new document.
			await page.goto(path + c.suffix);
			await waitForApp(page, 15_000);
			// Let effects that read the URL run (notices, clamping, filters).
			await page.waitForTimeout(150);
			const where = `${path} with ${c.label}`;
			if (c.embed) {
				await expect.soft(page.locator('main'), `${where}: main is shown`).toBeVisible();
				expect.soft((await page.locator('main').innerText()).trim().length, `${where}: main has text`).toBeGreaterThan(10);
			} else {
				await expect.soft(page.locator('main h1').first(), `${where}: the heading shows`).toBeVisible();
			}
			expect.soft(await injected(page), `${where}: markup made from the payload`).toEqual([]);
			// A notice quotes the input it ignored, cut short (lib/filters/quote.ts): the huge cases are 10,000 characters.
			const longestNotice = await page.locator('[role="status"], [role="alert"], .notice').evaluateAll((els) => Math.max(0, ...els.map((e) => (e.textContent ?? '').length)));
			expect.soft(longestNotice, `${where}: the longest notice (characters)`).toBeLessThan(1_000);
			expect.soft(dialogs, `${where}: dialogs`).toEqual([]);
			await page.waitForLoadState('load');
			expect.soft(pageProblems.slice(before).filter((p) => !cancelled(p)).map((p) => `${p.kind}: ${p.detail.slice(0, 200)}`), `${where}: errors`).toEqual([]);
		}
		allowProblem(cancelled);
	});
}

// Data text that looks like markup is shown as text. The dataset holds an excerpt with `&`
// ("DPR & LPR"); every element that carries a record's id must show the record's excerpt (if it
// shows it at all) exactly as the dataset has it, not escaped twice and not parsed.
const records = [...dataset.figures, ...dataset.units, ...dataset.events];
const markupLike = records.filter((r) => /[<>&]/.test(r.excerpt));
const squash = (s: string) => s.replace(/\s+/g, ' ').trim();

test('the dataset has an excerpt with markup-like characters to check', () => {
	expect(markupLike.length).toBeGreaterThan(0);
});

for (const path of pages) {
	test(`${path} shows excerpts with <, > or & literally`, async ({ page }) => {
		await page.goto(path);
		await waitForApp(page, 15_000);
		const ids = new Set(await page.locator('[id]').evaluateAll((els) => els.map((e) => e.id)));
		for (const record of markupLike.filter((r) => ids.has(r.id))) {
			const text = squash(await page.locator(`[id="${record.id}"]`).innerText());
			expect(text, `${path}#${record.id} shows its excerpt literally`).toContain(squash(record.excerpt));
		}
		// Nowhere on the page is an entity shown as its source text (double escaping).
		const body = await page.locator('body').innerText();
		const entity = /&(amp|lt|gt|quot|#\d+);/;
		if (!records.some((r) => entity.test(r.excerpt))) expect(body).not.toMatch(entity);
	});
}
