// Lighthouse on the built site, the way the web measures pages: the `lighthouse` npm package
// (Node API) driving Debian's Chromium with Lighthouse's default mobile preset and simulated
// throttling (a mid-range phone on slow 4G). Used by `npm run bench` (median of 3 runs, figures)
// and by the CI gate in tests/e2e/quality.spec.ts (one run, Accessibility / Best Practices / SEO).
//
// Nothing here reaches the internet: the pages are local, Chromium runs with background
// networking and component updates off, and every run reports the off-origin requests it saw
// (`offOrigin`, expected empty) so a regression would show.
import { spawn } from 'node:child_process';
import { createRequire } from 'node:module';
import { mkdtempSync, readFileSync, rmSync, existsSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import lighthouse from 'lighthouse';
import { chromiumPath, chromiumArgs } from '../chromium.mjs';

/**
 * @typedef {object} LighthouseFigures
 * @property {string} page URL path
 * @property {number | null} performance 0–100 (null when the category was not run)
 * @property {number | null} accessibility
 * @property {number | null} bestPractices
 * @property {number | null} seo
 * @property {number | null} lcp Largest Contentful Paint, ms (simulated)
 * @property {number | null} tbt Total Blocking Time, ms (simulated)
 * @property {number | null} cls Cumulative Layout Shift
 * @property {string[]} failing audits that lost points, as `category: audit-id (lowest score)`
 * @property {string[]} offOrigin requests to other origins seen during the run(s)
 * @property {string[]} runtimeErrors Lighthouse's own run warnings/errors, if any
 */

/** The installed Lighthouse's version (13.x: the figures match what users run in DevTools 13). */
export const lighthouseVersion = /** @type {{ version: string }} */ (createRequire(import.meta.url)('lighthouse/package.json')).version;

const categoryIds = /** @type {const} */ ({
	performance: 'performance',
	accessibility: 'accessibility',
	bestPractices: 'best-practices',
	seo: 'seo'
});

/** Median of the numbers (null ignored); null when there are none. */
export function median(/** @type {(number | null | undefined)[]} */ values) {
	const xs = /** @type {number[]} */ (values.filter((v) => typeof v === 'number')).sort((a, b) => a - b);
	if (xs.length === 0) return null;
	const mid = Math.floor(xs.length / 2);
	return xs.length % 2 ? xs[mid] : (xs[mid - 1] + xs[mid]) / 2;
}

/**
 * Failing audits of several runs (`category: audit-id (score)`), each audit once with its lowest
 * score.
 * @param {string[]} entries
 */
function worstScores(entries) {
	/** @type {Map<string, number>} */
	const worst = new Map();
	for (const entry of entries) {
		const match = /^(.*) \(([\d.]+)\)$/.exec(entry);
		if (!match) continue;
		const score = Number(match[2]);
		worst.set(match[1], Math.min(worst.get(match[1]) ?? 1, score));
	}
	return [...worst].map(([audit, score]) => `${audit} (${score})`);
}

/** Starts Debian's Chromium headless with a DevTools port; resolves with the port and a stop(). */
export async function launchChromium() {
	const userDataDir = mkdtempSync(join(tmpdir(), 'lighthouse-chromium-'));
	const child = spawn(
		chromiumPath,
		[...chromiumArgs, '--headless=new', '--remote-debugging-port=0', `--user-data-dir=${userDataDir}`, 'about:blank'],
		{ stdio: 'ignore' }
	);
	const stop = async () => {
		if (child.exitCode === null) {
			const exited = new Promise((resolve) => child.once('exit', resolve));
			child.kill('SIGTERM');
			await Promise.race([exited, new Promise((resolve) => setTimeout(resolve, 3000))]);
			if (child.exitCode === null) child.kill('SIGKILL');
		}
		// Chromium's helper processes may still be writing for a moment after it exits.
		try {
			rmSync(userDataDir, { recursive: true, force: true, maxRetries: 10, retryDelay: 200 });
		} catch {
			// A leftover profile in the temp folder is harmless; the figures matter more.
		}
	};
	// Chromium writes the port it chose into DevToolsActivePort once it listens.
	const portFile = join(userDataDir, 'DevToolsActivePort');
	const deadline = Date.now() + 20_000;
	while (Date.now() < deadline) {
		if (child.exitCode !== null) break;
		if (existsSync(portFile)) {
			const port = Number(readFileSync(portFile, 'utf8').split('\n')[0]);
			if (port > 0) return { port, stop };
		}
		await new Promise((resolve) => setTimeout(resolve, 100));
	}
	await stop();
	throw new Error(`Chromium (${chromiumPath}) did not open a DevTools port within 20 s`);
}

/**
 * One Lighthouse run of `url` on the browser at `port`; returns the report (lhr).
 * @param {string} url
 * @param {number} port
 * @param {string[]} onlyCategories
 */
async function runOnce(url, port, onlyCategories) {
	/** @type {import('lighthouse').Flags} */
	const flags = { port, hostname: '127.0.0.1', output: 'json', logLevel: 'error', onlyCategories };
	// No config: Lighthouse's default, i.e. the mobile preset with simulated throttling.
	const result = await lighthouse(url, flags);
	if (!result) throw new Error(`Lighthouse returned nothing for ${url}`);
	return result.lhr;
}

/** The figures of one report. */
function figuresOf(/** @type {import('lighthouse').Result} */ lhr, /** @type {string} */ origin) {
	/** @param {string} id */
	const score = (id) => {
		const s = lhr.categories[id]?.score;
		return typeof s === 'number' ? Math.round(s * 100) : null;
	};
	/** @param {string} id */
	const numeric = (id) => {
		const v = lhr.audits[id]?.numericValue;
		return typeof v === 'number' ? v : null;
	};
	const failing = [];
	for (const [categoryId, category] of Object.entries(lhr.categories)) {
		for (const ref of category.auditRefs) {
			if (ref.weight === 0) continue;
			const audit = lhr.audits[ref.id];
			if (audit && audit.score !== null && audit.score < 1) {
				failing.push(`${categoryId}: ${ref.id} (${audit.score})`);
			}
		}
	}
	const requests = /** @type {{ items?: { url: string }[] } | undefined} */ (lhr.audits['network-requests']?.details);
	const offOrigin = (requests?.items ?? [])
		.map((item) => item.url)
		.filter((u) => /^(https?|wss?):/.test(u) && new URL(u).origin !== origin);
	return {
		performance: score(categoryIds.performance),
		accessibility: score(categoryIds.accessibility),
		bestPractices: score(categoryIds.bestPractices),
		seo: score(categoryIds.seo),
		lcp: numeric('largest-contentful-paint'),
		tbt: numeric('total-blocking-time'),
		cls: numeric('cumulative-layout-shift'),
		failing,
		offOrigin,
		runtimeErrors: [lhr.runtimeError?.message, ...(lhr.runWarnings ?? [])].filter((m) => typeof m === 'string')
	};
}

/**
 * Runs Lighthouse `runs` times on each page (paths like '/map') of the site at `origin` and
 * returns, per page, the median of each figure over the runs (each figure's own median), with
 * the failing audits and off-origin requests of all runs. `categories` limits the run to some
 * categories (the CI gate asks only for the deterministic ones); by default the four classic
 * ones (Lighthouse 13.3+ also has an "agentic browsing" category, not part of our targets;
 * Lighthouse 13 refuses an unknown category id instead of ignoring it).
 *
 * @param {{ origin: string, pages: string[], runs?: number, categories?: string[], port?: number,
 *   log?: (line: string) => void }} options
 * @returns {Promise<LighthouseFigures[]>}
 */
export async function measureLighthouse({ origin, pages, runs = 3, categories = Object.values(categoryIds), port, log = () => {} }) {
	// A Chromium of the caller's (its DevTools `port`), or one of our own for this call.
	const chromium = port ? { port, stop: async () => {} } : await launchChromium();
	/** @type {LighthouseFigures[]} */
	const results = [];
	try {
		for (const page of pages) {
			/** @type {ReturnType<typeof figuresOf>[]} */
			const all = [];
			for (let run = 0; run < runs; run++) {
				all.push(figuresOf(await runOnce(origin + page, chromium.port, categories), origin));
			}
			/** @param {'performance' | 'accessibility' | 'bestPractices' | 'seo' | 'lcp' | 'tbt' | 'cls'} key */
			const med = (key) => median(all.map((r) => r[key]));
			const row = {
				page,
				performance: med('performance'),
				accessibility: med('accessibility'),
				bestPractices: med('bestPractices'),
				seo: med('seo'),
				lcp: med('lcp'),
				tbt: med('tbt'),
				cls: med('cls'),
				failing: worstScores(all.flatMap((r) => r.failing)),
				offOrigin: [...new Set(all.flatMap((r) => r.offOrigin))],
				runtimeErrors: [...new Set(all.flatMap((r) => r.runtimeErrors))]
			};
			log(
				`lighthouse ${page}: perf ${row.performance} a11y ${row.accessibility} bp ${row.bestPractices} seo ${row.seo}` +
					` lcp ${row.lcp?.toFixed(0)} ms tbt ${row.tbt?.toFixed(0)} ms cls ${row.cls?.toFixed(3)}`
			);
			results.push(row);
		}
	} finally {
		await chromium.stop();
	}
	return results;
}

/** The results as a printable table (scores 0–100, LCP and TBT in ms, CLS). */
export function lighthouseTable(/** @type {LighthouseFigures[]} */ rows) {
	const show = (/** @type {number | null} */ v, digits = 0) => (v === null ? '–' : v.toFixed(digits));
	const header = ['page', 'Perf', 'A11y', 'BP', 'SEO', 'LCP ms', 'TBT ms', 'CLS'];
	const body = rows.map((r) => [
		r.page,
		show(r.performance),
		show(r.accessibility),
		show(r.bestPractices),
		show(r.seo),
		show(r.lcp),
		show(r.tbt),
		show(r.cls, 3)
	]);
	const widths = header.map((h, i) => Math.max(h.length, ...body.map((r) => r[i].length)));
	const line = (/** @type {string[]} */ cells) =>
		cells.map((c, i) => (i === 0 ? c.padEnd(widths[i]) : c.padStart(widths[i]))).join('  ');
	return [line(header), widths.map((w) => '─'.repeat(w)).join('  '), ...body.map(line)].join('\n');
}

// Run directly: `node scripts/bench/lighthouse.mjs [--runs N] [--dir build] [/path ...]` against a
// fresh server of build/ (or --dir; all pages when no path is given). Prints the table and the failing audits.
if (process.argv[1] && resolve(process.argv[1]) === fileURLToPath(import.meta.url)) {
	const { serve } = await import('../serve.mjs');
	const { pagePaths } = await import('../transfer.mjs');
	const args = process.argv.slice(2);
	const runsAt = args.indexOf('--runs');
	const runs = runsAt >= 0 ? Number(args.splice(runsAt, 2)[1]) : 3;
	const dirAt = args.indexOf('--dir');
	const dir = dirAt >= 0 ? resolve(args.splice(dirAt, 2)[1]) : undefined;
	const pages = args.length ? args : pagePaths(dir);
	const { server, url: origin } = await serve({ port: 0, dir });
	try {
		const rows = await measureLighthouse({ origin, pages, runs, log: console.log });
		console.log(`\nLighthouse ${lighthouseVersion} (mobile, simulated throttling; median of ${runs})\n`);
		console.log(lighthouseTable(rows));
		for (const r of rows) {
			if (r.failing.length) console.log(`\n${r.page} lost points on:\n  ${r.failing.join('\n  ')}`);
			if (r.offOrigin.length) console.log(`\n${r.page} requested other origins:\n  ${r.offOrigin.join('\n  ')}`);
			if (r.runtimeErrors.length) console.log(`\n${r.page} run warnings:\n  ${r.runtimeErrors.join('\n  ')}`);
		}
	} finally {
		server.close();
	}
}
