/**
 * `npm run add-source -- <file.txt> --id ID --title "…" --publisher "…" --url "…" --date YYYY-MM-DD
 * --licence "CC BY-SA 4.0" [--licence-url URL] [--cite "…"]`: copies the text into the sources
 * folder, adds its entry to data/sources.yaml (refusing an id or file that exists), writes
 * data/candidates/<id>.yaml (the extractor's proposals, review: pending) and prints a summary. On any
 * problem it writes nothing and exits 1.
 */
import { relative, resolve } from 'node:path';
import { resolveBuildOptions } from '../src/lib/server/build';
import { addSource, summaryTable } from '../src/lib/server/extract-source';
import { takeValues } from './extract-args';

const flags = ['--id', '--title', '--publisher', '--url', '--date', '--licence', '--licence-url', '--cite'] as const;
const usage = `usage: npm run add-source -- <file.txt> --id ID --title "…" --publisher "…" --url "…" --date YYYY-MM-DD --licence "CC BY-SA 4.0" [--licence-url URL] [--cite "…"] [--data-dir DIR] [--sources-dir DIR]`;
try {
	const { values, args } = takeValues(process.argv.slice(2), flags);
	const file = args.positional[0];
	const missing = ['--id', '--title', '--publisher', '--url', '--date', '--licence'].filter((f) => !values[f]);
	if (!file || missing.length) throw new Error(`${missing.length ? `missing ${missing.join(', ')}\n` : ''}${usage}`);
	const { dataDir, sourcesDir } = resolveBuildOptions(args);
	const result = addSource({
		file: resolve(file),
		id: values['--id']!,
		title: values['--title']!,
		publisher: values['--publisher']!,
		url: values['--url']!,
		date: values['--date']!,
		licence: values['--licence']!,
		licenceUrl: values['--licence-url'],
		cite: values['--cite'],
		dataDir,
		sourcesDir
	});
	const shown = (p: string) => relative(process.cwd(), p) || p;
	console.log(`added source "${values['--id']}":`);
	console.log(`  text        ${shown(result.sourceFile)}`);
	console.log(`  entry       ${shown(resolve(dataDir, 'sources.yaml'))}:${result.entryLine}`);
	console.log(`  candidates  ${shown(result.candidatesFile)} (review: pending — never published until accepted)`);
	console.log('');
	for (const line of summaryTable(result.extraction.records, result.extraction.rejected.length)) console.log(line);
	console.log(`\nnext: review ${shown(result.candidatesFile)}, set review: accepted on the good records, then npm run extract:accept -- ${shown(result.candidatesFile)}`);
} catch (error) {
	console.error(`add-source: ${(error as Error).message}`);
	console.error('nothing was written.');
	process.exit(1);
}
