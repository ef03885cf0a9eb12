// `npm start`: builds the site if build/ is missing or older than its inputs, then serves it.
import { spawnSync } from 'node:child_process';
import { existsSync, statSync, readdirSync } from 'node:fs';
import { join, resolve, dirname } from 'node:path';
import { fileURLToPath } from 'node:url';
import { serve } from './serve.mjs';

const root = resolve(dirname(fileURLToPath(import.meta.url)), '..');
const builtMarker = join(root, 'build', 'index.html');

/** Newest modification time of any file under the given paths. */
function newestMtime(paths) {
	let newest = 0;
	const visit = (path) => {
		if (!existsSync(path)) return;
		const stat = statSync(path);
		if (stat.isDirectory()) {
			for (const name of readdirSync(path)) if (name !== 'generated') visit(join(path, name));
		} else newest = Math.max(newest, stat.mtimeMs);
	};
	paths.forEach((p) => visit(join(root, p)));
	return newest;
}

const inputs = ['src', 'static', 'data', 'scripts', 'package-lock.json', 'svelte.config.js', 'vite.config.ts'];
const stale = !existsSync(builtMarker) || newestMtime(inputs) > statSync(builtMarker).mtimeMs;
if (stale) {
	console.log('Building the site (build/ is missing or older than its sources)…');
	const result = spawnSync('npm', ['run', 'build'], { cwd: root, stdio: 'inherit' });
	if (result.status !== 0) process.exit(result.status ?? 1);
}

const preferred = Number(process.env.PORT ?? 4173);
let started;
for (let port = preferred; port < preferred + 20 && !started; port++) {
	try {
		started = await serve({ port });
	} catch (error) {
		if (error?.code !== 'EADDRINUSE') throw error;
	}
}
if (!started) {
	console.error(`No free port between ${preferred} and ${preferred + 19}; set PORT to another.`);
	process.exit(1);
}
console.log(`\n  The dashboard is running at ${started.url}/\n  Press Ctrl+C to stop.\n`);
