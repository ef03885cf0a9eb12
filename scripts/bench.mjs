// `npm run bench`: builds the site, loads each page in Debian's Chromium, and measures what each
// page transfers (JS, CSS, data, geodata, HTML, other; raw bytes and gzip), printing a table and
// writing bench/results.json. Figures, not assertions: nothing here passes or fails on a number.
import { spawnSync } from 'node:child_process';
import { readFileSync, writeFileSync, mkdirSync, readdirSync, statSync, existsSync } from 'node:fs';
import { gzipSync } from 'node:zlib';
import { join, resolve, dirname, relative, sep } from 'node:path';
import { fileURLToPath } from 'node:url';
import { chromium } from '@playwright/test';
import { serve, buildDir } from './serve.mjs';
import { ensureChromium, chromiumPath, chromiumArgs } from './chromium.mjs';

const root = resolve(dirname(fileURLToPath(import.meta.url)), '..');

if (!process.argv.includes('--no-build')) {
	const build = spawnSync('npm', ['run', 'build'], { cwd: root, stdio: 'inherit' });
	if (build.status !== 0) process.exit(build.status ?? 1);
}
ensureChromium();

/** Every prerendered page: build/**\/*.html except the 404 page, as URL paths. */
function pagePaths(dir = buildDir) {
	const paths = [];
	const visit = (d) => {
		for (const name of readdirSync(d)) {
			const full = join(d, name);
			if (statSync(full).isDirectory()) {
				if (name !== '_app') visit(full);
			} else if (name.endsWith('.html') && name !== '404.html') {
				const rel = relative(dir, full).split(sep).join('/').replace(/\.html$/, '');
				paths.push(rel === 'index' ? '/' : '/' + rel.replace(/\/index$/, ''));
			}
		}
	};
	visit(dir);
	return paths.sort();
}

/** What kind of transfer a URL path is. */
export function categorise(path) {
	if (/\.(m?js)$/.test(path)) return 'js';
	if (path.endsWith('.css')) return 'css';
	if (/\.topo\.json$|\.geojson$/.test(path) || path.startsWith('/geo/')) return 'geodata';
	if (/\.(json|csv)$/.test(path)) return 'data';
	if (path.endsWith('.html') || !/\.[a-z0-9]+$/i.test(path)) return 'html';
	return 'other';
}

/** The file in build/ that serves a URL path, as sirv resolves it. */
function fileFor(path) {
	const clean = decodeURIComponent(path.split('?')[0]);
	const candidates = [clean, clean + '.html', join(clean, 'index.html')];
	for (const c of candidates) {
		const full = join(buildDir, c);
		if (existsSync(full) && statSync(full).isFile()) return full;
	}
	return undefined;
}

const kinds = ['html', 'js', 'css', 'data', 'geodata', 'other'];
const { server, url: origin } = await serve({ port: 0 });
const browser = await chromium.launch({ executablePath: chromiumPath, args: chromiumArgs });
const pages = [];
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
		const row = { page: path, requests: requested.size, loadMs: Math.round(loadMs), largestJs: 0 };
		for (const k of kinds) row[k] = { raw: 0, gzip: 0 };
		for (const p of requested) {
			const file = fileFor(p);
			if (!file) continue;
			const bytes = readFileSync(file);
			const kind = categorise(p);
			const gz = gzipSync(bytes).length;
			row[kind].raw += bytes.length;
			row[kind].gzip += gz;
			if (kind === 'js') row.largestJs = Math.max(row.largestJs, gz);
		}
		row.total = {
			raw: kinds.reduce((s, k) => s + row[k].raw, 0),
			gzip: kinds.reduce((s, k) => s + row[k].gzip, 0)
		};
		pages.push(row);
		await context.close();
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

const results = {
	measuredAt: new Date().toISOString(),
	node: process.version,
	chromium: browser.version(),
	pages
};
mkdirSync(join(root, 'bench'), { recursive: true });
writeFileSync(join(root, 'bench', 'results.json'), JSON.stringify(results, null, 2) + '\n');
console.log('\nWritten to bench/results.json');
