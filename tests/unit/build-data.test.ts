/**
 * The data build on a small valid fixture (tests/fixtures/valid) and on broken copies of it: every
 * broken copy must give a clear `file:line: field: message` error and write nothing.
 */
import { describe, it, expect } from 'vitest';
import { spawnSync } from 'node:child_process';
import { cpSync, existsSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { buildDataset, projectRoot } from '../../src/lib/server/build';
import { defaultSourcesDir } from '../../src/lib/server/source-text';
import { formatError } from '../../src/lib/server/yaml-lines';
import type { Dataset } from '../../src/lib/data/types';

const fixture = resolve(projectRoot, 'tests/fixtures/valid');

interface Copy {
	root: string;
	dataDir: string;
	sourcesDir: string;
	outDir: string;
}

/** A temporary copy of the valid fixture, with an out dir holding a previous build. */
function copyFixture(): Copy {
	const root = mkdtempSync(join(tmpdir(), 'buildup-data-'));
	cpSync(join(fixture, 'data'), join(root, 'data'), { recursive: true });
	cpSync(join(fixture, 'sources'), join(root, 'sources'), { recursive: true });
	const outDir = join(root, 'out');
	mkdirSync(outDir);
	writeFileSync(join(outDir, 'dataset.json'), '{"previous":true}\n');
	writeFileSync(join(outDir, 'dataset.ts'), '// previous build\n');
	return { root, dataDir: join(root, 'data'), sourcesDir: join(root, 'sources'), outDir };
}

function outContents(outDir: string): Record<string, string> {
	if (!existsSync(outDir)) return {};
	return Object.fromEntries(
		readdirSync(outDir)
			.sort()
			.map((n) => [n, readFileSync(join(outDir, n), 'utf8')])
	);
}

/** Replaces the one occurrence of `from` in data/<file> (fails if it is not there exactly once). */
function mutate(copy: Copy, file: string, from: string, to: string): string {
	const path = join(copy.dataDir, file);
	const text = readFileSync(path, 'utf8');
	const at = text.indexOf(from);
	expect(at, `"${from}" in ${file}`).toBeGreaterThanOrEqual(0);
	const next = text.slice(0, at) + to + text.slice(at + from.length);
	writeFileSync(path, next);
	return next;
}

/** 1-based line of the first line of `text` that contains `marker`. */
function lineOf(text: string, marker: string): number {
	const index = text.split('\n').findIndex((l) => l.includes(marker));
	expect(index, `marker "${marker}"`).toBeGreaterThanOrEqual(0);
	return index + 1;
}

interface BrokenCase {
	name: string;
	file: string;
	from: string;
	to: string;
	field: string;
	/** The expected line is the line of this marker in the changed file (plus `offset`). */
	at: string;
	offset?: number;
	message: RegExp;
}

const broken: BrokenCase[] = [
	{
		name: 'a missing required field',
		file: 'figures/sample.yaml',
		from: '  estimator: hur\n',
		to: '',
		field: 'figures[1].estimator',
		at: '- id: hur-troops-east-2021-04',
		message: /^missing \(required field\)$/
	},
	{
		name: 'an unknown estimator',
		file: 'figures/sample.yaml',
		from: 'estimator: hur\n',
		to: 'estimator: hurr\n',
		field: 'figures[1].estimator',
		at: 'estimator: hurr',
		message: /^unknown estimator "hurr" \(did you mean "hur"\?\)$/
	},
	{
		name: 'an unknown place',
		file: 'figures/sample.yaml',
		from: 'places: [ukraine]',
		to: 'places: [ukraine, crimea-x]',
		field: 'figures[2].places[1]',
		at: 'crimea-x',
		message: /^unknown place "crimea-x"/
	},
	{
		name: 'a date that is not a calendar date',
		file: 'figures/sample.yaml',
		from: 'date_end: 2021-04-10',
		to: 'date_end: 2021-04-31',
		field: 'figures[1].date_end',
		at: 'date_end: 2021-04-31',
		message: /not a calendar date/
	},
	{
		name: 'date_start after date_end',
		file: 'units.yaml',
		from: 'date_start: 2021-04-13',
		to: 'date_start: 2021-04-14',
		field: 'units[0].date_start',
		at: 'date_start: 2021-04-14',
		message: /^date_start 2021-04-14 is after date_end 2021-04-13$/
	},
	{
		name: 'date_text disagreeing with the interval',
		file: 'figures/sample.yaml',
		from: 'date_text: "early April 2021"',
		to: 'date_text: "mid-April 2021"',
		field: 'figures[1].date_start',
		at: 'date_text: "mid-April 2021"',
		offset: 1,
		message: /^2021-04-01 disagrees with date_text "mid-April 2021", which means 2021-04-11 – 2021-04-20$/
	},
	{
		name: 'date_text the rules cannot read, without a date_note',
		file: 'events/sample.yaml',
		from: 'date_text: "14 April 2021"',
		to: 'date_text: "the day after"',
		field: 'events[0].date_text',
		at: 'the day after',
		message: /^cannot read "the day after" by the date rules .*give a date_note/
	},
	{
		name: '"by X" without a date_note',
		file: 'figures/sample.yaml',
		from: `  date_note: "'by mid-April' ends on 20 April 2021; the start is the start of the section 'Initial tensions (April 2021)'."\n`,
		to: '',
		field: 'figures[2].date_text',
		at: 'date_text: "by mid-April"',
		message: /says when the interval ends, not when it starts: give a date_note/
	},
	{
		name: 'an excerpt that is not in the source',
		file: 'figures/sample.yaml',
		from: 'about 41,000 Russian troops were',
		to: 'about 41,000 Russian soldiers were',
		field: 'figures[1].excerpt',
		at: 'Russian soldiers were',
		message: /^not found verbatim in source "sample" \(sample\.txt\): matches up to ".*41,000 Russian " .*then the source has "troops/
	},
	{
		name: 'a number that is not in the excerpt',
		file: 'figures/sample.yaml',
		from: 'value: 41000',
		to: 'value: 42000',
		field: 'figures[1].value',
		at: 'value: 42000',
		message: /^42,000 does not appear in the excerpt \(it states: 2021, 41,000\)$/
	},
	{
		name: 'one bound of a range not in the excerpt',
		file: 'figures/sample.yaml',
		from: 'high: 190000',
		to: 'high: 195000',
		field: 'figures[3].high',
		at: 'high: 195000',
		message: /^195,000 does not appear in the excerpt$/
	},
	{
		name: 'a range without high',
		file: 'figures/sample.yaml',
		from: '  high: 190000\n',
		to: '',
		field: 'figures[3].high',
		at: '- id: us-projection-2021-04',
		message: /^missing: qualifier range needs low and high$/
	},
	{
		name: 'a duplicate id',
		file: 'events/sample.yaml',
		from: '- id: geneva-talks-2022-01-10',
		to: '- id: ru-denial-2021-04-14',
		field: 'events[1].id',
		at: 'category: diplomacy',
		offset: -1,
		message: /^duplicate events id "ru-denial-2021-04-14" \(first at data\/events\/sample\.yaml:1\)$/
	},
	{
		name: 'an event id that a figure already uses (one permalink namespace)',
		file: 'events/sample.yaml',
		from: '- id: geneva-talks-2022-01-10',
		to: '- id: hur-troops-east-2021-04',
		field: 'events[1].id',
		at: 'category: diplomacy',
		offset: -1,
		message: /^id "hur-troops-east-2021-04" is already used by a record in figures \(data\/figures\/sample\.yaml:18\); figures, units and events share one set of ids/
	},
	{
		name: 'a bad enum value',
		file: 'figures/sample.yaml',
		from: 'qualifier: about',
		to: 'qualifier: approx',
		field: 'figures[1].qualifier',
		at: 'qualifier: approx',
		message: /^"approx" is not one of: exact, about, over, at_least, up_to, nearly, fewer_than, range$/
	},
	{
		name: 'a YAML syntax error',
		file: 'units.yaml',
		from: '  kind: movement',
		to: '  kind: movement: fast',
		field: 'yaml',
		at: 'kind: movement: fast',
		message: /^YAML syntax error: /
	},
	{
		name: 'contradicted_by naming a missing id',
		file: 'figures/sample.yaml',
		from: 'contradicted_by: [ru-denial-2021-04-14]',
		to: 'contradicted_by: [ru-denial-2021-04-15]',
		field: 'figures[2].contradicted_by[0]',
		at: 'ru-denial-2021-04-15',
		message: /^unknown figure, event or unit "ru-denial-2021-04-15" \(did you mean "ru-denial-2021-04-14"\?\)$/
	},
	{
		name: 'an excerpt over 300 characters',
		file: 'events/sample.yaml',
		from: 'excerpt: "On 10 January 2022, the US and Russia held talks in Geneva."',
		to: `excerpt: "${'x'.repeat(301)}"`,
		field: 'events[1].excerpt',
		at: 'xxxxxxxx',
		message: /at most 300 characters \(it has 301\)/
	},
	{
		name: 'an estimator short_name too long for a map label',
		file: 'estimators.yaml',
		from: '  name: "Ukrainian military intelligence (HUR)"\n',
		to: '  name: "Ukrainian military intelligence (HUR)"\n  short_name: "Ukrainian military intelligence"\n',
		field: 'estimators[1].short_name',
		at: 'short_name:',
		message: /^at most 24 characters/
	},
	{
		name: 'a unit count not in its excerpt',
		file: 'units.yaml',
		from: 'count: 2000',
		to: 'count: 3000',
		field: 'units[0].count',
		at: 'count: 3000',
		message: /^3,000 does not appear in the excerpt$/
	},
	{
		name: 'an unknown actor',
		file: 'events/sample.yaml',
		from: 'actors: [us, russia]',
		to: 'actors: [us, rusia]',
		field: 'events[1].actors[1]',
		at: 'actors: [us, rusia]',
		message: /^unknown actor "rusia" \(did you mean "russia"\?\)$/
	},
	{
		name: 'same_as naming a missing event',
		file: 'events/sample.yaml',
		from: '  key: true\n',
		to: '  key: true\n  same_as: nowhere\n',
		field: 'events[1].same_as',
		at: 'same_as: nowhere',
		message: /^unknown event "nowhere"$/
	},
	{
		name: 'an exclusion whose number is not in its excerpt',
		file: 'excluded.yaml',
		from: 'number: "three"',
		to: 'number: "four"',
		field: 'excluded[0].number',
		at: 'number: "four"',
		message: /^"four" does not appear in the excerpt$/
	},
	{
		name: 'an unknown field (a typo)',
		file: 'figures/sample.yaml',
		from: '  subject: "U.S. aid to Ukraine"\n',
		to: '  subject: "U.S. aid to Ukraine"\n  estimater: hur\n',
		field: 'figures[4].estimater',
		at: 'estimater: hur',
		message: /^unknown field \(did you mean "estimator"\?\)$/
	},
	{
		name: 'an unknown source',
		file: 'units.yaml',
		from: 'source: sample',
		to: 'source: sampel',
		field: 'units[0].source',
		at: 'source: sampel',
		message: /^unknown source "sampel" \(did you mean "sample"\?\)$/
	},
	{
		name: 'a source file missing from the sources folder',
		file: 'sources.yaml',
		from: 'file: sample.txt',
		to: 'file: other.txt',
		field: 'sources[0].file',
		at: 'file: other.txt',
		message: /^no file "other\.txt" in the sources folder /
	},
	{
		name: 'a file that is not a list',
		file: 'actors.yaml',
		from: '- id: us\n  name: "United States"\n  kind: country\n- id: russia\n  name: "Russia"\n  kind: country\n',
		to: 'us: "United States"\nrussia: "Russia"\n',
		field: 'actors',
		at: 'us: "United States"',
		message: /^the file must be a YAML list of records \(a top-level sequence\)$/
	},
	{
		name: 'a non-standard metric without a note',
		file: 'figures/sample.yaml',
		from: 'metric: aid_usd',
		to: 'metric: aid_dollars',
		field: 'figures[4].metric',
		at: 'metric: aid_dollars',
		message: /^"aid_dollars" is not a standard metric; use one of troops, .*, or say in a note why none fits$/
	},
	{
		name: 'a number written with a comma in YAML',
		file: 'figures/sample.yaml',
		from: 'value: 900000',
		to: 'value: 900,000',
		field: 'figures[0].value',
		at: 'value: 900,000',
		message: /^expected number, got "900,000"$/
	}
];

describe('buildDataset on the valid fixture', () => {
	it('builds, writes both files, and the outputs parse', () => {
		const copy = copyFixture();
		try {
			const result = buildDataset(copy);
			expect(result.errors.map(formatError)).toEqual([]);
			expect(result.ok).toBe(true);
			const json = JSON.parse(readFileSync(join(copy.outDir, 'dataset.json'), 'utf8')) as Dataset;
			expect(json).toEqual(result.dataset);
			expect(json.version).toMatch(/^[0-9a-f]{12}$/);
			const ts = readFileSync(join(copy.outDir, 'dataset.ts'), 'utf8');
			expect(ts).toMatch(/^\/\/ generated by scripts\/build-data\.ts — do not edit/);
			expect(ts).toContain("import raw from './dataset.json';");
			expect(ts).toContain('export const dataset = raw as Dataset;');
			expect(readdirSync(copy.outDir).sort()).toEqual(['dataset.json', 'dataset.ts']);
			expect(result.validation.verbatimStatus).toMatch(/every excerpt checked verbatim$/);
		} finally {
			rmSync(copy.root, { recursive: true, force: true });
		}
	});

	it('derives bounds, contradicts, normalisation and context', () => {
		const copy = copyFixture();
		try {
			const { dataset } = buildDataset(copy);
			const byId = new Map(dataset!.figures.map((f) => [f.id, f]));
			expect(byId.get('us-troops-mid-april-2021')).toMatchObject({ value: 100000, low: 100000, high: null, contradicted_by: ['ru-denial-2021-04-14'] });
			expect(byId.get('us-projection-2021-04')).toMatchObject({ value: null, low: 175000, high: 190000 });
			expect(byId.get('hur-troops-east-2021-04')).toMatchObject({
				value: 41000,
				low: null,
				high: null,
				normalisation: ['“early April 2021” → 1–10 Apr 2021', '“about 41,000” → about 41,000 (no bounds)'],
				context_before: '',
				// Whitespace folded, kept at the join: before + excerpt + after reads as the source does.
				context_after: ' By mid-April the U.S. said over 100,000 troops were massed around Ukraine. A later U.S. projection gave 175,000 to 190,000 troops. Russia denied the buildup'
			});
			expect(byId.get('us-troops-mid-april-2021')!.normalisation[0]).toBe('“by mid-April” → 1–20 Apr 2021 (ends as the words say; start from the date note)');
			expect(byId.get('us-aid-2021-04')!.normalisation[1]).toBe('“$2.5 billion” → exactly 2,500,000,000');
			expect(byId.get('us-troops-mid-april-2021')!.context_before).toMatch(/about 41,000 Russian troops were near the eastern border\. $/);
			const denial = dataset!.events.find((e) => e.id === 'ru-denial-2021-04-14')!;
			expect(denial).toMatchObject({ contradicts: ['us-troops-mid-april-2021'], key: false, place: null, same_as: null });
			expect(dataset!.units[0]).toMatchObject({ count: 2000, normalisation: ['“13 April 2021” → 13 Apr 2021', '“two thousand” → 2,000 troops'] });
		} finally {
			rmSync(copy.root, { recursive: true, force: true });
		}
	});

	it('gives the same version for the same content, and a new one when a record changes', () => {
		const a = copyFixture();
		const b = copyFixture();
		try {
			const first = buildDataset(a).dataset!.version;
			expect(buildDataset(b).dataset!.version).toBe(first);
			mutate(b, 'figures/sample.yaml', 'subject: "U.S. aid to Ukraine"', 'subject: "U.S. military aid to Ukraine"');
			expect(buildDataset(b).dataset!.version).not.toBe(first);
		} finally {
			rmSync(a.root, { recursive: true, force: true });
			rmSync(b.root, { recursive: true, force: true });
		}
	});

	it('refuses to build without the source texts: no excerpt goes unchecked', () => {
		const copy = copyFixture();
		try {
			const before = outContents(copy.outDir);
			const sources = readFileSync(join(copy.dataDir, 'sources.yaml'), 'utf8');
			const noFolder = join(copy.root, 'no-such-folder');
			const result = buildDataset({ ...copy, sourcesDir: noFolder });
			expect(result.ok).toBe(false);
			expect(result.errors.map(formatError)).toEqual([
				`data/sources.yaml:${lineOf(sources, 'file: sample.txt')}: sources[0].file: cannot read "sample.txt": the sources folder ${noFolder} does not exist (it is the repository's sources/ unless --sources-dir or $SOURCES_DIR names another)`
			]);
			expect(outContents(copy.outDir)).toEqual(before);
		} finally {
			rmSync(copy.root, { recursive: true, force: true });
		}
	});
});

describe('buildDataset on broken data: a located error, and nothing written', () => {
	it.each(broken)('$name → $field', ({ file, from, to, field, at, offset, message }) => {
		const copy = copyFixture();
		try {
			const before = outContents(copy.outDir);
			const text = mutate(copy, file, from, to);
			const result = buildDataset(copy);
			expect(result.ok).toBe(false);
			expect(result.written).toEqual([]);
			const prefix = `data/${file}:${lineOf(text, at) + (offset ?? 0)}: ${field}: `;
			const lines = result.errors.map(formatError);
			const match = lines.find((l) => l.startsWith(prefix));
			expect(match, `no error starting "${prefix}" in:\n${lines.join('\n')}`).toBeDefined();
			expect(match!.slice(prefix.length)).toMatch(message);
			expect(outContents(copy.outDir)).toEqual(before);
		} finally {
			rmSync(copy.root, { recursive: true, force: true });
		}
	});

	it('covers at least ten kinds of breakage', () => {
		expect(broken.length).toBeGreaterThanOrEqual(10);
	});

	it('reports a missing required file without a line', () => {
		const copy = copyFixture();
		try {
			rmSync(join(copy.dataDir, 'sources.yaml'));
			const result = buildDataset(copy);
			expect(result.errors.map(formatError)).toContain('data/sources.yaml: sources: required file is missing');
		} finally {
			rmSync(copy.root, { recursive: true, force: true });
		}
	});

	it('reports every error, in file and line order, not just the first', () => {
		const copy = copyFixture();
		try {
			mutate(copy, 'units.yaml', 'to: yelnya', 'to: yelnia');
			const figures = mutate(copy, 'figures/sample.yaml', 'estimator: hur\n', 'estimator: hurr\n');
			const events = mutate(copy, 'events/sample.yaml', 'category: diplomacy', 'category: diplomatic');
			const result = buildDataset(copy);
			const units = readFileSync(join(copy.dataDir, 'units.yaml'), 'utf8');
			expect(result.errors.map(formatError)).toEqual([
				`data/events/sample.yaml:${lineOf(events, 'category: diplomatic')}: events[1].category: "diplomatic" is not one of: diplomacy, military, incident, sanctions, aid, recognition, invasion, statement, cyber (did you mean "diplomacy"?)`,
				`data/figures/sample.yaml:${lineOf(figures, 'estimator: hurr')}: figures[1].estimator: unknown estimator "hurr" (did you mean "hur"?)`,
				`data/units.yaml:${lineOf(units, 'to: yelnia')}: units[0].to: unknown place "yelnia" (did you mean "yelnya"?)`
			]);
		} finally {
			rmSync(copy.root, { recursive: true, force: true });
		}
	});

	it('still checks the other fields of a record that fails its schema', () => {
		const copy = copyFixture();
		try {
			mutate(copy, 'figures/sample.yaml', 'qualifier: about', 'qualifier: approx');
			mutate(copy, 'figures/sample.yaml', 'estimator: hur\n', 'estimator: hurr\n');
			const text = mutate(copy, 'figures/sample.yaml', 'Russian troops were near', 'Russian soldiers were near');
			const lines = buildDataset(copy).errors.map(formatError);
			expect(lines).toContain(`data/figures/sample.yaml:${lineOf(text, 'estimator: hurr')}: figures[1].estimator: unknown estimator "hurr" (did you mean "hur"?)`);
			expect(lines.some((l) => l.startsWith(`data/figures/sample.yaml:${lineOf(text, 'Russian soldiers')}: figures[1].excerpt: not found verbatim`))).toBe(true);
			expect(lines.some((l) => l.startsWith(`data/figures/sample.yaml:${lineOf(text, 'qualifier: approx')}: figures[1].qualifier: `))).toBe(true);
		} finally {
			rmSync(copy.root, { recursive: true, force: true });
		}
	});

	it('leaves an empty out dir empty, and does not create a missing one', () => {
		const copy = copyFixture();
		try {
			rmSync(copy.outDir, { recursive: true });
			mkdirSync(copy.outDir);
			mutate(copy, 'figures/sample.yaml', 'qualifier: about', 'qualifier: approx');
			expect(buildDataset(copy).ok).toBe(false);
			expect(readdirSync(copy.outDir)).toEqual([]);
			const missing = join(copy.root, 'not-yet');
			expect(buildDataset({ ...copy, outDir: missing }).ok).toBe(false);
			expect(existsSync(missing)).toBe(false);
		} finally {
			rmSync(copy.root, { recursive: true, force: true });
		}
	});

	it('the command line prints the errors, one a line, and exits 1', () => {
		const copy = copyFixture();
		try {
			const text = mutate(copy, 'figures/sample.yaml', 'estimator: hur\n', 'estimator: hurr\n');
			const run = spawnSync(
				join(projectRoot, 'node_modules', '.bin', 'tsx'),
				['scripts/build-data.ts', '--data-dir', copy.dataDir, '--sources-dir', copy.sourcesDir, `--out-dir=${copy.outDir}`],
				{ cwd: projectRoot, encoding: 'utf8' }
			);
			expect(run.status).toBe(1);
			expect(run.stderr.split('\n')).toContain(`data/figures/sample.yaml:${lineOf(text, 'estimator: hurr')}: figures[1].estimator: unknown estimator "hurr" (did you mean "hur"?)`);
			expect(run.stderr).toMatch(/1 error in .*; nothing was written\./);
			expect(outContents(copy.outDir)).toEqual({ 'dataset.json': '{"previous":true}\n', 'dataset.ts': '// previous build\n' });
		} finally {
			rmSync(copy.root, { recursive: true, force: true });
		}
	});
});

describe('the real data/', () => {
	it("builds with the repository's source texts (every excerpt verbatim)", () => {
		const sourcesDir = defaultSourcesDir(projectRoot);
		const outDir = mkdtempSync(join(tmpdir(), 'buildup-real-'));
		try {
			const result = buildDataset({ dataDir: join(projectRoot, 'data'), sourcesDir, outDir });
			expect(result.errors.map(formatError)).toEqual([]);
			expect(result.validation.verbatimStatus).toMatch(/every excerpt checked verbatim$/);
			expect(result.dataset!.figures.length).toBeGreaterThan(0);
		} finally {
			rmSync(outDir, { recursive: true, force: true });
		}
	});

	it('keeps every listed source text in sources/, named in sources/README.md with its licence', () => {
		const outDir = mkdtempSync(join(tmpdir(), 'buildup-real-'));
		const { dataset } = buildDataset({ dataDir: join(projectRoot, 'data'), outDir });
		rmSync(outDir, { recursive: true, force: true });
		const readme = readFileSync(join(projectRoot, 'sources', 'README.md'), 'utf8');
		expect(dataset!.sources.length).toBeGreaterThan(0);
		for (const source of dataset!.sources) {
			expect(existsSync(join(projectRoot, 'sources', source.file)), source.file).toBe(true);
			const row = readme.split('\n').find((l) => l.startsWith(`| \`${source.file}\` | \`${source.id}\` |`));
			expect(row, `a row for ${source.file} in sources/README.md`).toBeDefined();
			expect(row).toContain(source.licence);
		}
	});
});
