/**
 * `npm run data`: validates data/*.yaml and writes src/lib/generated/dataset.{json,ts}.
 * On any error it prints every error as `file:line: field: message`, writes nothing, exits 1.
 * With --publish (after a build without errors) it also records every id in data/published-ids.txt.
 *   tsx scripts/build-data.ts [--data-dir DIR] [--sources-dir DIR] [--out-dir DIR] [--publish]
 */
import { buildDataset, publishIds, resolveBuildOptions, summarise } from '../src/lib/server/build';
import { computeCoverage, loadCoverageInput } from '../src/lib/server/coverage';
import { formatError } from '../src/lib/server/yaml-lines';
import { parseArgs } from './cli-args';

const args = parseArgs(process.argv.slice(2));
const unknown = [...args.flags].filter((f) => f !== '--publish');
if (unknown.length > 0 || args.positional.length > 0) {
	console.error(`unknown argument ${[...unknown, ...args.positional].join(' ')}\nusage: tsx scripts/build-data.ts [--data-dir DIR] [--sources-dir DIR] [--out-dir DIR] [--publish]`);
	process.exit(2);
}
const options = resolveBuildOptions(args);
const result = buildDataset(options);

for (const w of result.validation.warnings) console.warn(`warning: ${w}`);

if (!result.ok || !result.dataset) {
	for (const e of result.errors) console.error(formatError(e));
	console.error(`\n${result.errors.length} error${result.errors.length === 1 ? '' : 's'} in ${options.dataDir}; nothing was written.`);
	process.exit(1);
}

for (const line of summarise(result.dataset, result.validation)) console.log(line);
const { input } = loadCoverageInput(options.dataDir, options.sourcesDir);
const report = computeCoverage(input);
console.log(`  coverage: ${report.uncovered.length} of ${report.candidates.length} numbers next to force words uncovered${report.uncovered.length ? ' (npm run coverage lists them)' : ''}`);
console.log(`  wrote ${result.written.join(', ')}`);
if (args.flags.has('--publish')) {
	const published = publishIds(options.dataDir, result.dataset);
		const shown = published.added.slice(0, 10).join(', ') + (published.added.length > 10 ? ', …' : '');
	console.log(`  published: ${published.path} lists ${published.count} ids (${published.added.length} new${published.added.length ? `: ${shown}` : ''})`);
}
