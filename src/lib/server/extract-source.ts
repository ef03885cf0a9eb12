/**
 * Adding a source in one step (`npm run add-source`): copy the text into the sources folder, add its
 * entry to data/sources.yaml, write data/candidates/<id>.yaml with the extractor's proposals — or,
 * on any problem, write nothing. And moving accepted candidates into data/ (`npm run
 * extract:accept`). Build-time only.
 */
import { copyFileSync, existsSync, mkdirSync, readdirSync, readFileSync, renameSync, rmSync, writeFileSync } from 'node:fs';
import { basename, join, relative } from 'node:path';
import { parse } from 'yaml';
import { isIsoDate } from '../data/days';
import { extract, gazetteerFrom, type Extraction, type Proposal } from './extract';
import { acceptProblems, candidateLines, candidatesYaml, checkCandidates, recordOf } from './extract-candidates';
import { sourceSchema } from './schema';
import { SourceText } from './source-text';
import type { Gazetteer } from './extract-names';

export class AddSourceError extends Error {}

function readYamlList(path: string): Record<string, unknown>[] {
	if (!existsSync(path)) return [];
	const value = parse(readFileSync(path, 'utf8')) as unknown;
	if (value === null) return [];
	if (!Array.isArray(value)) throw new AddSourceError(`${path}: not a YAML list`);
	return value.filter((v): v is Record<string, unknown> => typeof v === 'object' && v !== null);
}

/** Estimators and places of a data folder, for the extractor. */
export function loadGazetteer(dataDir: string): Gazetteer {
	return gazetteerFrom(readYamlList(join(dataDir, 'estimators.yaml')), readYamlList(join(dataDir, 'places.yaml')));
}

export function loadSourceRecords(dataDir: string): Record<string, unknown>[] {
	return readYamlList(join(dataDir, 'sources.yaml'));
}

/** Reads a text file as UTF-8, refusing invalid bytes (a clear error rather than U+FFFD in excerpts). */
export function readUtf8(path: string): string {
	const bytes = readFileSync(path);
	try {
		return new TextDecoder('utf-8', { fatal: true }).decode(bytes).replace(/^\uFEFF/, '');
	} catch {
		throw new AddSourceError(`${path}: not valid UTF-8 text`);
	}
}

const licenceUrls: Record<string, string> = {
	'cc by-sa 4.0': 'https://creativecommons.org/licenses/by-sa/4.0/',
	'cc by 4.0': 'https://creativecommons.org/licenses/by/4.0/',
	'cc by-nc 4.0': 'https://creativecommons.org/licenses/by-nc/4.0/',
	'cc by-nc-sa 4.0': 'https://creativecommons.org/licenses/by-nc-sa/4.0/',
	'cc0 1.0': 'https://creativecommons.org/publicdomain/zero/1.0/'
};

export interface AddSourceOptions {
	file: string;
	id: string;
	title: string;
	publisher: string;
	url: string;
	date: string;
	licence: string;
	licenceUrl?: string;
	cite?: string;
	dataDir: string;
	sourcesDir: string;
}

export interface AddSourceResult {
	written: string[];
	extraction: Extraction;
	candidatesFile: string;
	sourceFile: string;
	entryLine: number;
}

function yamlString(s: string): string {
	return JSON.stringify(s);
}

/** The data/sources.yaml entry for a new source (validated with the pipeline's schema). */
export function sourceEntry(o: AddSourceOptions, file: string): { record: Record<string, string>; lines: string[] } {
	const licenceUrl = o.licenceUrl ?? licenceUrls[o.licence.trim().toLowerCase()];
	if (!licenceUrl) throw new AddSourceError(`--licence "${o.licence}": give --licence-url too (known without it: ${Object.keys(licenceUrls).join(', ')})`);
	const record = {
		id: o.id,
		title: o.title,
		publisher: o.publisher,
		licence: o.licence,
		licence_url: licenceUrl,
		url: o.url,
		file,
		cite: o.cite ?? `${o.publisher}, “${o.title}”, ${o.date}, ${o.licence}`,
		date: o.date
	};
	const parsed = sourceSchema.safeParse(record);
	if (!parsed.success) throw new AddSourceError(parsed.error.issues.map((i) => `--${String(i.path[0]).replace('_', '-')}: ${i.message}`).join('; '));
	return { record, lines: Object.entries(record).map(([k, v], i) => `${i === 0 ? '- ' : '  '}${k}: ${k === 'id' || k === 'date' ? v : yamlString(v)}`) };
}

/**
 * Adds a source: checks everything first (id and file new, arguments valid, text UTF-8, the
 * candidates valid), then writes the three files; if a write fails, removes what it wrote.
 */
export function addSource(o: AddSourceOptions): AddSourceResult {
	if (!existsSync(o.file)) throw new AddSourceError(`no file ${o.file}`);
	if (!/^[a-z0-9]+(?:-[a-z0-9]+)*$/.test(o.id)) throw new AddSourceError(`--id "${o.id}": lowercase a-z, 0-9 and single hyphens`);
	if (!isIsoDate(o.date)) throw new AddSourceError(`--date "${o.date}": the document's date, YYYY-MM-DD`);
	const text = readUtf8(o.file);
	if (text.trim() === '') throw new AddSourceError(`${o.file}: the text is empty`);
	const fileName = basename(o.file);
	const sources = loadSourceRecords(o.dataDir);
	const taken = sources.find((s) => s.id === o.id);
	if (taken) throw new AddSourceError(`source id "${o.id}" exists in ${join(o.dataDir, 'sources.yaml')} (${String(taken.file)})`);
	const sameFile = sources.find((s) => s.file === fileName);
	if (sameFile) throw new AddSourceError(`a source with the file name ${fileName} exists ("${String(sameFile.id)}"): rename the file`);
	const target = join(o.sourcesDir, fileName);
	if (existsSync(target)) throw new AddSourceError(`${target} exists: rename the file or remove that one`);
	const candidatesFile = join(o.dataDir, 'candidates', `${o.id}.yaml`);
	if (existsSync(candidatesFile)) throw new AddSourceError(`${candidatesFile} exists`);
	const entry = sourceEntry(o, fileName);

	const extraction = extract(text, { sourceId: o.id, documentDate: o.date, gazetteer: loadGazetteer(o.dataDir) });
	const problems = checkCandidates(JSON.parse(JSON.stringify(extraction.records)), new SourceText(o.id, fileName, text));
	if (problems.length) throw new AddSourceError(`the extractor proposed invalid candidates (a bug): ${problems.map((p) => `[${p.index}].${p.field}: ${p.message}`).join('; ')}`);

	const sourcesYaml = join(o.dataDir, 'sources.yaml');
	const before = existsSync(sourcesYaml) ? readFileSync(sourcesYaml, 'utf8') : '';
	const entryLine = before.split('\n').length + (before.endsWith('\n') || before === '' ? 0 : 1);
	const yaml = candidatesYaml(extraction.records, [
		`Candidates for source "${o.id}" (${fileName}, dated ${o.date}), proposed by npm run add-source — NOT part of the dataset.`,
		`Review each record: fill or fix its fields, set review: accepted (or rejected), then run`,
		`npm run extract:accept -- ${relative(process.cwd(), candidatesFile) || candidatesFile} to move accepted records into data/.`
	]);
	const written: string[] = [];
	try {
		mkdirSync(o.sourcesDir, { recursive: true });
		copyFileSync(o.file, target);
		written.push(target);
		mkdirSync(join(o.dataDir, 'candidates'), { recursive: true });
		writeFileSync(`${candidatesFile}.tmp`, yaml, 'utf8');
		renameSync(`${candidatesFile}.tmp`, candidatesFile);
		written.push(candidatesFile);
		writeFileSync(sourcesYaml, `${before}${before === '' || before.endsWith('\n') ? '' : '\n'}${entry.lines.join('\n')}\n`, 'utf8');
		written.push(sourcesYaml);
	} catch (error) {
		for (const w of written) if (w !== sourcesYaml) rmSync(w, { force: true });
		if (written.includes(sourcesYaml)) writeFileSync(sourcesYaml, before, 'utf8');
		throw new AddSourceError(`could not write (${(error as Error).message}); nothing was kept`);
	}
	return { written, extraction, candidatesFile, sourceFile: target, entryLine };
}

/** The summary table add-source prints. */
export function summaryTable(records: Proposal[], rejectedCount: number): string[] {
	const figures = records.filter((r) => r.type === 'figure');
	const units = records.filter((r) => r.type === 'unit');
	const estimators = records.filter((r) => r.type === 'estimator');
	const places = records.filter((r) => r.type === 'place');
	const row = (label: string, n: number, detail = '') => `  ${label.padEnd(22)}${String(n).padStart(4)}  ${detail}`;
	const unfilled = figures.reduce((n, f) => n + ['metric', 'date_start', 'estimator', 'side', 'fronts', 'kind'].filter((k) => (f as unknown as Record<string, unknown>)[k] === null).length, 0);
	return [
		row('figures', figures.length, figures.length ? `metrics: ${[...new Set(figures.map((f) => f.metric ?? '?'))].join(', ')}` : ''),
		row('unit movements', units.length, units.map((u) => u.unit).slice(0, 3).join('; ')),
		row('new estimators', estimators.length, estimators.map((e) => e.id).join(', ')),
		row('new places', places.length, places.map((p) => p.id).join(', ')),
		row('fields left empty', unfilled, unfilled ? '(null in the candidates: fill them in)' : ''),
		row('numbers rejected', rejectedCount, rejectedCount ? '(dates, distances, per-unit sizes, …: npm run extract -- FILE --verbose)' : '')
	];
}

// ——— accepting ———

export interface AcceptResult {
	moved: { type: string; id: string; to: string }[];
	kept: number;
	written: string[];
}

function appendRecords(path: string, records: Record<string, unknown>[], header: string): void {
	const lines = records.flatMap((r) => candidateLines(r));
	const existing = existsSync(path) ? readFileSync(path, 'utf8') : `# ${header}\n`;
	const body = existing.replace(/^\[\]\s*$/m, '');
	writeFileSync(path, `${body}${body.endsWith('\n') ? '' : '\n'}${lines.join('\n')}\n`, 'utf8');
}

/**
 * Moves the candidates marked `review: accepted` into data/ (figures → data/figures/<source>.yaml,
 * units → units.yaml, estimators → estimators.yaml, places → places.yaml, appended) and keeps the
 * others in the candidates file. Refuses (writes nothing) when an accepted one is not a complete,
 * valid record or its id is taken.
 */
export function acceptCandidates(candidatesFile: string, dataDir: string): AcceptResult {
	const list = readYamlList(candidatesFile);
	const problems: string[] = [];
	const accepted = list.filter((c) => c.review === 'accepted');
	const existingIds = (file: string) => new Set(readYamlList(file).map((r) => r.id));
	const figureIds = new Set<unknown>();
	const figuresDir = join(dataDir, 'figures');
	if (existsSync(figuresDir)) {
		for (const f of readdirSync(figuresDir).filter((n) => /\.yaml$/.test(n))) for (const id of existingIds(join(figuresDir, f))) figureIds.add(id);
	}
	const taken: Record<string, Set<unknown>> = {
		figure: figureIds,
		unit: existingIds(join(dataDir, 'units.yaml')),
		estimator: existingIds(join(dataDir, 'estimators.yaml')),
		place: existingIds(join(dataDir, 'places.yaml'))
	};
	accepted.forEach((c) => {
		const at = `${candidatesFile}: ${String(c.type)} ${String(c.id)}`;
		for (const p of acceptProblems(c)) problems.push(`${at}: ${p}`);
		if (taken[String(c.type)]?.has(c.id)) problems.push(`${at}: id exists in data/`);
	});
	if (problems.length) throw new AddSourceError(`nothing was moved:\n${problems.map((p) => `  ${p}`).join('\n')}`);
	const moved: AcceptResult['moved'] = [];
	const bySource = new Map<string, Record<string, unknown>[]>();
	const groups: Record<string, Record<string, unknown>[]> = { unit: [], estimator: [], place: [] };
	for (const c of accepted) {
		const r = recordOf(c);
		if (c.type === 'figure') bySource.set(String(c.source), [...(bySource.get(String(c.source)) ?? []), r]);
		else groups[String(c.type)].push(r);
	}
	const written: string[] = [];
	for (const [source, records] of bySource) {
		const path = join(figuresDir, `${source}.yaml`);
		appendRecords(path, records, `Figures from source "${source}" (accepted candidates; schema: data/README.md).`);
		written.push(path);
		for (const r of records) moved.push({ type: 'figure', id: String(r.id), to: path });
	}
	for (const [type, file] of [
		['unit', 'units.yaml'],
		['estimator', 'estimators.yaml'],
		['place', 'places.yaml']
	] as const) {
		if (!groups[type].length) continue;
		const path = join(dataDir, file);
		appendRecords(path, groups[type], file);
		written.push(path);
		for (const r of groups[type]) moved.push({ type, id: String(r.id), to: path });
	}
	const rest = list.filter((c) => c.review !== 'accepted');
	const head = readFileSync(candidatesFile, 'utf8').split('\n').filter((l) => l.startsWith('#'));
	writeFileSync(candidatesFile, candidatesYaml(rest, head.map((h) => h.replace(/^#\s?/, ''))), 'utf8');
	written.push(candidatesFile);
	return { moved, kept: rest.length, written };
}
