// Precompression of the built site, run after `vite build` (`npm run build`, and
// scripts/build-site-copy.mjs): a .br and a .gz beside every text file of 1 KB or more, which
// scripts/serve.mjs (and any static host that looks for them) sends to browsers that accept them.
// It replaces the adapter's `precompress`, which runs brotli at its maximum quality on every file
// and took 195 s of a ×100 build: here the effort follows the size (`levelsFor`), so the small
// files get the best compression and a huge page costs seconds, not minutes. Files are compressed two at a time (the machine has 2 cores; zlib's async calls run
// on libuv's thread pool).
//   node scripts/precompress.mjs [DIR]     (default build/)
import { readdirSync, readFileSync, statSync, writeFileSync } from 'node:fs';
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

/**
 * Brotli quality and gzip level for a file of `bytes`. Measured on this site's largest files
 * (sources.html 741 KB, dataset.json 343 KB, charts.html 271 KB): brotli 11 runs at ~0.3 MB/s,
 * 10 at ~1 MB/s for 2 % more bytes, 9 at ~7 MB/s for 10 % more, 5 at ~20 MB/s — still ~20 %
 * smaller than gzip. So the effort falls as the size grows; a ×100 dataset's 60 MB page costs
 * seconds, not minutes. (At ×10, brotli 10 on the files of 1–2 MB was half the step's time.)
 * @param {number} bytes
 */
export function levelsFor(bytes) {
	if (bytes < 256 * KB) return { brotli: 11, gzip: 9 };
	if (bytes < 1 * MB) return { brotli: 10, gzip: 9 };
	if (bytes < 16 * MB) return { brotli: 9, gzip: 6 };
	return { brotli: 5, gzip: 6 };
}

/** Every file under `dir` that precompression covers (existing .br/.gz are not inputs). */
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
 * Writes `file.br` and `file.gz` for every file `filesToCompress(dir)` lists; resolves with the
 * count, the bytes in and out, and the seconds taken.
 * @param {string} dir
 * @param {{ concurrency?: number }} [options]
 */
export async function precompress(dir, { concurrency = Math.max(1, Math.min(2, availableParallelism())) } = {}) {
	const started = performance.now();
	const files = filesToCompress(dir);
	let next = 0;
	const totals = { files: files.length, raw: 0, brotli: 0, gzip: 0 };
	const worker = async () => {
		while (next < files.length) {
			const file = files[next++];
			const bytes = readFileSync(file);
			const levels = levelsFor(bytes.length);
			const [br, gz] = [
				await brotli(bytes, {
					params: {
						[zlib.constants.BROTLI_PARAM_MODE]: zlib.constants.BROTLI_MODE_TEXT,
						[zlib.constants.BROTLI_PARAM_QUALITY]: levels.brotli,
						[zlib.constants.BROTLI_PARAM_SIZE_HINT]: bytes.length
					}
				}),
				await gzip(bytes, { level: levels.gzip })
			];
			writeFileSync(`${file}.br`, br);
			writeFileSync(`${file}.gz`, gz);
			totals.raw += bytes.length;
			totals.brotli += br.length;
			totals.gzip += gz.length;
		}
	};
	await Promise.all(Array.from({ length: concurrency }, worker));
	return { ...totals, seconds: (performance.now() - started) / 1000 };
}

if (process.argv[1] && resolve(process.argv[1]) === fileURLToPath(import.meta.url)) {
	const dir = resolve(process.argv[2] ?? join(fileURLToPath(new URL('..', import.meta.url)), 'build'));
	const result = await precompress(dir);
	const mb = (/** @type {number} */ n) => (n / MB).toFixed(1);
	console.log(
		`precompressed ${result.files} files in ${dir}: ${mb(result.raw)} MB → brotli ${mb(result.brotli)} MB, gzip ${mb(result.gzip)} MB (${result.seconds.toFixed(1)} s)`
	);
}
