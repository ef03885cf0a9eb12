/**
 * Precompression of the built site (scripts/precompress.mjs): the levels each file gets — by its
 * size, within a per-build budget that the smallest files and the code keep — and the copies it
 * writes beside the files: what a server sends decompresses to the file, and a copy that would
 * not be smaller is not written.
 */
import { describe, it, expect, beforeEach, afterEach } from 'vitest';
import { mkdtempSync, rmSync, writeFileSync, readFileSync, existsSync, mkdirSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { randomBytes } from 'node:crypto';
import zlib from 'node:zlib';
import { levelsFor, planLevels, precompress, estimatedSeconds, FAST, EXTRA_SECONDS, MIN_BYTES } from '../../scripts/precompress.mjs';

const KB = 1024;
const MB = 1024 * KB;

describe('levelsFor', () => {
	const cases = [
		{ bytes: 1 * KB, expected: { brotli: 11, gzip: 9 } },
		{ bytes: 256 * KB - 1, expected: { brotli: 11, gzip: 9 } },
		{ bytes: 256 * KB, expected: { brotli: 10, gzip: 9 } },
		{ bytes: 1 * MB, expected: { brotli: 9, gzip: 6 } },
		{ bytes: 16 * MB, expected: { brotli: 5, gzip: 6 } }
	];
	for (const c of cases) {
		it(`${c.bytes} bytes → brotli ${c.expected.brotli}, gzip ${c.expected.gzip}`, () => {
			expect(levelsFor(c.bytes)).toEqual(c.expected);
		});
	}
});

/** The estimated seconds a plan spends above FAST. */
const extraOf = (files: { file: string; bytes: number }[], plan: Map<string, { brotli: number; gzip: number }>) =>
	files.reduce((sum, { file, bytes }) => sum + estimatedSeconds(bytes, plan.get(file)!) - estimatedSeconds(bytes, FAST), 0);

describe('planLevels', () => {
	it('gives a build the size of today’s site (4 MB in 103 files) the levels its sizes call for', () => {
		const files = [
			...Array.from({ length: 80 }, (_, i) => ({ file: `page-${i}.html`, bytes: 20 * KB + i * 256 })),
			...Array.from({ length: 22 }, (_, i) => ({ file: `_app/chunk-${i}.js`, bytes: 60 * KB })),
			{ file: 'sources.html', bytes: 741 * KB }
		];
		const plan = planLevels(files);
		for (const { file, bytes } of files) expect(plan.get(file), file).toEqual(levelsFor(bytes));
		expect(extraOf(files, plan)).toBeLessThanOrEqual(EXTRA_SECONDS);
	});

	it('in a build over the budget, the largest files fall to FAST first; the smallest and the code keep the best levels', () => {
		const slices = Array.from({ length: 400 }, (_, i) => ({ file: `sources/slices/${String(i).padStart(3, '0')}.json`, bytes: 50 * KB + i * KB }));
		const small = Array.from({ length: 20 }, (_, i) => ({ file: `small-${i}.html`, bytes: 8 * KB }));
		const code = [{ file: '_app/immutable/chunks/big.js', bytes: 200 * KB }, { file: '_app/immutable/assets/app.css', bytes: 300 * KB }];
		const huge = { file: 'data/dataset.json', bytes: 30 * MB };
		const files = [...slices, ...small, ...code, huge];
		const plan = planLevels(files);

		expect(extraOf(files, plan)).toBeLessThanOrEqual(EXTRA_SECONDS);
		for (const { file } of small) expect(plan.get(file)).toEqual({ brotli: 11, gzip: 9 });
		expect(plan.get(code[0].file)).toEqual({ brotli: 11, gzip: 9 });
		expect(plan.get(code[1].file)).toEqual({ brotli: 10, gzip: 9 });
		expect(plan.get(huge.file)).toEqual(FAST);
		// The slices are cut at one size: every one above it is FAST, every one below keeps 11 …
		const fast = slices.filter(({ file }) => plan.get(file) === FAST);
		const kept = slices.filter(({ file }) => plan.get(file) !== FAST);
		expect(fast.length).toBeGreaterThan(0);
		expect(kept.length).toBeGreaterThan(0);
		expect(Math.min(...fast.map((f) => f.bytes))).toBeGreaterThan(Math.max(...kept.map((f) => f.bytes)));
		for (const { file } of kept) expect(plan.get(file)).toEqual({ brotli: 11, gzip: 9 });
		// … and no more fall than needed: the smallest that fell would not have fitted.
		const smallestFallen = fast.reduce((a, b) => (a.bytes < b.bytes ? a : b));
		const undone = new Map(plan).set(smallestFallen.file, levelsFor(smallestFallen.bytes));
		expect(extraOf(files, undone)).toBeGreaterThan(EXTRA_SECONDS);
	});

	it('with no budget, every file but the code is FAST', () => {
		const files = [{ file: 'a.html', bytes: 4 * KB }, { file: 'b.json', bytes: 2 * MB }, { file: '_app/x.js', bytes: 10 * KB }];
		const plan = planLevels(files, 0);
		expect(plan.get('a.html')).toEqual(FAST);
		expect(plan.get('b.json')).toEqual(FAST);
		expect(plan.get('_app/x.js')).toEqual({ brotli: 11, gzip: 9 });
	});
});

describe('precompress', () => {
	let dir: string;
	beforeEach(() => {
		dir = mkdtempSync(join(tmpdir(), 'precompress-'));
	});
	afterEach(() => rmSync(dir, { recursive: true, force: true }));

	const text = (n: number) => Array.from({ length: n }, (_, i) => `<p>Record ${i}: about ${i * 7} troops near the border.</p>\n`).join('');
	const brotliAt = (bytes: Buffer, quality: number) =>
		zlib.brotliCompressSync(bytes, {
			params: {
				[zlib.constants.BROTLI_PARAM_MODE]: zlib.constants.BROTLI_MODE_TEXT,
				[zlib.constants.BROTLI_PARAM_QUALITY]: quality,
				[zlib.constants.BROTLI_PARAM_SIZE_HINT]: bytes.length
			}
		});

	it('writes a .br and a .gz that decompress to the file, for text files of 1 KB or more only', async () => {
		mkdirSync(join(dir, 'sources'));
		writeFileSync(join(dir, 'index.html'), text(200));
		writeFileSync(join(dir, 'sources', 'slice.json'), JSON.stringify({ rows: text(100).split('\n') }));
		writeFileSync(join(dir, 'tiny.html'), 'x'.repeat(MIN_BYTES - 1));
		writeFileSync(join(dir, 'picture.png'), text(50));
		const result = await precompress(dir);
		for (const name of ['index.html', join('sources', 'slice.json')]) {
			const original = readFileSync(join(dir, name));
			expect(zlib.brotliDecompressSync(readFileSync(join(dir, `${name}.br`))).equals(original), name).toBe(true);
			expect(zlib.gunzipSync(readFileSync(join(dir, `${name}.gz`))).equals(original), name).toBe(true);
		}
		for (const name of ['tiny.html', 'picture.png']) {
			expect(existsSync(join(dir, `${name}.br`)), name).toBe(false);
			expect(existsSync(join(dir, `${name}.gz`)), name).toBe(false);
		}
		expect(result).toMatchObject({ files: 2, unshrunk: 0, byQuality: { 11: 2 } });
	});

	it('compresses at the planned level: brotli 11 within the budget, FAST past it', async () => {
		writeFileSync(join(dir, 'page.html'), text(300));
		const original = readFileSync(join(dir, 'page.html'));
		await precompress(dir);
		expect(readFileSync(join(dir, 'page.html.br')).equals(brotliAt(original, 11))).toBe(true);
		await precompress(dir, { extraSeconds: 0 });
		const fast = readFileSync(join(dir, 'page.html.br'));
		expect(fast.equals(brotliAt(original, FAST.brotli))).toBe(true);
		expect(fast.equals(brotliAt(original, 11))).toBe(false);
		expect(readFileSync(join(dir, 'page.html.gz')).equals(zlib.gzipSync(original, { level: FAST.gzip }))).toBe(true);
	});

	it('does not write a copy that is not smaller than the file, and removes an old one', async () => {
		// Random bytes (as in an already compressed module) do not shrink.
		writeFileSync(join(dir, 'noise.wasm'), randomBytes(8 * KB));
		writeFileSync(join(dir, 'noise.wasm.br'), 'stale');
		writeFileSync(join(dir, 'noise.wasm.gz'), 'stale');
		const result = await precompress(dir);
		expect(existsSync(join(dir, 'noise.wasm.br'))).toBe(false);
		expect(existsSync(join(dir, 'noise.wasm.gz'))).toBe(false);
		const bytes = readFileSync(join(dir, 'noise.wasm')).length;
		expect(result).toMatchObject({ files: 1, unshrunk: 2, raw: bytes, brotli: bytes, gzip: bytes });
	});
});
