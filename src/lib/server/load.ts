/**
 * The loader: which files of data/ hold which kind of record, reading them (with lines), and each
 * record against its schema. A record that fails its schema is reported and kept aside with its
 * well-formed fields, so that the rules can still check those (one run reports every error).
 * Build-time only.
 */
import { existsSync, readdirSync, statSync } from 'node:fs';
import { basename, join } from 'node:path';
import type { ZodType } from 'zod';
import {
	actorSchema,
	estimatorSchema,
	eventSchema,
	exclusionSchema,
	figureSchema,
	idPattern,
	periodSchema,
	placeSchema,
	retiredSchema,
	sourceSchema,
	unitSchema,
	type ActorRecord,
	type EstimatorRecord,
	type EventRecord,
	type ExclusionRecord,
	type FigureRecord,
	type PeriodRecord,
	type PlaceRecord,
	type RetiredRecord,
	type SourceRecord,
	type UnitRecord
} from './schema';
import { didYouMean } from './did-you-mean';
import { readUtf8 } from './read-text';
import { getAt, issueToErrors, schemaShape } from './schema-issues';
import { locatedFile, loadYamlList, maxFileBytes, parseYamlFile, type DataError, type LoadedFile } from './yaml-lines';

export interface RecordTypes {
	sources: SourceRecord;
	estimators: EstimatorRecord;
	actors: ActorRecord;
	places: PlaceRecord;
	figures: FigureRecord;
	units: UnitRecord;
	events: EventRecord;
	excluded: ExclusionRecord;
	retired: RetiredRecord;
}

export type Kind = keyof RecordTypes;
/** The kinds whose records have an id. */
export type IdKind = Exclude<Kind, 'excluded'>;
export const kinds: readonly Kind[] = ['sources', 'estimators', 'actors', 'places', 'figures', 'units', 'events', 'excluded', 'retired'];
export const idKinds: readonly IdKind[] = ['sources', 'estimators', 'actors', 'places', 'figures', 'units', 'events', 'retired'];
/** The kinds with a public permalink, /sources#<id>: their ids are kept in data/published-ids.txt. */
export const permalinkKinds = ['figures', 'units', 'events'] as const;

export interface Located<T> {
	rec: T;
	file: LoadedFile;
	index: number;
	/** Whether the record passed its schema (only those are published). */
	valid: boolean;
	/** Fields of a record that failed its schema which were given but malformed (left out of `rec`). */
	malformed?: Set<string>;
}

/** The records of data/ that passed their schema, with where they came from. */
export type LoadedData = { [K in Kind]: Located<RecordTypes[K]>[] };
/** Every record the rules check: the valid ones, and the well-formed fields of the others. */
export type CheckedRecords = { [K in Kind]: Located<Partial<RecordTypes[K]>>[] };

interface FileSpec {
	kind: Kind;
	/** Path relative to the data folder: a file, or a folder of *.yaml files. */
	path: string;
	folder: boolean;
	required: boolean;
}

export const dataFiles: FileSpec[] = [
	{ kind: 'sources', path: 'sources.yaml', folder: false, required: true },
	{ kind: 'estimators', path: 'estimators.yaml', folder: false, required: true },
	{ kind: 'actors', path: 'actors.yaml', folder: false, required: true },
	{ kind: 'places', path: 'places.yaml', folder: false, required: true },
	{ kind: 'figures', path: 'figures', folder: true, required: true },
	{ kind: 'units', path: 'units.yaml', folder: false, required: true },
	{ kind: 'events', path: 'events', folder: true, required: true },
	{ kind: 'excluded', path: 'excluded.yaml', folder: false, required: true },
	{ kind: 'retired', path: 'retired.yaml', folder: false, required: false }
];

export const periodFile = 'period.yaml';
export const publishedIdsFile = 'published-ids.txt';
export const candidatesFolder = 'candidates';
/** Everything else data/ may hold: the pipeline reads these too (or, README.md, people). */
const otherEntries: { name: string; folder: boolean }[] = [
	{ name: 'README.md', folder: false },
	{ name: periodFile, folder: false },
	{ name: publishedIdsFile, folder: false },
	{ name: candidatesFolder, folder: true }
];

export const schemas: { [K in Kind]: ZodType<RecordTypes[K]> } = {
	sources: sourceSchema,
	estimators: estimatorSchema,
	actors: actorSchema,
	places: placeSchema,
	figures: figureSchema,
	units: unitSchema,
	events: eventSchema,
	excluded: exclusionSchema,
	retired: retiredSchema
} as { [K in Kind]: ZodType<RecordTypes[K]> };

/** data/period.yaml, as loaded. */
export interface LoadedPeriod {
	period: PeriodRecord;
	file: LoadedFile;
}

/** data/published-ids.txt: every id that has had a public permalink, with its line. */
export interface PublishedIds {
	file: string;
	ids: Map<string, number>;
}

export interface LoadResult {
	data: LoadedData;
	/** The dataset's period, or null when period.yaml is missing or wrong (an error says so). */
	period: LoadedPeriod | null;
	/** The published ids, or null when the file is missing or wrong (an error says so). */
	published: PublishedIds | null;
	records: CheckedRecords;
	errors: DataError[];
	warnings: string[];
	/** Kinds with a file that did not parse (references to them are not checked). */
	brokenKinds: Set<Kind>;
	/** Ids of records that failed their schema (still known, so references to them do not cascade into errors). */
	invalidIds: Record<Kind, Set<string>>;
}

export function displayPath(dataDir: string, rel: string): string {
	return `${basename(dataDir)}/${rel}`.replace(/\\/g, '/');
}

function byKind<T>(make: () => T): Record<Kind, T> {
	return Object.fromEntries(kinds.map((k) => [k, make()])) as Record<Kind, T>;
}

/** The fields of `value` that pass their own field schema, and the given ones that do not (they were reported). */
export function wellFormedFields(schema: ZodType, value: Record<string, unknown>): { rec: Record<string, unknown>; malformed: Set<string> } {
	const rec: Record<string, unknown> = {};
	const malformed = new Set<string>();
	for (const [key, field] of Object.entries(schemaShape(schema))) {
		const parsed = field.safeParse(value[key]);
		if (parsed.success && parsed.data !== undefined) rec[key] = parsed.data;
		else if (!parsed.success && value[key] !== undefined) malformed.add(key);
	}
	return { rec, malformed };
}

const isHidden = (name: string) => name.startsWith('.');

/** Entries of data/ the pipeline does not read: each an error (a misnamed file would be dropped silently). */
function strayEntries(dataDir: string): DataError[] {
	const expected = [...dataFiles.map((f) => ({ name: f.path, folder: f.folder })), ...otherEntries];
	const names = expected.map((e) => e.name);
	const errors: DataError[] = [];
	const stray = (rel: string, field: string, message: string) => errors.push({ file: displayPath(dataDir, rel), line: null, field, message });
	for (const entry of readdirSync(dataDir, { withFileTypes: true })) {
		if (isHidden(entry.name)) continue;
		const spec = expected.find((e) => e.name === entry.name);
		if (!spec) stray(entry.name, 'data', `not a file the pipeline reads${didYouMean(entry.name, names)}; data/ holds ${names.join(', ')}`);
		else if (spec.folder !== entry.isDirectory()) stray(entry.name, 'data', spec.folder ? 'must be a folder of *.yaml files' : 'must be a file, not a folder');
	}
	for (const folder of [...dataFiles.filter((f) => f.folder).map((f) => f.path), candidatesFolder]) {
		const abs = join(dataDir, folder);
		if (!existsSync(abs) || !statSync(abs).isDirectory()) continue;
		for (const entry of readdirSync(abs, { withFileTypes: true })) {
			if (isHidden(entry.name) || (entry.isFile() && entry.name.endsWith('.yaml'))) continue;
			stray(`${folder}/${entry.name}`, folder, `not a file the pipeline reads: ${folder}/ holds *.yaml files (lowercase ".yaml"), no folders`);
		}
	}
	return errors;
}

/** The files of a spec that exist, relative to the data folder. */
function specFiles(dataDir: string, spec: FileSpec): string[] {
	const abs = join(dataDir, spec.path);
	if (!existsSync(abs)) return [];
	if (!spec.folder) return statSync(abs).isFile() ? [spec.path] : [];
	if (!statSync(abs).isDirectory()) return [];
	return readdirSync(abs, { withFileTypes: true })
		.filter((e) => e.isFile() && !isHidden(e.name) && e.name.endsWith('.yaml'))
		.map((e) => `${spec.path}/${e.name}`)
		.sort();
}

/** data/period.yaml: a mapping `start`, `end` (and an optional note). */
function loadPeriod(dataDir: string, errors: DataError[]): LoadedPeriod | null {
	const file = displayPath(dataDir, periodFile);
	const abs = join(dataDir, periodFile);
	if (!existsSync(abs)) {
		errors.push({ file, line: null, field: 'period', message: "required file is missing (it declares the dataset's period: start and end, YYYY-MM-DD)" });
		return null;
	}
	const { parsed, errors: yamlErrors } = parseYamlFile(abs, file, 'period');
	errors.push(...yamlErrors);
	if (!parsed) return null;
	const loaded = locatedFile(file, 'period', parsed.lineOf);
	const value = parsed.doc.toJS({ maxAliasCount: 0 }) as unknown;
	if (value === null || typeof value !== 'object' || Array.isArray(value)) {
		errors.push({ file, line: parsed.topLine, field: 'period', message: 'the file must be a mapping: start: YYYY-MM-DD, end: YYYY-MM-DD' });
		return null;
	}
	const result = periodSchema.safeParse(value);
	if (!result.success) {
		// Issue paths are fields of the one mapping: drop the record index the list files use.
		const single = { ...loaded, error: (path: readonly (string | number)[], message: string) => loaded.error(path.slice(1), message) };
		for (const issue of result.error.issues) errors.push(...issueToErrors(single, 0, value, issue, periodSchema));
		return null;
	}
	if (result.data.start > result.data.end) {
		errors.push(loaded.error(['start'], `start ${result.data.start} is after end ${result.data.end}`));
		return null;
	}
	return { period: result.data, file: loaded };
}

/** data/published-ids.txt: one id a line (`#` starts a comment), kept by `npm run data -- --publish`. */
function loadPublishedIds(dataDir: string, errors: DataError[]): PublishedIds | null {
	const file = displayPath(dataDir, publishedIdsFile);
	const abs = join(dataDir, publishedIdsFile);
	const error = (line: number | null, message: string) => errors.push({ file, line, field: 'published-ids', message });
	if (!existsSync(abs)) {
		error(null, 'required file is missing: it lists every id that has had a permalink (an empty file: none yet), and `npm run data -- --publish` fills it in');
		return null;
	}
	const read = readUtf8(abs, { maxBytes: maxFileBytes });
	if (!read.ok) {
		error(read.line, `cannot read the file: ${read.reason}`);
		return null;
	}
	const ids = new Map<string, number>();
	let ok = true;
	read.text.split('\n').forEach((raw, i) => {
		const line = raw.replace(/#.*/, '').trim();
		if (line === '') return;
		if (!idPattern.test(line)) {
			error(i + 1, `${JSON.stringify(line.slice(0, 60))} is not an id (lowercase a-z, 0-9 and single hyphens, one a line)`);
			ok = false;
		} else if (ids.has(line)) {
			error(i + 1, `"${line}" is listed twice (first at line ${ids.get(line)})`);
			ok = false;
		} else ids.set(line, i + 1);
	});
	return ok ? { file, ids } : null;
}

/** Loads every data file; records that fail their schema are reported and kept with their well-formed fields. */
export function loadData(dataDir: string): LoadResult {
	const data = byKind(() => []) as unknown as LoadedData;
	const records = byKind(() => []) as unknown as CheckedRecords;
	const errors: DataError[] = [];
	const warnings: string[] = [];
	const brokenKinds = new Set<Kind>();
	const invalidIds = byKind(() => new Set<string>());
	const result: LoadResult = { data, records, errors, warnings, brokenKinds, invalidIds, period: null, published: null };
	if (!existsSync(dataDir)) {
		errors.push({ file: dataDir, line: null, field: 'data', message: 'the data folder does not exist' });
		return result;
	}
	errors.push(...strayEntries(dataDir));
	for (const spec of dataFiles) {
		const files = specFiles(dataDir, spec);
		if (files.length === 0 && spec.required) {
			const message = spec.folder ? `required: ${spec.path}/ holds no *.yaml file` : 'required file is missing';
			errors.push({ file: displayPath(dataDir, spec.path), line: null, field: spec.kind, message });
			brokenKinds.add(spec.kind);
			continue;
		}
		for (const rel of files) {
			const { loaded, errors: fileErrors } = loadYamlList(join(dataDir, rel), displayPath(dataDir, rel), spec.kind);
			errors.push(...fileErrors);
			if (!loaded) {
				brokenKinds.add(spec.kind);
				continue;
			}
			const schema = schemas[spec.kind];
			for (const { index, value } of loaded.records) {
				const parsed = schema.safeParse(value);
				if (parsed.success) {
					const l = { rec: parsed.data, file: loaded, index, valid: true };
					(data[spec.kind] as Located<unknown>[]).push(l);
					(records[spec.kind] as Located<unknown>[]).push(l);
					continue;
				}
				for (const issue of parsed.error.issues) errors.push(...issueToErrors(loaded, index, value, issue, schema));
				const id = getAt(value, ['id']);
				if (typeof id === 'string') invalidIds[spec.kind].add(id);
				if (value !== null && typeof value === 'object' && !Array.isArray(value)) {
					const { rec, malformed } = wellFormedFields(schema, value as Record<string, unknown>);
					(records[spec.kind] as Located<unknown>[]).push({ rec, file: loaded, index, valid: false, malformed });
				}
			}
		}
	}
	result.period = loadPeriod(dataDir, errors);
	result.published = loadPublishedIds(dataDir, errors);
	return result;
}
