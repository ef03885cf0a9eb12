/**
 * `npm run coverage`: lists every number the source texts state next to a force word that no figure
 * uses and data/excluded.yaml does not list (the rule: src/lib/server/coverage.ts). Exits 1 when any
 * is uncovered.
 *   tsx scripts/coverage.ts [--data-dir DIR] [--sources-dir DIR] [--verbose]
 */
import { resolveBuildOptions } from '../src/lib/server/build';
import { computeCoverage, formatCoverageReport, loadCoverageInput } from '../src/lib/server/coverage';
import { parseArgs } from './cli-args';

const args = parseArgs(process.argv.slice(2));
const { dataDir, sourcesDir } = resolveBuildOptions(args);
const { input, problems, sourcesPresent } = loadCoverageInput(dataDir, sourcesDir);
if (!sourcesPresent) {
	console.error(`source texts not found at ${sourcesDir}: coverage cannot be checked (the texts live in the repository's sources/; --sources-dir or $SOURCES_DIR name another folder)`);
	process.exit(1);
}
for (const p of problems) console.warn(`warning: ${p}`);
const report = computeCoverage(input);
console.log(formatCoverageReport(report, { verbose: args.flags.has('--verbose') }));
process.exit(report.uncovered.length > 0 || report.conflicting.length > 0 ? 1 : 0);
