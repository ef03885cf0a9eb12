// Builds the site from another data folder into another build folder, without touching this
// checkout's data/, src/lib/generated/ or build/: the project (src, static, scripts, configs) is
// copied into a temporary folder that links to this checkout's node_modules, the data pipeline runs
// there on the given data (and sources) folder, and vite builds it. Used by tests that need a site
// built from a fixture dataset (hostile records, a third source) and by the scale benchmark.
//   node scripts/build-site-copy.mjs --data-dir DIR [--sources-dir DIR] --out DIR [--keep]
// Exits non-zero (and leaves --out untouched) when the data pipeline or the build fails.
import { spawnSync } from 'node:child_process';
import { cpSync, existsSync, mkdtempSync, rmSync, symlinkSync, renameSync, mkdirSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';

const root = resolve(dirname(fileURLToPath(import.meta.url)), '..');
const copied = ['src', 'static', 'scripts', 'sources', 'package.json', 'svelte.config.js', 'vite.config.ts', 'tsconfig.json'];

/**
 * @param {{ dataDir: string, sourcesDir?: string, out: string, keep?: boolean, log?: (line: string) => void }} options
 * @returns {{ out: string, seconds: { data: number, build: number } }}
 */
export function buildSiteCopy({ dataDir, sourcesDir, out, keep = false, log = console.log }) {
	const work = mkdtempSync(join(tmpdir(), 'buildup-site-'));
	/** @param {string} label @param {string} command @param {string[]} args */
	const run = (label, command, args) => {
		const started = Date.now();
		// Output is kept quiet unless the step fails (then its last lines are in the error).
		const result = spawnSync(command, args, { cwd: work, encoding: 'utf8', maxBuffer: 64 * 1024 * 1024, env: { ...process.env, TZ: 'UTC' } });
		if (result.status !== 0) {
			const output = `${result.stdout ?? ''}${result.stderr ?? ''}`.trim().split('\n').slice(-40).join('\n');
			throw new Error(`${label} failed (exit ${result.status}) in ${work}:\n${output}`);
		}
		return (Date.now() - started) / 1000;
	};
	try {
		for (const name of copied) cpSync(join(root, name), join(work, name), { recursive: true, filter: (src) => !src.includes(`${join('src', 'lib', 'generated')}/dataset.`) });
		symlinkSync(join(root, 'node_modules'), join(work, 'node_modules'), 'dir');
		const dataArgs = ['tsx', 'scripts/build-data.ts', '--data-dir', resolve(dataDir)];
		if (sourcesDir) dataArgs.push('--sources-dir', resolve(sourcesDir));
		log(`building the site from ${dataDir} in ${work}`);
		const data = run('data pipeline', 'npx', dataArgs);
		const build = run('vite build', 'npx', ['vite', 'build', '--logLevel', 'warn']);
		const target = resolve(out);
		rmSync(target, { recursive: true, force: true });
		mkdirSync(dirname(target), { recursive: true });
		try {
			renameSync(join(work, 'build'), target);
		} catch {
			cpSync(join(work, 'build'), target, { recursive: true });
		}
		return { out: target, seconds: { data, build } };
	} finally {
		if (!keep) rmSync(work, { recursive: true, force: true });
	}
}

if (process.argv[1] && resolve(process.argv[1]) === fileURLToPath(import.meta.url)) {
	const argv = process.argv.slice(2);
	/** @param {string} flag */
	const value = (flag) => {
		const i = argv.indexOf(flag);
		return i >= 0 ? argv[i + 1] : undefined;
	};
	const dataDir = value('--data-dir');
	const out = value('--out');
	if (!dataDir || !out || !existsSync(dataDir)) {
		console.error('usage: node scripts/build-site-copy.mjs --data-dir DIR [--sources-dir DIR] --out DIR [--keep]');
		process.exit(2);
	}
	try {
		const { out: built, seconds } = buildSiteCopy({ dataDir, sourcesDir: value('--sources-dir'), out, keep: argv.includes('--keep') });
		console.log(`built ${built} (data ${seconds.data.toFixed(1)} s, build ${seconds.build.toFixed(1)} s)`);
	} catch (error) {
		console.error(error instanceof Error ? error.message : error);
		process.exit(1);
	}
}
