// Precompression of the built site, run after `vite build` (`npm run build`, and
// scripts/build-site-copy.mjs): a .br and a .gz beside every text file of 1 KB or more, which
// scripts/serve.mjs (and any static host that looks for them) sends to browsers that accept them.
// It replaces the adapter's `precompress`, which runs brotli at its maximum quality on every file
// and took 195 s of a ×100 build. Here the effort follows the size and is capped per build
// (`planLevels`): the small files get the best compression; a build too big for that budget keeps
// it for its smallest files, and the rest get brotli 5 / gzip 6, which cost a fiftieth as much.
// A compressed copy that is not smaller than the file is not written (the file is sent as it is).
// Files are compressed two at a time (the machine has 2 cores; zlib's async calls run on libuv's
// thread pool).
//   node scripts/precompress.mjs [DIR]     (default build/)
import { readdirSync, readFileSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { join, extname, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { promisify } from 'node:util';
import { availableParallelism } from 'node:os';
import zlib from 'node:zlib';

const brotli = promisify(zlib.brotliCompress);
const gzip = promisify(zlib.gzip);

/** What gets compressed: text formats (the adapter's list, plus the CSV and GeoJSON downloads). */
export const compressible = new Set(['.html', '.js', '.mjs', '.json', '.css', '.svg', '.xml', '.wasm', '.txt', '.md', '.csv', '.geojson']);

/** Below this, a compressed copy saves less than a packet: the file is sent as it is. */
export const MIN_BYTES = 1024;

const KB = 1024;
const MB = 1024 * KB;

/** @typedef {{ brotli: number, gzip: number }} Levels */

/**
 * Brotli quality and gzip level for a file of `bytes`, when the build's budget allows
 * (`planLevels`). Measured on this site's largest files (sources.html 741 KB, dataset.json
 * 343 KB, charts.html 271 KB): brotli 11 runs at ~1 MB/s, 10 at ~2.5 MB/s for 2–5 % more
 * bytes, 9 at ~4 MB/s for 10 % more, 5 at ~40 MB/s — still 15–20 % smaller than gzip.
 * @param {number} bytes
 * @returns {Levels}
 */
export function levelsFor(bytes) {
	if (bytes < 256 * KB) return { brotli: 11, gzip: 9 };
	if (bytes < 1 * MB) return { brotli: 10, gzip: 9 };
	if (bytes < 16 * MB) return { brotli: 9, gzip: 6 };
	return { brotli: 5, gzip: 6 };
}

/** The levels of a file past the budget: 5–10 % more bytes than brotli 11, at 1/50 of its cost. */
export const FAST = Object.freeze({ brotli: 5, gzip: 6 });

/**
 * CPU seconds per MB of input on one core, measured on this site's text (the ×1 build, all
 * files, `node:zlib`): the cost model the budget is spent by.
 */
export const SECONDS_PER_MB = Object.freeze({ brotli: { 5: 0.025, 9: 0.25, 10: 0.4, 11: 1.1 }, gzip: { 6: 0.02, 9: 0.03 } });

/**
 * Seconds of one core that a build may spend on levels above `FAST` (about half that on two
 * cores). Today's ×1 site (4 MB) needs ~4 s of it and so is compressed as levelsFor says; at
 * ×100 (210 MB) the budget buys brotli 11 for the smallest ~7 MB of files.
 */
export const EXTRA_SECONDS = 8;

/** @param {number} bytes @param {Levels} levels */
export const estimatedSeconds = (bytes, levels) =>
	(bytes / MB) * (SECONDS_PER_MB.brotli[/** @type {5 | 9 | 10 | 11} */ (levels.brotli)] + SECONDS_PER_MB.gzip[/** @type {6 | 9} */ (levels.gzip)]);

/** Scripts and stylesheets: the same few hundred KB whatever the dataset, and on every page's
 * critical path, so they always get `levelsFor` (their cost counts against the budget). */
export const isCode = (/** @type {string} */ file) => /\.(m?js|css)$/.test(file);

/**
 * The levels for each file of a build: `levelsFor` its size while the estimated time above
 * `FAST` fits in `extraSeconds`; past that, the largest files other than code fall to `FAST`
 * first (they cost the most per file, and a few % of a large file's bytes matter less than the
 * small files'), until what is left fits.
 * @param {{ file: string, bytes: number }[]} files
 * @param {number} [extraSeconds]
 * @returns {Map<string, Levels>}
 */
export function planLevels(files, extraSeconds = EXTRA_SECONDS) {
	const plan = new Map(files.map(({ file, bytes }) => [file, levelsFor(bytes)]));
	const extra = (/** @type {number} */ bytes, /** @type {Levels} */ levels) => estimatedSeconds(bytes, levels) - estimatedSeconds(bytes, FAST);
	let spent = files.reduce((sum, { file, bytes }) => sum + extra(bytes, /** @type {Levels} */ (plan.get(file))), 0);
	const largestFirst = files.filter(({ file }) => !isCode(file)).sort((a, b) => b.bytes - a.bytes || (a.file < b.file ? -1 : 1));
	for (const { file, bytes } of largestFirst) {
		if (spent <= extraSeconds) break;
		spent -= extra(bytes, /** @type {Levels} */ (plan.get(file)));
		plan.set(file, FAST);
	}
	return plan;
}

/**
 * Every file under `dir` that precompression covers (existing .br/.gz are not inputs).
 * @param {string} dir
 */
export function filesToCompress(dir) {
	/** @type {string[]} */
	const found = [];
	const walk = (/** @type {string} */ folder) => {
		for (const name of readdirSync(folder)) {
			const full = join(folder, name);
			const stat = statSync(full);
			if (stat.isDirectory()) walk(full);
			else if (compressible.has(extname(name)) && stat.size >= MIN_BYTES) found.push(full);
		}
	};
	walk(dir);
	return found.sort();
}

/**
 * Writes `file.br` and `file.gz` for every file `filesToCompress(dir)` lists, at the levels
 * `planLevels` gives; a copy that is not smaller than the file is not written (and an old one is
 * removed). Resolves with the count, the bytes in and out (a file sent as it is counts its own
 * size), the files per brotli quality, the files left uncompressed, and the seconds taken.
 * @param {string} dir
 * @param {{ concurrency?: number, extraSeconds?: number }} [options]
 */
export async function precompress(dir, { concurrency = Math.max(1, Math.min(2, availableParallelism())), extraSeconds = EXTRA_SECONDS } = {}) {
	const started = performance.now();
	const files = filesToCompress(dir).map((file) => ({ file, bytes: statSync(file).size }));
	const plan = planLevels(files, extraSeconds);
	let next = 0;
	const totals = { files: files.length, raw: 0, brotli: 0, gzip: 0, unshrunk: 0, byQuality: /** @type {Record<number, number>} */ ({}) };
	/** @param {string} path @param {Buffer} compressed @param {Buffer} original */
	const write = (path, compressed, original) => {
		if (compressed.length < original.length) {
			writeFileSync(path, compressed);
			return compressed.length;
		}
		rmSync(path, { force: true });
		totals.unshrunk++;
		return original.length;
	};
	const worker = async () => {
		while (next < files.length) {
			const { file } = files[next++];
			const bytes = readFileSync(file);
			const levels = /** @type {Levels} */ (plan.get(file));
			const [br, gz] = await Promise.all([
				brotli(bytes, {
					params: {
						[zlib.constants.BROTLI_PARAM_MODE]: zlib.constants.BROTLI_MODE_TEXT,
						[zlib.constants.BROTLI_PARAM_QUALITY]: levels.brotli,
						[zlib.constants.BROTLI_PARAM_SIZE_HINT]: bytes.length
					}
				}),
				gzip(bytes, { level: levels.gzip })
			]);
			totals.raw += bytes.length;
			totals.brotli += write(`${file}.br`, br, bytes);
			totals.gzip += write(`${file}.gz`, gz, bytes);
			totals.byQuality[levels.brotli] = (totals.byQuality[levels.brotli] ?? 0) + 1;
		}
	};
	await Promise.all(Array.from({ length: concurrency }, worker));
	return { ...totals, seconds: (performance.now() - started) / 1000 };
}

if (process.argv[1] && resolve(process.argv[1]) === fileURLToPath(import.meta.url)) {
	const dir = resolve(process.argv[2] ?? join(fileURLToPath(new URL('..', import.meta.url)), 'build'));
	const result = await precompress(dir);
	const mb = (/** @type {number} */ n) => (n / MB).toFixed(1);
	const qualities = Object.entries(result.byQuality)
		.sort(([a], [b]) => Number(b) - Number(a))
		.map(([quality, count]) => `${count} at ${quality}`)
		.join(', ');
	console.log(
		`precompressed ${result.files} files in ${dir}: ${mb(result.raw)} MB → brotli ${mb(result.brotli)} MB, gzip ${mb(result.gzip)} MB (${result.seconds.toFixed(1)} s; brotli quality: ${qualities}${result.unshrunk ? `; ${result.unshrunk} copies not smaller than their file, not written` : ''})`
	);
}
