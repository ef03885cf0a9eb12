/**
 * `npm run extract:score [-- --verbose]`: a benchmark of the extractor, not a test. Runs it on each
 * source text of data/sources.yaml — on the text alone — and only then compares its proposals with
 * the curated figures and units of that source (and data/excluded.yaml); runs it on the fixture texts
 * of tests/fixtures/extract/ and compares with their expected records (the held-out fixture, written
 * before the extractor was tuned, on its own row). Prints a table, writes bench/extract.json.
 */
import { mkdirSync, readdirSync, readFileSync, writeFileSync, existsSync } from 'node:fs';
import { join, basename } from 'node:path';
import { parse } from 'yaml';
import { projectRoot, resolveBuildOptions } from '../src/lib/server/build';
import { extract } from '../src/lib/server/extract';
import { poolScores, scoreAgainstData, scoreAgainstExpected, scoreTable, type CuratedRecord, type Score } from '../src/lib/server/extract-score';
import { loadGazetteer, loadSourceRecords, readUtf8 } from '../src/lib/server/extract-source';
import { SourceText } from '../src/lib/server/source-text';
import { parseNumber } from '../src/lib/data/normalise/numbers';
import { parseArgs } from './cli-args';

const args = parseArgs(process.argv.slice(2));
const { dataDir, sourcesDir } = resolveBuildOptions(args);
const gazetteer = loadGazetteer(dataDir);
const list = (path: string): Record<string, unknown>[] => (existsSync(path) ? ((parse(readFileSync(path, 'utf8')) as Record<string, unknown>[] | null) ?? []) : []);
const rows: { label: string; score: Score; seconds: number }[] = [];

// 1. The repository's sources: extract from the text, then read the curated records to compare.
const sourceScores: Score[] = [];
for (const source of loadSourceRecords(dataDir)) {
	const id = String(source.id);
	const file = join(sourcesDir, String(source.file));
	if (!existsSync(file)) {
		console.error(`source "${id}": no text at ${file}; skipped`);
		continue;
	}
	const text = readUtf8(file);
	const started = performance.now();
	const extraction = extract(text, { sourceId: id, documentDate: typeof source.date === 'string' ? source.date : undefined, gazetteer });
	const seconds = (performance.now() - started) / 1000;
	const figures = readdirSync(join(dataDir, 'figures'))
		.filter((n) => n.endsWith('.yaml'))
		.flatMap((n) => list(join(dataDir, 'figures', n)))
		.filter((f) => f.source === id) as CuratedRecord[];
	const units = list(join(dataDir, 'units.yaml')).filter((u) => u.source === id) as CuratedRecord[];
	const exclusions = list(join(dataDir, 'excluded.yaml'))
		.filter((e) => e.source === id)
		.map((e) => ({ excerpt: String(e.excerpt), number: parseNumber(String(e.number)) }));
	const score = scoreAgainstData(extraction, new SourceText(id, String(source.file), text), { figures, units, exclusions });
	sourceScores.push(score);
	rows.push({ label: `source ${id}`, score, seconds });
}
if (sourceScores.length > 1) rows.push({ label: 'repository sources (all)', score: poolScores(sourceScores), seconds: 0 });

// 2. The fixtures: expected records written by hand.
const fixtureDir = join(projectRoot, 'tests', 'fixtures', 'extract');
const tuned: Score[] = [];
const heldOut: Score[] = [];
for (const name of readdirSync(fixtureDir).filter((n) => n.endsWith('.expected.yaml')).sort()) {
	const expected = parse(readFileSync(join(fixtureDir, name), 'utf8')) as { date?: string; records: Record<string, unknown>[] };
	const textFile = join(fixtureDir, name.replace(/\.expected\.yaml$/, '.txt'));
	const started = performance.now();
	const extraction = extract(readUtf8(textFile), { sourceId: basename(textFile, '.txt'), documentDate: expected.date ? String(expected.date) : undefined, gazetteer });
	const seconds = (performance.now() - started) / 1000;
	const score = scoreAgainstExpected(extraction, expected.records);
	(name.startsWith('heldout') ? heldOut : tuned).push(score);
	rows.push({ label: `fixture ${basename(textFile, '.txt')}`, score, seconds });
}
if (tuned.length) rows.push({ label: 'fixtures (written with the rules)', score: poolScores(tuned), seconds: 0 });
if (heldOut.length) rows.push({ label: 'held-out (not tuned on)', score: poolScores(heldOut), seconds: 0 });

for (const line of scoreTable(rows)) console.log(line);
if (args.flags.has('--verbose')) {
	for (const { label, score } of rows) {
		if (label.includes('(')) continue;
		console.log(`\n${label}:`);
		for (const m of score.misses) console.log(`  missed     ${m}`);
		for (const f of score.falsePositives) console.log(`  not a figure? ${f}`);
		for (const w of score.wrongFields) console.log(`  field      ${w}`);
	}
}
mkdirSync(join(projectRoot, 'bench'), { recursive: true });
const out = join(projectRoot, 'bench', 'extract.json');
writeFileSync(out, `${JSON.stringify({ generated: new Date().toISOString(), rows: rows.map(({ label, score, seconds }) => ({ label, seconds, ...score })) }, null, '\t')}\n`);
console.log(`\nwrote ${out}`);
