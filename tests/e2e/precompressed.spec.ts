// What the reader's browser is sent: the precompressed copies scripts/precompress.mjs writes
// (brotli for Chromium, which accepts it), and the page they make is the page.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { brotliDecompressSync } from 'node:zlib';
import { test, expect } from './fixtures';
import { buildDir as defaultBuildDir, fileFor } from '../../scripts/transfer.mjs';

const buildDir = process.env.E2E_BUILD_DIR ?? defaultBuildDir;

test('a page and its scripts arrive brotli-compressed, and the page reads as built', async ({ page, visit }) => {
	const encodings = new Map<string, string | undefined>();
	page.on('response', (response) => {
		if (response.status() === 200) encodings.set(new URL(response.url()).pathname, response.headers()['content-encoding']);
	});
	await visit('/sources');
	await expect(page.getByRole('heading', { level: 1 })).toHaveText('Sources');
	expect(encodings.get('/sources')).toBe('br');
	const scripts = [...encodings.keys()].filter((path) => path.endsWith('.js'));
	expect(scripts.length).toBeGreaterThan(0);
	for (const path of scripts) {
		const file = fileFor(path, buildDir);
		// Scripts under 1 KB are sent as they are.
		if (file && readFileSync(file).length >= 1024) expect(encodings.get(path), path).toBe('br');
	}
	// The copy the server sent decompresses to the page as built.
	const html = readFileSync(join(buildDir, 'sources.html'));
	expect(brotliDecompressSync(readFileSync(join(buildDir, 'sources.html.br'))).equals(html)).toBe(true);
});
