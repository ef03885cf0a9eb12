// Serves the prerendered site in build/ over HTTP on localhost. Used by `npm start`, by the e2e
// tests (Playwright's webServer) and by the benchmark. Unknown paths get build/404.html, status 404;
// a request whose head is over Node's limit (16 KB: a long query string) gets a short page that
// says so, status 431.
import { createServer } from 'node:http';
import { readFileSync, existsSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { resolve } from 'node:path';
import sirv from 'sirv';
import { buildDir } from './transfer.mjs';

/** @type {Record<string, string>} */
const escapes = { '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;' };
const escapeHtml = (/** @type {string} */ text) => text.replace(/[&<>"]/g, (c) => escapes[c]);

/**
 * The page for a request head over the limit (Node answers 431 with no body: Chromium shows a
 * blank page). It links to the same path without its query string, read from the request line
 * when it arrived (`rawPacket`), else to the home page.
 * @param {Buffer | undefined} rawPacket
 */
export function headTooLargeResponse(rawPacket) {
	const requestLine = rawPacket ? rawPacket.subarray(0, 2048).toString('latin1').split('\r\n')[0] : '';
	const target = /^[A-Z]+ (\/[^ ?#]*)/.exec(requestLine)?.[1] ?? '/';
	// Only a plain path: anything else would not be a link to this site.
	const path = /^\/[A-Za-z0-9/_.-]*$/.test(target) && target.length <= 200 ? target : '/';
	const body = `<!doctype html>
<html lang="en">
<head><meta charset="utf-8"><meta name="viewport" content="width=device-width, initial-scale=1"><meta name="color-scheme" content="light dark"><link rel="icon" href="data:,"><title>Address too long · Buildup</title></head>
<body style="font-family: system-ui, sans-serif; max-width: 40rem; margin: 3rem auto; padding: 0 1rem; line-height: 1.5">
<h1>This address is too long</h1>
<p>The request is longer than the 16 KB this server reads — most likely a link with a very long query string (the part after “?”). No page of this site needs that much.</p>
<p><a href="${escapeHtml(path)}">Open ${escapeHtml(path)} without it</a> · <a href="/">Home</a></p>
</body>
</html>
`;
	const head = [
		'HTTP/1.1 431 Request Header Fields Too Large',
		'Content-Type: text/html; charset=utf-8',
		`Content-Length: ${Buffer.byteLength(body)}`,
		'Cache-Control: no-store',
		'Connection: close'
	];
	return `${head.join('\r\n')}\r\n\r\n${body}`;
}

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
	// A request Node cannot parse has no request or response object: answer on the socket. Over-long
	// heads get a readable page; the rest what Node would send (400), or nothing if it hung up.
	server.on('clientError', (/** @type {Error & { code?: string, rawPacket?: Buffer }} */ error, socket) => {
		if (error.code === 'ECONNRESET' || !socket.writable) return void socket.destroy();
		if (error.code === 'HPE_HEADER_OVERFLOW') socket.end(headTooLargeResponse(error.rawPacket));
		else socket.end('HTTP/1.1 400 Bad Request\r\nConnection: close\r\n\r\n');
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
