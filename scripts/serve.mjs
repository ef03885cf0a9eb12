// Serves the prerendered site in build/ over HTTP on localhost. Used by `npm start`, by the e2e
// tests (Playwright's webServer) and by the benchmark. Unknown paths get build/404.html, status 404.
import { createServer } from 'node:http';
import { readFileSync, existsSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { resolve } from 'node:path';
import sirv from 'sirv';
import { buildDir } from './transfer.mjs';

/**
 * Starts a server for `dir`; resolves with the server and its URL once it listens. `intercept`
 * (for tests) sees each request first and returns true when it has answered it itself.
 * @param {{ dir?: string, port?: number, host?: string,
 *   intercept?: (req: import('node:http').IncomingMessage, res: import('node:http').ServerResponse) => boolean }} [options]
 */
export function serve({ dir = buildDir, port = 4173, host = '127.0.0.1', intercept } = {}) {
	if (!existsSync(resolve(dir, 'index.html'))) {
		throw new Error(`No built site in ${dir}: run \`npm run build\` first.`);
	}
	// brotli/gzip: the precompressed .br/.gz files scripts/precompress.mjs writes beside each file,
	// sent when the browser accepts them — as a production static host would.
	const files = sirv(dir, { extensions: ['html'], dev: false, etag: true, brotli: true, gzip: true });
	const notFoundPage = resolve(dir, '404.html');
	const server = createServer((req, res) => {
		if (intercept?.(req, res)) return;
		files(req, res, () => {
			res.statusCode = 404;
			res.setHeader('content-type', 'text/html; charset=utf-8');
			res.end(existsSync(notFoundPage) ? readFileSync(notFoundPage) : 'Not found');
		});
	});
	return new Promise((resolvePromise, reject) => {
		server.once('error', reject);
		server.listen(port, host, () => {
			const address = server.address();
			const actualPort = typeof address === 'object' && address ? address.port : port;
			resolvePromise({ server, url: `http://${host}:${actualPort}` });
		});
	});
}

// Run directly: `node scripts/serve.mjs [--port N]`.
if (process.argv[1] && resolve(process.argv[1]) === fileURLToPath(import.meta.url)) {
	const portArg = process.argv.indexOf('--port');
	const port = portArg > 0 ? Number(process.argv[portArg + 1]) : Number(process.env.PORT ?? 4173);
	const dirArg = process.argv.indexOf('--dir');
	const dir = dirArg > 0 ? resolve(process.argv[dirArg + 1]) : buildDir;
	const { url } = await serve({ port, dir });
	console.log(`Serving ${dir} at ${url}`);
}
