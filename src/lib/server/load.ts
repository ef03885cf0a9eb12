/**
 * The loader: which files of data/ hold which kind of record, reading them (with lines), and each
 * record against its schema. A record that fails its schema is reported and kept aside with its
 * well-formed fields, so that the rules can still check those (one run reports every error).
 * Build-time only.
 */
import { existsSync, readdirSync } from 'node:fs';
import { basename, join } from 'node:path';
import type { ZodType } from 'zod';
import {
	actorSchema,
	estimatorSchema,
	eventSchema,
	exclusionSchema,
	figureSchema,
	placeSchema,
	sourceSchema,
	unitSchema,
	type ActorRecord,
	type EstimatorRecord,
	type EventRecord,
	type ExclusionRecord,
	type FigureRecord,
	type PlaceRecord,
	type SourceRecord,
	type UnitRecord
} from './schema';
import { getAt, issueToErrors, schemaShape } from './schema-issues';
import { loadYamlList, type DataError, type LoadedFile } from './yaml-lines';

export interface RecordTypes {
	sources: SourceRecord;
	estimators: EstimatorRecord;
	actors: ActorRecord;
	places: PlaceRecord;
	figures: FigureRecord;
	units: UnitRecord;
	events: EventRecord;
	excluded: ExclusionRecord;
}

export type Kind = keyof RecordTypes;
/** The kinds whose records have an id. */
export type IdKind = Exclude<Kind, 'excluded'>;
export const kinds: readonly Kind[] = ['sources', 'estimators', 'actors', 'places', 'figures', 'units', 'events', 'excluded'];
export const idKinds: readonly IdKind[] = ['sources', 'estimators', 'actors', 'places', 'figures', 'units', 'events'];

export interface Located<T> {
	rec: T;
	file: LoadedFile;
	index: number;
	/** Whether the record passed its schema (only those are published). */
	valid: boolean;
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
	{ kind: 'actors', path: 'actors.yaml', folder: false, required: false },
	{ kind: 'places', path: 'places.yaml', folder: false, required: true },
	{ kind: 'figures', path: 'figures', folder: true, required: false },
	{ kind: 'units', path: 'units.yaml', folder: false, required: false },
	{ kind: 'events', path: 'events', folder: true, required: false },
	{ kind: 'excluded', path: 'excluded.yaml', folder: false, required: false }
];

export const schemas: { [K in Kind]: ZodType<RecordTypes[K]> } = {
	sources: sourceSchema,
	estimators: estimatorSchema,
	actors: actorSchema,
	places: placeSchema,
	figures: figureSchema,
	units: unitSchema,
	events: eventSchema,
	excluded: exclusionSchema
} as { [K in Kind]: ZodType<RecordTypes[K]> };

export interface LoadResult {
	data: LoadedData;
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

/** The fields of `value` that pass their own field schema (the rest were reported). */
export function wellFormedFields(schema: ZodType, value: Record<string, unknown>): Record<string, unknown> {
	const out: Record<string, unknown> = {};
	for (const [key, field] of Object.entries(schemaShape(schema))) {
		const parsed = field.safeParse(value[key]);
		if (parsed.success && parsed.data !== undefined) out[key] = parsed.data;
	}
	return out;
}

/** Loads every data file; records that fail their schema are reported and kept with their well-formed fields. */
export function loadData(dataDir: string): LoadResult {
	const data = byKind(() => []) as unknown as LoadedData;
	const records = byKind(() => []) as unknown as CheckedRecords;
	const errors: DataError[] = [];
	const warnings: string[] = [];
	const brokenKinds = new Set<Kind>();
	const invalidIds = byKind(() => new Set<string>());
	const result = { data, records, errors, warnings, brokenKinds, invalidIds };
	if (!existsSync(dataDir)) {
		errors.push({ file: dataDir, line: null, field: 'data', message: 'the data folder does not exist' });
		return result;
	}
	const known = new Set(dataFiles.map((f) => f.path));
	for (const name of readdirSync(dataDir)) {
		if (/\.ya?ml$/.test(name) && !known.has(name)) warnings.push(`${displayPath(dataDir, name)}: not a data file the pipeline reads (expected: ${[...known].join(', ')})`);
	}
	for (const spec of dataFiles) {
		const abs = join(dataDir, spec.path);
		let files: string[];
		if (spec.folder) {
			files = existsSync(abs)
				? readdirSync(abs)
						.filter((n) => /\.ya?ml$/.test(n))
						.sort()
						.map((n) => `${spec.path}/${n}`)
				: [];
		} else files = existsSync(abs) ? [spec.path] : [];
		if (files.length === 0 && spec.required) {
			errors.push({ file: displayPath(dataDir, spec.path), line: null, field: spec.kind, message: 'required file is missing' });
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
					const rec = wellFormedFields(schema, value as Record<string, unknown>);
					(records[spec.kind] as Located<unknown>[]).push({ rec, file: loaded, index, valid: false });
				}
			}
		}
	}
	return result;
}
