// The built site's pages (htmlFiles, pagePaths) and what a page transfers, computed from the
// files in build/ it requested: shared by html-validate, the benchmark
// (scripts/bench.mjs, figures) and the byte-budget gate (tests/e2e/quality.spec.ts, assertions).
// Sizes are those of the built files, raw and gzip (level 6), so they do not depend on the server.
import { readFileSync, readdirSync, statSync, existsSync } from 'node:fs';
import { gzipSync } from 'node:zlib';
import { join, resolve, dirname, relative, sep } from 'node:path';
import { fileURLToPath } from 'node:url';

export const buildDir = resolve(dirname(fileURLToPath(import.meta.url)), '..', 'build');

/** @typedef {'html' | 'js' | 'css' | 'data' | 'geodata' | 'other'} Kind */
/** @typedef {{ raw: number, gzip: number }} Size */
/** @typedef {Record<Kind | 'total', Size> & { largestJs: number }} Transfer */

/** @type {Kind[]} */
export const kinds = ['html', 'js', 'css', 'data', 'geodata', 'other'];

/**
 * Every prerendered HTML file under `dir` (the 404 page included, kit's _app folder excepted).
 * @param {string} [dir]
 * @returns {string[]}
 */
export function htmlFiles(dir = buildDir) {
	/** @type {string[]} */
	const files = [];
	for (const name of readdirSync(dir)) {
		const full = join(dir, name);
		if (statSync(full).isDirectory()) {
			if (name !== '_app') files.push(...htmlFiles(full));
		} else if (name.endsWith('.html')) files.push(full);
	}
	return files.sort();
}

/**
 * Every prerendered page: build/**\/*.html except the 404 page, as URL paths.
 * @param {string} [dir]
 * @returns {string[]}
 */
export function pagePaths(dir = buildDir) {
	return htmlFiles(dir)
		.map((full) => relative(dir, full).split(sep).join('/').replace(/\.html$/, ''))
		.filter((rel) => rel !== '404')
		.map((rel) => (rel === 'index' ? '/' : '/' + rel.replace(/\/index$/, '')))
		.sort();
}

/**
 * What kind of transfer a URL path is.
 * @param {string} path
 * @returns {Kind}
 */
export function categorise(path) {
	if (/\.(m?js)$/.test(path)) return 'js';
	if (path.endsWith('.css')) return 'css';
	if (/\.topo\.json$|\.geojson$/.test(path) || path.startsWith('/geo/')) return 'geodata';
	if (/\.(json|csv)$/.test(path)) return 'data';
	if (path.endsWith('.html') || !/\.[a-z0-9]+$/i.test(path)) return 'html';
	return 'other';
}

/**
 * The file in build/ that serves a URL path, as sirv resolves it.
 * @param {string} path
 * @param {string} [dir]
 * @returns {string | undefined}
 */
export function fileFor(path, dir = buildDir) {
	const clean = decodeURIComponent(path.split('?')[0]);
	const candidates = [clean, clean + '.html', join(clean, 'index.html')];
	for (const c of candidates) {
		const full = join(dir, c);
		if (existsSync(full) && statSync(full).isFile()) return full;
	}
	return undefined;
}

/**
 * Sums, per kind, the raw and gzip sizes of the files behind the given same-origin URL paths
 * (each counted once). Returns `{ html, js, css, data, geodata, other, total }` of
 * `{ raw, gzip }` in bytes, and `largestJs` (gzip bytes of the biggest script).
 * @param {Iterable<string>} paths
 * @param {string} [dir]
 * @returns {Transfer}
 */
export function transferOf(paths, dir = buildDir) {
	const row = /** @type {Transfer} */ ({ largestJs: 0 });
	for (const k of kinds) row[k] = { raw: 0, gzip: 0 };
	for (const p of new Set(paths)) {
		const file = fileFor(p, dir);
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
	return row;
}
