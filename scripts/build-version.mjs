// The build's version name (svelte.config.js, `kit.version.name`): the dataset version, then a
// hash of everything the build is made from (src/ with the generated dataset, static/, the lock
// file and the configs). The same inputs give the same name, so a rebuild of an unchanged site
// is byte-identical and returning readers keep their offline copy; any change to the data, the
// code or the basemap gives a new name, hence a new service-worker cache (src/service-worker.ts).
import { createHash } from 'node:crypto';
import { existsSync, readFileSync, readdirSync, statSync, openSync, readSync, closeSync } from 'node:fs';
import { join, relative, sep } from 'node:path';

const inputs = ['src', 'static', 'package-lock.json', 'svelte.config.js', 'vite.config.ts'];

/** The dataset's own version ("version" near the top of the generated dataset.json), or 'no-data'. */
function datasetVersion(root) {
	const file = join(root, 'src', 'lib', 'generated', 'dataset.json');
	if (!existsSync(file)) return 'no-data';
	const fd = openSync(file, 'r');
	try {
		const head = Buffer.alloc(512);
		const n = readSync(fd, head, 0, head.length, 0);
		return /"version"\s*:\s*"([\w.-]+)"/.exec(head.subarray(0, n).toString('utf8'))?.[1] ?? 'no-data';
	} finally {
		closeSync(fd);
	}
}

/** @param {string} root the project folder */
export function buildVersion(root) {
	const hash = createHash('sha256');
	const add = (path) => {
		if (!existsSync(path)) return;
		if (statSync(path).isDirectory()) {
			for (const name of readdirSync(path).sort()) add(join(path, name));
			return;
		}
		hash.update(relative(root, path).split(sep).join('/') + '\0');
		hash.update(readFileSync(path));
	};
	for (const input of inputs) add(join(root, input));
	return `${datasetVersion(root)}-${hash.digest('hex').slice(0, 10)}`;
}
