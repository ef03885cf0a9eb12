// `npm run bench`: builds the site, loads each page in Debian's Chromium, and measures what each
// page transfers (JS, CSS, data, geodata, HTML, other; raw bytes and gzip), the map's scrub
// figures, the charts' render timings and Lighthouse (mobile preset, median of 3 runs; `--runs N`
// to change, `--no-lighthouse` to skip), printing tables and writing bench/results.json.
// Figures, not assertions: nothing here passes or fails on a number.
import { spawnSync } from 'node:child_process';
import { writeFileSync, mkdirSync } from 'node:fs';
import { join, resolve, dirname } from 'node:path';
import { fileURLToPath } from 'node:url';
import { chromium } from '@playwright/test';
import { serve } from './serve.mjs';
import { pagePaths, transferOf, kinds } from './transfer.mjs';
import { ensureChromium, chromiumPath, chromiumArgs } from './chromium.mjs';
import { measureMap } from './bench/map.mjs';
import { measureCharts } from './bench/charts.mjs';
import { measureLighthouse, lighthouseTable } from './bench/lighthouse.mjs';

const root = resolve(dirname(fileURLToPath(import.meta.url)), '..');

if (!process.argv.includes('--no-build')) {
	const build = spawnSync('npm', ['run', 'build'], { cwd: root, stdio: 'inherit' });
	if (build.status !== 0) process.exit(build.status ?? 1);
}
ensureChromium();

const { server, url: origin } = await serve({ port: 0 });
const browser = await chromium.launch({ executablePath: chromiumPath, args: chromiumArgs });
const pages = [];
let map;
let charts;
let lighthouseRows;
const runsAt = process.argv.indexOf('--runs');
const lighthouseRuns = runsAt >= 0 ? Number(process.argv[runsAt + 1]) : 3;
try {
	for (const path of pagePaths()) {
		const context = await browser.newContext({ viewport: { width: 1280, height: 900 } });
		const page = await context.newPage();
		const requested = new Set();
		page.on('request', (request) => {
			const u = new URL(request.url());
			if (u.origin === origin) requested.add(u.pathname);
		});
		const started = performance.now();
		await page.goto(origin + path, { waitUntil: 'networkidle' });
		const loadMs = performance.now() - started;
		const row = { page: path, requests: requested.size, loadMs: Math.round(loadMs), ...transferOf(requested) };
		pages.push(row);
		await context.close();
	}
	if (pages.some((p) => p.page === '/map')) map = await measureMap({ browser, origin });
	if (pages.some((p) => p.page === '/charts')) charts = await measureCharts({ browser, origin });
	if (!process.argv.includes('--no-lighthouse')) {
		console.log(`Lighthouse: ${pages.length} pages × ${lighthouseRuns} runs…`);
		lighthouseRows = await measureLighthouse({ origin, pages: pages.map((p) => p.page), runs: lighthouseRuns, log: (m) => console.log(m) });
	}
} finally {
	await browser.close();
	server.close();
}

const kb = (n) => (n / 1024).toFixed(1);
const header = ['page', ...kinds.map((k) => `${k} KB gz`), 'total KB raw', 'total KB gz', 'largest JS gz', 'requests', 'load ms'];
const rows = pages.map((r) => [
	r.page,
	...kinds.map((k) => kb(r[k].gzip)),
	kb(r.total.raw),
	kb(r.total.gzip),
	kb(r.largestJs),
	String(r.requests),
	String(r.loadMs)
]);
const widths = header.map((h, i) => Math.max(h.length, ...rows.map((r) => r[i].length)));
const line = (cells) => cells.map((c, i) => (i === 0 ? c.padEnd(widths[i]) : c.padStart(widths[i]))).join('  ');
console.log('\nTransfer per page (gzip level 6 of the files each page requested)\n');
console.log(line(header));
console.log(widths.map((w) => '─'.repeat(w)).join('  '));
rows.forEach((r) => console.log(line(r)));

if (map) {
	console.log('\nMap scrubbing (/map): main-thread time per date step, and long tasks during a 4× play-through\n');
	console.log(`steps ${map.steps}  p50 ${map.stepMs.p50} ms  p95 ${map.stepMs.p95} ms  max ${map.stepMs.max} ms  (aim: p95 < 8 ms)`);
	console.log(`play-through ${Math.round(map.playThroughMs)} ms  long tasks ${map.longTasksDuringPlay.count}, longest ${map.longTasksDuringPlay.maxMs} ms  (aim: none over 50 ms)`);
}
if (charts) {
	console.log('\nCharts (/charts): render timings at 1280 px\n');
	console.log(`first paint ${charts.firstContentfulPaintMs} ms  DOMContentLoaded ${charts.domContentLoadedMs} ms  hydrated ${charts.hydratedMs} ms  drawn ${charts.drawnMs} ms  charts ${charts.charts}  marks ${charts.marks}`);
}

if (lighthouseRows) {
	console.log(`\nLighthouse (mobile preset, simulated throttling, median of ${lighthouseRuns}; targets Perf ≥ 95, A11y 100, BP 100, SEO ≥ 95)\n`);
	console.log(lighthouseTable(lighthouseRows));
	for (const r of lighthouseRows) {
		if (r.failing.length) console.log(`  ${r.page}: ${r.failing.slice(0, 6).join('; ')}`);
	}
}

const results = {
	measuredAt: new Date().toISOString(),
	node: process.version,
	chromium: browser.version(),
	pages,
	map,
	charts,
	lighthouse: lighthouseRows ? { runs: lighthouseRuns, preset: 'mobile', pages: lighthouseRows } : undefined
};
mkdirSync(join(root, 'bench'), { recursive: true });
writeFileSync(join(root, 'bench', 'results.json'), JSON.stringify(results, null, 2) + '\n');
console.log('\nWritten to bench/results.json');
