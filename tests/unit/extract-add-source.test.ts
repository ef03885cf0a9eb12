/**
 * `add-source` and `extract:accept` on a temporary copy of the valid fixture dataset: a new text is
 * copied, its sources.yaml entry written and its candidates proposed — and the build still
 * publishes none of them; every refusal (id or file taken, bad date, invalid UTF-8, unknown licence)
 * writes nothing; accepting moves only complete records marked `review: accepted`.
 */
import { describe, expect, it } from 'vitest';
import { spawnSync } from 'node:child_process';
import { cpSync, existsSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { parse } from 'yaml';
import { buildDataset, projectRoot } from '../../src/lib/server/build';
import { checkCandidates } from '../../src/lib/server/extract-candidates';
import { acceptCandidates, addSource, AddSourceError, type AddSourceOptions } from '../../src/lib/server/extract-source';
import { SourceText } from '../../src/lib/server/source-text';

const fixture = join(projectRoot, 'tests', 'fixtures', 'valid');
const newText = 'On 13 April 2021, Ukrainian intelligence said about 41,000 Russian troops were near Yelnya.\n\nThe 41st Army moved from Novosibirsk to Yelnya on 12 April 2021.\n';

function workspace() {
	const dir = mkdtempSync(join(tmpdir(), 'buildup-add-source-'));
	cpSync(join(fixture, 'data'), join(dir, 'data'), { recursive: true });
	cpSync(join(fixture, 'sources'), join(dir, 'sources'), { recursive: true });
	writeFileSync(join(dir, 'report.txt'), newText);
	const options: AddSourceOptions = {
		file: join(dir, 'report.txt'),
		id: 'report',
		title: 'A report',
		publisher: 'A publisher',
		url: 'https://example.org/report',
		date: '2021-04-14',
		licence: 'CC BY-SA 4.0',
		dataDir: join(dir, 'data'),
		sourcesDir: join(dir, 'sources')
	};
	return { dir, options, cleanup: () => rmSync(dir, { recursive: true, force: true }) };
}

/** Every file under a folder with its bytes, to prove nothing changed. */
function snapshot(dir: string): Record<string, string> {
	const out: Record<string, string> = {};
	const walk = (d: string) => {
		for (const e of readdirSync(d, { withFileTypes: true })) {
			const p = join(d, e.name);
			if (e.isDirectory()) walk(p);
			else out[p.slice(dir.length)] = readFileSync(p).toString('base64');
		}
	};
	walk(dir);
	return out;
}

describe('addSource', () => {
	it('copies the text, adds the sources.yaml entry, writes valid candidates — and the build publishes none', () => {
		const { dir, options, cleanup } = workspace();
		try {
			const result = addSource(options);
			expect(readFileSync(join(dir, 'sources', 'report.txt'), 'utf8')).toBe(newText);
			const sources = parse(readFileSync(join(dir, 'data', 'sources.yaml'), 'utf8')) as Record<string, unknown>[];
			expect(sources.at(-1)).toMatchObject({ id: 'report', file: 'report.txt', date: '2021-04-14', licence_url: 'https://creativecommons.org/licenses/by-sa/4.0/' });
			const candidates = parse(readFileSync(result.candidatesFile, 'utf8')) as Record<string, unknown>[];
			// The fixture's estimators.yaml has no "Ukrainian intelligence": a new estimator is proposed.
			expect(candidates.map((c) => [c.type, c.value ?? c.unit ?? c.id, c.review])).toEqual([
				['figure', 41000, 'pending'],
				['unit', '41st Army', 'pending'],
				['estimator', 'ukrainian-intelligence', 'pending']
			]);
			expect(candidates[0]).toMatchObject({ estimator: 'ukrainian-intelligence', date_start: '2021-04-13', places: ['yelnya'], qualifier: 'about', side: 'russia', fronts: ['east'] });
			expect(candidates[1]).toMatchObject({ from: 'novosibirsk', to: 'yelnya', date_start: '2021-04-12' });
			expect(checkCandidates(candidates, new SourceText('report', 'report.txt', newText))).toEqual([]);
			const built = buildDataset({ dataDir: join(dir, 'data'), sourcesDir: join(dir, 'sources'), outDir: join(dir, 'out') });
			expect(built.errors).toEqual([]);
			expect(built.dataset!.sources.map((s) => s.id)).toContain('report');
			expect(built.dataset!.figures.filter((f) => f.source === 'report')).toEqual([]);
			expect(built.dataset!.units.filter((u) => u.source === 'report')).toEqual([]);
		} finally {
			cleanup();
		}
	});

	const refusals: [string, (o: AddSourceOptions, dir: string) => void, RegExp][] = [
		['an id that exists', (o) => (o.id = 'sample'), /source id "sample" exists/],
		['a file name that exists', (o, dir) => writeFileSync((o.file = join(dir, 'sample.txt')), 'Other text, 3,000 troops.'), /file name sample\.txt exists/],
		['a text already in the sources folder', (o, dir) => writeFileSync(join(dir, 'sources', 'report.txt'), 'x'), /report\.txt exists/],
		['a date that is not a calendar date', (o) => (o.date = '2021-02-30'), /--date "2021-02-30"/],
		['an id that is not an id', (o) => (o.id = 'Report 1'), /--id "Report 1"/],
		['invalid UTF-8', (o) => writeFileSync(o.file, Buffer.from([0x41, 0xff, 0xfe, 0x42])), /not valid UTF-8/],
		['an empty text', (o) => writeFileSync(o.file, '  \n'), /the text is empty/],
		['a licence it cannot link without --licence-url', (o) => (o.licence = 'All rights reserved'), /give --licence-url/],
		['a missing file', (o, dir) => (o.file = join(dir, 'nope.txt')), /no file/]
	];
	it.each(refusals)('refuses %s and writes nothing', (_, breakIt, message) => {
		const { dir, options, cleanup } = workspace();
		try {
			breakIt(options, dir);
			const before = snapshot(dir);
			expect(() => addSource(options)).toThrow(AddSourceError);
			expect(() => addSource(options)).toThrow(message);
			expect(snapshot(dir)).toEqual(before);
		} finally {
			cleanup();
		}
	}, 60_000);
});

describe('acceptCandidates', () => {
	it('moves the accepted complete records into data/ and keeps the rest; the build then publishes them', () => {
		const { dir, options, cleanup } = workspace();
		try {
			const { candidatesFile } = addSource(options);
			const list = parse(readFileSync(candidatesFile, 'utf8')) as Record<string, unknown>[];
			// The curator's review: the estimator is the fixture's HUR; the proposed estimator stays pending.
			list[0].review = 'accepted';
			list[0].estimator = 'hur';
			writeFileSync(candidatesFile, `# reviewed\n${JSON.stringify(list)}\n`);
			const result = acceptCandidates(candidatesFile, join(dir, 'data'));
			expect(result.moved.map((m) => [m.type, m.id])).toEqual([['figure', list[0].id]]);
			expect(result.kept).toBe(2);
			const kept = parse(readFileSync(candidatesFile, 'utf8')) as Record<string, unknown>[];
			expect(kept.map((c) => c.type)).toEqual(['unit', 'estimator']);
			const figures = parse(readFileSync(join(dir, 'data', 'figures', 'report.yaml'), 'utf8')) as Record<string, unknown>[];
			expect(figures).toHaveLength(1);
			expect(figures[0]).not.toHaveProperty('review');
			expect(figures[0]).not.toHaveProperty('why');
			const built = buildDataset({ dataDir: join(dir, 'data'), sourcesDir: join(dir, 'sources'), outDir: join(dir, 'out') });
			expect(built.errors).toEqual([]);
			expect(built.dataset!.figures.filter((f) => f.source === 'report').map((f) => f.id)).toEqual([list[0].id]);
		} finally {
			cleanup();
		}
	});

	it('refuses an accepted record with a field left empty, and moves nothing', () => {
		// (fronts left null: an accepted figure must have every required field)
		const { dir, options, cleanup } = workspace();
		try {
			const { candidatesFile } = addSource(options);
			const list = parse(readFileSync(candidatesFile, 'utf8')) as Record<string, unknown>[];
			list[0].review = 'accepted';
			list[0].fronts = null;
			writeFileSync(candidatesFile, JSON.stringify(list));
			const before = snapshot(dir);
			expect(() => acceptCandidates(candidatesFile, join(dir, 'data'))).toThrow(/fronts: .*nothing was moved|nothing was moved[\s\S]*fronts/);
			expect(snapshot(dir)).toEqual(before);
			expect(existsSync(join(dir, 'data', 'figures', 'report.yaml'))).toBe(false);
		} finally {
			cleanup();
		}
	});
});

describe('npm run add-source (the command)', () => {
	const run = (args: string[]) => spawnSync(process.execPath, [join(projectRoot, 'node_modules', 'tsx', 'dist', 'cli.mjs'), join(projectRoot, 'scripts', 'add-source.ts'), ...args], { encoding: 'utf8', cwd: projectRoot });
	it('prints the summary on success and exits 1, writing nothing, on a refusal', () => {
		const { dir, options, cleanup } = workspace();
		try {
			const args = [options.file, '--id', 'report', '--title', 'A report', '--publisher', 'P', '--url', 'https://example.org/r', '--date', '2021-04-14', '--licence', 'CC BY-SA 4.0', '--data-dir', options.dataDir, '--sources-dir', options.sourcesDir];
			const ok = run(args);
			expect(ok.stderr).toBe('');
			expect(ok.status).toBe(0);
			expect(ok.stdout).toMatch(/figures\s+1\s+metrics: troops/);
			expect(ok.stdout).toMatch(/unit movements\s+1\s+41st Army/);
			const before = snapshot(dir);
			const again = run(args);
			expect(again.status).toBe(1);
			expect(again.stderr).toMatch(/source id "report" exists[\s\S]*nothing was written/);
			expect(snapshot(dir)).toEqual(before);
		} finally {
			cleanup();
		}
	}, 60_000);
});
