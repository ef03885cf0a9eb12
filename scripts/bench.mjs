// `npm run bench`: builds the site, loads each page in Debian's Chromium, and measures what each
// page transfers (JS, CSS, data, geodata, HTML, other; raw bytes and gzip), the map's load (first
// paint of the map, main-thread time, interaction → Leaflet ready) and scrub figures, the long
// lists' load and search keystroke, the charts' render timings and Lighthouse (mobile preset,
// median of 3 runs), printing tables and writing bench/results.json.
// Figures, not assertions: nothing here passes or fails on a number.
//
//   npm run bench [-- options]
//   --no-build          bench build/ as it is
//   --build-dir DIR     bench another built site (e.g. from scripts/build-site-copy.mjs); no build
//   --runs N            Lighthouse runs per page (median; default 3)
//   --no-lighthouse     skip Lighthouse
//   --scale 1,10,100    the scale bench: for each N, a synthetic dataset of N× the records
//                       (scripts/bench/scale-data.ts) in a temporary folder, built with
//                       scripts/build-site-copy.mjs into a temporary build folder, benched there
//                       (Lighthouse off unless --lighthouse), and at ×10 the e2e smoke run
//                       (tests/e2e/scale/; --smoke-at N for another scale, --no-smoke for none);
//                       prints the scale table and writes bench/scale.json. --keep leaves the
//                       temporary folders.
import { spawnSync } from 'node:child_process';
import { writeFileSync, readFileSync, mkdirSync, mkdtempSync, rmSync, existsSync } from 'node:fs';
import { tmpdir, loadavg } from 'node:os';
import { join, resolve, dirname } from 'node:path';
import { fileURLToPath } from 'node:url';
import { chromium } from '@playwright/test';
import { serve } from './serve.mjs';
import { pagePaths, transferOf, kinds, buildDir as defaultBuildDir } from './transfer.mjs';
import { ensureChromium, chromiumPath, chromiumArgs } from './chromium.mjs';
import { measureMap } from './bench/map.mjs';
import { measureMapLoad } from './bench/map-load.mjs';
import { measureCharts } from './bench/charts.mjs';
import { measureList } from './bench/lists.mjs';
import { measureLighthouse, lighthouseTable, lighthouseVersion } from './bench/lighthouse.mjs';
import { buildSiteCopy } from './build-site-copy.mjs';

const root = resolve(dirname(fileURLToPath(import.meta.url)), '..');
const argv = process.argv.slice(2);
const valueOf = (flag) => {
	const i = argv.indexOf(flag);
	return i >= 0 ? argv[i + 1] : undefined;
};
const lighthouseRuns = Number(valueOf('--runs') ?? 3);
const kb = (n) => (n / 1024).toFixed(1);
const show = (v, digits = 0) => (v === null || v === undefined ? 'n/a' : Number(v).toFixed(digits));
const ms = (v, digits = 0) => (v === null || v === undefined ? 'n/a' : `${Number(v).toFixed(digits)} ms`);

/** A table of rows of strings, the first column left-aligned. */
function table(header, rows) {
	const widths = header.map((h, i) => Math.max(h.length, ...rows.map((r) => String(r[i]).length)));
	const line = (cells) => cells.map((c, i) => (i === 0 ? String(c).padEnd(widths[i]) : String(c).padStart(widths[i]))).join('  ');
	return [line(header), widths.map((w) => '─'.repeat(w)).join('  '), ...rows.map(line)].join('\n');
}

/**
 * The browser, with every new context's timeouts raised to `ms`: a ×100 page takes far longer
 * than Playwright's default 30 s to load on a busy machine, and the measuring modules (map.mjs,
 * charts.mjs) open their own contexts.
 */
function patient(browser, ms = 180_000) {
	return new Proxy(browser, {
		get(target, key) {
			if (key !== 'newContext') return Reflect.get(target, key);
			return async (options) => {
				const context = await target.newContext(options);
				context.setDefaultTimeout(ms);
				context.setDefaultNavigationTimeout(ms);
				return context;
			};
		}
	});
}

/** Runs one measurement; a failure is recorded (`{ error }`) and printed, and the bench goes on. */
async function attempt(name, measure, log) {
	try {
		return await measure();
	} catch (error) {
		log(`${name}: failed — ${String(error?.message ?? error).split('\n')[0]}`);
		return { error: String(error?.message ?? error).split('\n')[0] };
	}
}

/**
 * Every measurement on the built site in `dir`; `lighthouse` false skips Lighthouse.
 * @param {{ dir: string, lighthouse: boolean, log?: (line: string) => void }} options
 */
async function benchSite({ dir, lighthouse, log = console.log }) {
	const { server, url: origin } = await serve({ port: 0, dir });
	const launched = await chromium.launch({ executablePath: chromiumPath, args: chromiumArgs });
	const browser = patient(launched);
	const result = { pages: [], map: undefined, mapLoad: undefined, lists: [], charts: undefined, lighthouse: undefined, chromium: launched.version() };
	try {
		for (const path of pagePaths(dir)) {
			// A first-time reader: no service worker yet (it installs after the load, so it would only
			// add the precache's requests to the page's).
			const context = await browser.newContext({ viewport: { width: 1280, height: 900 }, serviceWorkers: 'block' });
			const page = await context.newPage();
			const requested = new Set();
			page.on('request', (request) => {
				const u = new URL(request.url());
				if (u.origin === origin) requested.add(u.pathname);
			});
			const started = performance.now();
			await page.goto(origin + path, { waitUntil: 'networkidle', timeout: 120_000 });
			const loadMs = performance.now() - started;
			result.pages.push({ page: path, requests: requested.size, loadMs: Math.round(loadMs), ...transferOf(requested, dir) });
			await context.close();
		}
		const has = (p) => result.pages.some((r) => r.page === p);
		if (has('/map')) {
			log('map: load (4× CPU, median of 3), then scrub and play…');
			result.mapLoad = await attempt('map load', () => measureMapLoad({ browser, origin }), log);
			result.map = await attempt('map scrub', () => measureMap({ browser, origin }), log);
		}
		for (const path of ['/sources', '/timeline']) if (has(path)) result.lists.push(await attempt(path, () => measureList({ browser, origin, path }), log));
		if (has('/charts')) result.charts = await attempt('charts', () => measureCharts({ browser, origin }), log);
		if (lighthouse) {
			log(`Lighthouse: ${result.pages.length} pages × ${lighthouseRuns} runs…`);
			const pages = await attempt('Lighthouse', () => measureLighthouse({ origin, pages: result.pages.map((p) => p.page), runs: lighthouseRuns, log }), log);
			if (Array.isArray(pages)) result.lighthouse = { version: lighthouseVersion, runs: lighthouseRuns, preset: 'mobile', pages };
		}
	} finally {
		await launched.close();
		server.close();
	}
	return result;
}

/** Prints the figures of one benchSite() result. */
function report(result) {
	const header = ['page', ...kinds.map((k) => `${k} KB gz`), 'total KB raw', 'total KB gz', 'largest JS gz', 'requests', 'load ms'];
	const rows = result.pages.map((r) => [r.page, ...kinds.map((k) => kb(r[k].gzip)), kb(r.total.raw), kb(r.total.gzip), kb(r.largestJs), r.requests, r.loadMs]);
	console.log('\nTransfer per page (gzip level 6 of the files each page requested)\n');
	console.log(table(header, rows));
	// A measurement that failed is { error }: printed as such, its figures as n/a.
	const ok = (m) => (m && !m.error ? m : undefined);
	for (const [name, m] of [['map load', result.mapLoad], ['map scrub', result.map], ['charts', result.charts], ...result.lists.map((l, i) => [`list ${i + 1}`, l])]) {
		if (m?.error) console.log(`\n${name}: failed (${m.error})`);
	}
	const [mapLoad, map, charts] = [ok(result.mapLoad), ok(result.map), ok(result.charts)];
	const lists = result.lists.filter(ok);
	if (mapLoad) {
		console.log(`\nMap load (/map, CPU ${mapLoad.cpuSlowdown}× slower, median of ${mapLoad.runs}; main-thread = Chromium's task time since navigation)\n`);
		console.log(`navigation → first paint of the map ${ms(mapLoad.paintMs)}  (main-thread ${ms(mapLoad.mainThreadToPaintMs)})`);
		console.log(
			`interaction → map:interactive ${ms(mapLoad.interactionToInteractiveMs)}  (main-thread from navigation ${ms(mapLoad.mainThreadToInteractiveMs)})` +
				(mapLoad.markFound ? (mapLoad.markBeforeInteraction ? '  [Leaflet was ready before the interaction]' : '') : '  [no map:interactive mark in this build]')
		);
	}
	if (map) {
		console.log('\nMap scrubbing (/map): main-thread time per date step, and long tasks during a 4× play-through\n');
		console.log(`steps ${map.steps}  p50 ${map.stepMs.p50} ms  p95 ${map.stepMs.p95} ms  max ${map.stepMs.max} ms  (aim: p95 ≤ 4 ms)`);
		console.log(`play-through ${Math.round(map.playThroughMs)} ms  long tasks ${map.longTasksDuringPlay.count}, longest ${map.longTasksDuringPlay.maxMs} ms  (aim: none over 50 ms)`);
	}
	for (const l of lists) {
		console.log(`\n${l.page}: load → interactive ${ms(l.loadToInteractiveMs)}; search index ready ${ms(l.indexReadyMs)} after the box's focus; search keystroke p50 ${ms(l.keystrokeMs.p50, 1)}, max ${ms(l.keystrokeMs.max, 1)} (${l.keystrokes} keys); a first key with no focus before it ${ms(l.coldKeystrokeMs, 1)}`);
	}
	if (charts) {
		console.log('\nCharts (/charts): render timings at 1280 px\n');
		console.log(`first paint ${charts.firstContentfulPaintMs} ms  DOMContentLoaded ${charts.domContentLoadedMs} ms  hydrated ${charts.hydratedMs} ms  drawn ${charts.drawnMs} ms  charts ${charts.charts}  marks ${charts.marks}`);
	}
	if (result.lighthouse) {
		const rows = result.lighthouse.pages;
		console.log(`\nLighthouse ${result.lighthouse.version} (mobile preset, simulated throttling, median of ${result.lighthouse.runs}; targets Perf ≥ 98, A11y 100, BP 100, SEO 100)\n`);
		console.log(lighthouseTable(rows));
		for (const r of rows) if (r.failing.length) console.log(`  ${r.page}: ${r.failing.slice(0, 6).join('; ')}`);
	}
}

/** When and where the figures were taken: they are only as good as the machine was idle. */
const machine = () => ({ measuredAt: new Date().toISOString(), node: process.version, loadAverage: loadavg().map((n) => Math.round(n * 100) / 100) });

/**
 * The e2e smoke run (tests/e2e/scale/, project scale-smoke) on a built site: every page opens,
 * the map scrubs, the lists search, a CSV holds the dataset's rows. Pass/fail counts, seconds.
 */
function runSmoke(dir, work) {
	const report = join(work, 'smoke.json');
	const started = performance.now();
	console.log(`\nsmoke run on ${dir} (E2E_PORT ${process.env.E2E_PORT ?? 4321})`);
	spawnSync('npx', ['playwright', 'test', '--project=scale-smoke'], {
		cwd: root,
		stdio: 'inherit',
		env: { ...process.env, E2E_SMOKE: '1', E2E_BUILD_DIR: dir, PW_JSON_OUTPUT: report }
	});
	const seconds = Math.round((performance.now() - started) / 100) / 10;
	try {
		const { stats } = JSON.parse(readFileSync(report, 'utf8'));
		return { passed: stats.expected, failed: stats.unexpected, skipped: stats.skipped, seconds };
	} catch {
		return { passed: 0, failed: 1, skipped: 0, seconds };
	}
}

// ── the scale bench ──────────────────────────────────────────────────────────────────────────────
const scaleArg = valueOf('--scale');
if (scaleArg) {
	const scales = scaleArg.split(',').map(Number);
	if (scales.some((n) => !Number.isInteger(n) || n < 1)) {
		console.error(`--scale takes whole numbers ≥ 1, e.g. --scale 1,10,100 (got ${scaleArg})`);
		process.exit(2);
	}
	ensureChromium();
	const keep = argv.includes('--keep');
	const smokeScale = argv.includes('--no-smoke') ? null : Number(valueOf('--smoke-at') ?? 10);
	const rows = [];
	for (const scale of scales) {
		const work = mkdtempSync(join(tmpdir(), `buildup-scale-${scale}-`));
		try {
			console.log(`\n━━ ×${scale} ━━ ${work}`);
			const dataDir = join(work, 'data');
			const started = performance.now();
			const generated = spawnSync('npx', ['tsx', 'scripts/bench/scale-data.ts', '--scale', String(scale), '--out', dataDir], { cwd: root, encoding: 'utf8', stdio: ['ignore', 'pipe', 'inherit'] });
			if (generated.status !== 0) throw new Error(`generating the ×${scale} dataset failed`);
			const data = JSON.parse(generated.stdout.trim().split('\n').at(-1));
			const generateSeconds = (performance.now() - started) / 1000;
			console.log(`×${scale}: ${data.total} records (${data.counts.figures} figures, ${data.counts.units} units, ${data.counts.events} events), generated in ${generateSeconds.toFixed(1)} s`);
			const built = buildSiteCopy({ dataDir, sourcesDir: data.sourcesDir, out: join(work, 'build') });
			const result = await benchSite({ dir: built.out, lighthouse: argv.includes('--lighthouse') });
			report(result);
			const smoke = scale === smokeScale ? runSmoke(built.out, work) : undefined;
			rows.push({ scale, records: data.total, counts: data.counts, seconds: built.seconds, smoke, ...result });
		} finally {
			if (keep) console.log(`kept ${work}`);
			else rmSync(work, { recursive: true, force: true });
		}
	}
	const page = (row, path) => row.pages.find((p) => p.page === path);
	const html = (row, path, raw = false) => {
		const p = page(row, path);
		return p ? `${kb(p.html.gzip)}${raw ? ` (${kb(p.html.raw)})` : ''}` : 'n/a';
	};
	const list = (row, path) => row.lists.find((l) => l.page === path && !l.error);
	const measured = (m) => (m && !m.error ? m : undefined);
	const metrics = [
		['records', (r) => String(r.records)],
		['data + build s (precompress)', (r) => `${(r.seconds.data + r.seconds.build + r.seconds.precompress).toFixed(0)} (${r.seconds.precompress.toFixed(0)})`],
		['/map HTML KB gz', (r) => html(r, '/map')],
		['/map initial transfer KB gz', (r) => (page(r, '/map') ? kb(page(r, '/map').total.gzip) : 'n/a')],
		['/sources HTML KB gz (raw)', (r) => html(r, '/sources', true)],
		['/sources load → interactive ms', (r) => show(list(r, '/sources')?.loadToInteractiveMs)],
		['/sources keystroke p50 / max ms', (r) => (list(r, '/sources') ? `${show(list(r, '/sources').keystrokeMs.p50, 1)} / ${show(list(r, '/sources').keystrokeMs.max, 1)}` : 'n/a')],
		['/sources index ready after focus / first key without focus ms', (r) => (list(r, '/sources') ? `${show(list(r, '/sources').indexReadyMs)} / ${show(list(r, '/sources').coldKeystrokeMs, 1)}` : 'n/a')],
		['/timeline HTML KB gz', (r) => html(r, '/timeline')],
		['/timeline load → interactive ms', (r) => show(list(r, '/timeline')?.loadToInteractiveMs)],
		['/timeline keystroke p50 / max ms', (r) => (list(r, '/timeline') ? `${show(list(r, '/timeline').keystrokeMs.p50, 1)} / ${show(list(r, '/timeline').keystrokeMs.max, 1)}` : 'n/a')],
		['/timeline index ready after focus / first key without focus ms', (r) => (list(r, '/timeline') ? `${show(list(r, '/timeline').indexReadyMs)} / ${show(list(r, '/timeline').coldKeystrokeMs, 1)}` : 'n/a')],
		['/charts HTML KB gz', (r) => html(r, '/charts')],
		['/charts drawn ms', (r) => show(measured(r.charts)?.drawnMs)],
		['map first paint ms (4× CPU)', (r) => show(measured(r.mapLoad)?.paintMs)],
		['map interaction → interactive ms', (r) => show(measured(r.mapLoad)?.interactionToInteractiveMs)],
		['map scrub step p50 / p95 ms', (r) => (measured(r.map) ? `${r.map.stepMs.p50} / ${r.map.stepMs.p95}` : 'n/a')],
		['long tasks in 4× play (longest ms)', (r) => (measured(r.map) ? `${r.map.longTasksDuringPlay.count} (${r.map.longTasksDuringPlay.maxMs})` : 'n/a')],
		['largest page transfer KB gz', (r) => kb(Math.max(...r.pages.map((p) => p.total.gzip)))],
		['e2e smoke (passed/failed, s)', (r) => (r.smoke ? `${r.smoke.passed}/${r.smoke.failed}, ${r.smoke.seconds}` : '–')]
	];
	const { loadAverage } = machine();
	console.log(`\nScale bench (load average ${loadAverage.join(', ')}; figures are indicative on a busy machine)\n`);
	console.log(table(['', ...rows.map((r) => `×${r.scale}`)], metrics.map(([name, f]) => [name, ...rows.map(f)])));
	mkdirSync(join(root, 'bench'), { recursive: true });
	writeFileSync(join(root, 'bench', 'scale.json'), JSON.stringify({ ...machine(), rows }, null, 2) + '\n');
	console.log('\nWritten to bench/scale.json');
	process.exit(0);
}

// ── the bench of one built site ──────────────────────────────────────────────────────────────────
const buildDirArg = valueOf('--build-dir');
const dir = buildDirArg ? resolve(buildDirArg) : defaultBuildDir;
if (!buildDirArg && !argv.includes('--no-build')) {
	const build = spawnSync('npm', ['run', 'build'], { cwd: root, stdio: 'inherit' });
	if (build.status !== 0) process.exit(build.status ?? 1);
}
if (!existsSync(join(dir, 'index.html'))) {
	console.error(`No built site in ${dir}.`);
	process.exit(1);
}
ensureChromium();
const result = await benchSite({ dir, lighthouse: !argv.includes('--no-lighthouse') });
report(result);
const results = { ...machine(), buildDir: dir, ...result };
mkdirSync(join(root, 'bench'), { recursive: true });
writeFileSync(join(root, 'bench', 'results.json'), JSON.stringify(results, null, 2) + '\n');
console.log('\nWritten to bench/results.json');
