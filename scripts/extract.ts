/**
 * `npm run extract -- <file> [--date YYYY-MM-DD] [--source ID] [--verbose]`: the dry run. Prints
 * the records the extractor proposes for a text — figures and unit movements (the format of
 * data/figures/*.yaml and data/units.yaml plus `type`, `review`, `confidence`, `why`), and the new
 * estimators and places they need — as YAML on standard output. Writes nothing. `--date` is the
 * document's date (resolves "on Tuesday", "last week"; the date when a sentence has none).
 * `--verbose` lists the numbers it rejected, and why, on standard error.
 */
import { existsSync } from 'node:fs';
import { basename, resolve } from 'node:path';
import { resolveBuildOptions } from '../src/lib/server/build';
import { extract } from '../src/lib/server/extract';
import { candidatesYaml } from '../src/lib/server/extract-candidates';
import { loadGazetteer, loadSourceRecords, readUtf8, summaryTable } from '../src/lib/server/extract-source';
import { isIsoDate } from '../src/lib/data/days';
import { takeValues } from './extract-args';

const usage = 'usage: npm run extract -- <file> [--date YYYY-MM-DD] [--source ID] [--verbose] [--data-dir DIR] [--sources-dir DIR]';
try {
	const { values, args } = takeValues(process.argv.slice(2), ['--date', '--source']);
	const file = args.positional[0];
	if (!file) throw new Error(usage);
	const { dataDir, sourcesDir } = resolveBuildOptions(args);
	let path = resolve(file);
	if (!existsSync(path) && existsSync(resolve(sourcesDir, file))) path = resolve(sourcesDir, file);
	if (!existsSync(path)) throw new Error(`no file ${file}`);
	const known = loadSourceRecords(dataDir).find((s) => s.file === basename(path));
	const date = values['--date'] ?? (typeof known?.date === 'string' ? known.date : undefined);
	if (date !== undefined && !isIsoDate(date)) throw new Error(`--date "${date}": the document's date, YYYY-MM-DD`);
	const sourceId = values['--source'] ?? (typeof known?.id === 'string' ? known.id : basename(path).replace(/\.[^.]+$/, '').toLowerCase().replace(/[^a-z0-9]+/g, '-'));
	const { records, rejected } = extract(readUtf8(path), { sourceId, documentDate: date, gazetteer: loadGazetteer(dataDir) });
	process.stdout.write(
		candidatesYaml(records, [`Proposed by npm run extract (dry run) from ${basename(path)}${date ? `, dated ${date}` : ', undated (no --date)'}: review: pending, not part of the dataset.`])
	);
	console.error(`\n${basename(path)}:`);
	for (const line of summaryTable(records, rejected.length)) console.error(line);
	if (args.flags.has('--verbose')) for (const r of rejected) console.error(`  rejected ${basename(path)}:${r.line}: ${JSON.stringify(r.raw)} — ${r.reason}`);
} catch (error) {
	console.error((error as Error).message);
	process.exit(2);
}
