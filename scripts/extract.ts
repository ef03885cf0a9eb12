/**
 * `npm run extract -- <file> [--uncovered] [--source ID]`: prints YAML figure stubs for every number
 * next to a force word in a document (excerpt, number, guessed metric and qualifier; estimator and
 * dates blank). With --uncovered, only numbers that data/ does not cover yet.
 */
import { readFileSync, existsSync } from 'node:fs';
import { basename, resolve } from 'node:path';
import { parse } from 'yaml';
import { resolveBuildOptions } from '../src/lib/server/build';
import { computeCoverage, loadCoverageInput } from '../src/lib/server/coverage';
import { figureStubs } from '../src/lib/server/extract';
import { parseArgs } from './cli-args';

const argv = process.argv.slice(2);
const sourceFlag = argv.indexOf('--source');
const sourceArg = sourceFlag >= 0 ? argv.splice(sourceFlag, 2)[1] : undefined;
const args = parseArgs(argv);
const file = args.positional[0];
if (!file) {
	console.error('usage: npm run extract -- <file> [--uncovered] [--source ID] [--data-dir DIR] [--sources-dir DIR]');
	process.exit(2);
}
let path = resolve(file);
const { dataDir, sourcesDir } = resolveBuildOptions(args);
if (!existsSync(path) && existsSync(resolve(sourcesDir, file))) path = resolve(sourcesDir, file);
if (!existsSync(path)) {
	console.error(`no file ${file}`);
	process.exit(2);
}
const text = readFileSync(path, 'utf8');

// The source id: --source, else the sources.yaml record whose file has this name, else the file name.
let sourceId = sourceArg;
if (!sourceId) {
	try {
		const sources = parse(readFileSync(resolve(dataDir, 'sources.yaml'), 'utf8')) as { id?: string; file?: string }[] | null;
		sourceId = sources?.find((s) => s.file && basename(s.file) === basename(path))?.id;
	} catch {
		// no sources.yaml: fall through
	}
}
sourceId ??= basename(path).replace(/\.[^.]+$/, '').toLowerCase().replace(/[^a-z0-9]+/g, '-');

let skip: ((c: { start: number }) => boolean) | undefined;
if (args.flags.has('--uncovered')) {
	const { input } = loadCoverageInput(dataDir, sourcesDir);
	const others = input.sources.filter((s) => s.id !== sourceId);
	const report = computeCoverage({ ...input, sources: [...others, { id: sourceId, file: basename(path), text }] });
	const covered = new Set(report.candidates.filter((c) => c.source === sourceId && (c.usedBy.length || c.excludedBy.length)).map((c) => c.start));
	skip = (c) => covered.has(c.start);
}
process.stdout.write(figureStubs(text, basename(path), { sourceId, skip }));
