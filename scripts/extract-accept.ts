/**
 * `npm run extract:accept -- data/candidates/<id>.yaml`: moves the candidates marked
 * `review: accepted` into data/ (figures → data/figures/<source>.yaml, units → units.yaml, new
 * estimators and places → estimators.yaml / places.yaml, appended) and leaves the rest in the
 * candidates file. Refuses, writing nothing, when an accepted record is incomplete or invalid.
 * Then run `npm run data` to check the whole dataset.
 */
import { existsSync } from 'node:fs';
import { relative, resolve } from 'node:path';
import { resolveBuildOptions } from '../src/lib/server/build';
import { acceptCandidates } from '../src/lib/server/extract-source';
import { parseArgs } from './cli-args';

try {
	const args = parseArgs(process.argv.slice(2));
	const file = args.positional[0];
	if (!file) throw new Error('usage: npm run extract:accept -- data/candidates/<id>.yaml [--data-dir DIR]');
	if (!existsSync(resolve(file))) throw new Error(`no file ${file}`);
	const { dataDir } = resolveBuildOptions(args);
	const { moved, kept } = acceptCandidates(resolve(file), dataDir);
	for (const m of moved) console.log(`  ${m.type} ${m.id} → ${relative(process.cwd(), m.to)}`);
	console.log(`${moved.length} accepted record${moved.length === 1 ? '' : 's'} moved; ${kept} left in ${file}. Now run npm run data.`);
} catch (error) {
	console.error(`extract:accept: ${(error as Error).message}`);
	process.exit(1);
}
