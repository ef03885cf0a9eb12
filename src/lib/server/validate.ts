/**
 * Loads data/*.yaml, validates everything (schema, enums, ids, references, dates, numbers in
 * excerpts, excerpts verbatim in their sources) and, when nothing is wrong, derives the normalised
 * Dataset of src/lib/data/types.ts. Every error is collected (not just the first) and located as
 * `file:line: kind[i].field: message`. Build-time only.
 */
import { createHash } from 'node:crypto';
import { existsSync, readdirSync } from 'node:fs';
import { basename, join } from 'node:path';
import type { ZodType } from 'zod';
import type { Actor, CrisisEvent, Dataset, Estimator, Figure, Place, Source, UnitMovement } from '../data/types';
import { describeDate, parseDatePhrase, type DateParse } from '../data/normalise/dates';
import { isIsoDate } from '../data/days';
import { findNumbers, formatNumber, mentionsOf, parseNumber, sameValue } from '../data/normalise/numbers';
import { deriveBounds, describeQualifier } from '../data/normalise/qualifiers';
import {
	actorSchema,
	estimatorSchema,
	eventSchema,
	excerptLimit,
	exclusionSchema,
	figureSchema,
	placeSchema,
	metrics,
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
import { loadSourceTexts, type LoadedSources, type SourceText, type Span } from './source-text';
import { formatError, loadYamlList, type DataError, type LoadedFile, type PathKey } from './yaml-lines';

export interface DataPaths {
	dataDir: string;
	sourcesDir: string;
}

export interface Located<T> {
	rec: T;
	file: LoadedFile;
	index: number;
}

/** The records of data/, as loaded (valid ones only), with where they came from. */
export interface LoadedData {
	sources: Located<SourceRecord>[];
	estimators: Located<EstimatorRecord>[];
	actors: Located<ActorRecord>[];
	places: Located<PlaceRecord>[];
	figures: Located<FigureRecord>[];
	units: Located<UnitRecord>[];
	events: Located<EventRecord>[];
	excluded: Located<ExclusionRecord>[];
}

export interface Validation {
	errors: DataError[];
	/** Things worth a look that do not stop the build. */
	warnings: string[];
	/** Present only when there are no errors. */
	dataset: Dataset | null;
	data: LoadedData;
	texts: LoadedSources | null;
	/** Whether every excerpt was checked against its source text. */
	verbatimChecked: boolean;
	/** One line on the verbatim check (ran, or skipped and why). */
	verbatimStatus: string;
}

type Kind = keyof LoadedData;

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

const schemas: Record<Kind, ZodType> = {
	sources: sourceSchema,
	estimators: estimatorSchema,
	actors: actorSchema,
	places: placeSchema,
	figures: figureSchema,
	units: unitSchema,
	events: eventSchema,
	excluded: exclusionSchema
};

// ——— small helpers ———

function levenshtein(a: string, b: string): number {
	const row = Array.from({ length: b.length + 1 }, (_, j) => j);
	for (let i = 1; i <= a.length; i++) {
		let prev = row[0];
		row[0] = i;
		for (let j = 1; j <= b.length; j++) {
			const tmp = row[j];
			row[j] = Math.min(row[j] + 1, row[j - 1] + 1, prev + (a[i - 1] === b[j - 1] ? 0 : 1));
			prev = tmp;
		}
	}
	return row[b.length];
}

/** ' (did you mean "hur"?)' when a known name is close, else ''. */
export function didYouMean(value: string, known: Iterable<string>): string {
	let best: string | null = null;
	let bestDistance = Infinity;
	for (const k of known) {
		const d = levenshtein(value, k);
		if (d < bestDistance) {
			best = k;
			bestDistance = d;
		}
	}
	return best !== null && bestDistance <= Math.max(2, Math.floor(value.length / 3)) ? ` (did you mean "${best}"?)` : '';
}

function getAt(value: unknown, path: readonly PathKey[]): unknown {
	let v: unknown = value;
	for (const k of path) {
		if (v === null || typeof v !== 'object') return undefined;
		v = (v as Record<string | number, unknown>)[k];
	}
	return v;
}

function describeValue(v: unknown): string {
	if (v === null) return 'null';
	if (Array.isArray(v)) return 'a list';
	if (typeof v === 'object') return 'a mapping';
	if (typeof v === 'string') return JSON.stringify(v);
	return `${typeof v} ${String(v)}`;
}

function schemaKeys(schema: ZodType): string[] {
	const shape = (schema as unknown as { shape?: Record<string, unknown> }).shape;
	return shape ? Object.keys(shape) : [];
}

interface ZodIssueLike {
	code: string;
	path: PropertyKey[];
	message: string;
	keys?: string[];
	values?: unknown[];
	expected?: string;
	maximum?: number | bigint;
	origin?: string;
}

function issueToErrors(file: LoadedFile, index: number, record: unknown, issue: ZodIssueLike, schema: ZodType): DataError[] {
	const path: PathKey[] = [index, ...issue.path.map((k) => (typeof k === 'number' ? k : String(k)))];
	const value = getAt(record, issue.path as PathKey[]);
	if (issue.code === 'unrecognized_keys') {
		return (issue.keys ?? []).map((key) => file.error([...path, key], `unknown field${didYouMean(key, schemaKeys(schema))}`));
	}
	if (issue.path.length === 0 && issue.code === 'invalid_type') {
		return [file.error(path, `a record must be a mapping of fields, not ${describeValue(record)}`)];
	}
	if (value === undefined && issue.code === 'invalid_type') return [file.error(path, 'missing (required field)')];
	if (issue.code === 'invalid_value' && issue.values) {
		const options = issue.values.map(String);
		const hint = typeof value === 'string' ? didYouMean(value, options) : '';
		return [file.error(path, `${describeValue(value)} is not one of: ${options.join(', ')}${hint}`)];
	}
	if (issue.code === 'invalid_type') return [file.error(path, `expected ${issue.expected}, got ${describeValue(value)}`)];
	if (issue.code === 'too_big' && typeof value === 'string') {
		return [file.error(path, `${issue.message} (it has ${value.length})`)];
	}
	return [file.error(path, `${issue.message}${value !== undefined && typeof value !== 'object' ? ` (got ${describeValue(value)})` : ''}`)];
}

function displayPath(dataDir: string, rel: string): string {
	return `${basename(dataDir)}/${rel}`.replace(/\\/g, '/');
}

// ——— loading ———

/** Loads every data file; records that fail their schema are reported and left out. */
export interface LoadResult {
	data: LoadedData;
	errors: DataError[];
	warnings: string[];
	/** Kinds with a file that did not parse (references to them are not checked). */
	brokenKinds: Set<Kind>;
	/** Ids of records that failed their schema (still known, so references to them do not cascade into errors). */
	invalidIds: Record<Kind, Set<string>>;
	/** Records that failed their schema: their well-formed fields are still checked. */
	partial: Record<Kind, Located<Record<string, unknown>>[]>;
}

export function loadData(dataDir: string): LoadResult {
	const data: LoadedData = { sources: [], estimators: [], actors: [], places: [], figures: [], units: [], events: [], excluded: [] };
	const errors: DataError[] = [];
	const warnings: string[] = [];
	const brokenKinds = new Set<Kind>();
	const invalidIds = emptyIdSets();
	const partial: LoadResult['partial'] = { sources: [], estimators: [], actors: [], places: [], figures: [], units: [], events: [], excluded: [] };
	if (!existsSync(dataDir)) {
		errors.push({ file: dataDir, line: null, field: 'data', message: 'the data folder does not exist' });
		return { data, errors, warnings, brokenKinds, invalidIds, partial };
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
					(data[spec.kind] as Located<unknown>[]).push({ rec: parsed.data, file: loaded, index });
				} else {
					for (const issue of parsed.error.issues) errors.push(...issueToErrors(loaded, index, value, issue as ZodIssueLike, schema));
					const id = getAt(value, ['id']);
					if (typeof id === 'string') invalidIds[spec.kind].add(id);
					if (value !== null && typeof value === 'object' && !Array.isArray(value)) {
						partial[spec.kind].push({ rec: value as Record<string, unknown>, file: loaded, index });
					}
				}
			}
		}
	}
	return { data, errors, warnings, brokenKinds, invalidIds, partial };
}

function emptyIdSets(): Record<Kind, Set<string>> {
	return { sources: new Set(), estimators: new Set(), actors: new Set(), places: new Set(), figures: new Set(), units: new Set(), events: new Set(), excluded: new Set() };
}

// ——— checks ———

interface DateChecked {
	parse: DateParse;
}

function checkDates(
	l: Located<{ date_text: string; date_start: string; date_end: string; date_note?: string | null }>,
	errors: DataError[]
): DateChecked {
	const { rec, file, index } = l;
	const at = (field: string) => [index, field] as PathKey[];
	if (rec.date_start > rec.date_end) {
		errors.push(file.error(at('date_start'), `date_start ${rec.date_start} is after date_end ${rec.date_end}`));
	}
	const year = Number(rec.date_start.slice(0, 4));
	const parse = parseDatePhrase(rec.date_text, year);
	const hasNote = Boolean(rec.date_note);
	if (!parse.ok) {
		if (!hasNote) {
			errors.push(
				file.error(
					at('date_text'),
					`cannot read ${JSON.stringify(rec.date_text)} by the date rules (${parse.error}); give a date_note saying how ${rec.date_start} – ${rec.date_end} was chosen`
				)
			);
		}
		return { parse };
	}
	const means = `${parse.start ?? '…'} – ${parse.end}`;
	if (parse.start !== null && parse.start !== rec.date_start) {
		errors.push(file.error(at('date_start'), `${rec.date_start} disagrees with date_text ${JSON.stringify(rec.date_text)}, which means ${means}`));
	}
	if (parse.end !== rec.date_end) {
		errors.push(file.error(at('date_end'), `${rec.date_end} disagrees with date_text ${JSON.stringify(rec.date_text)}, which means ${means}`));
	}
	if (parse.start === null && !hasNote) {
		errors.push(
			file.error(at('date_text'), `${JSON.stringify(rec.date_text)} says when the interval ends, not when it starts: give a date_note saying how date_start ${rec.date_start} was chosen`)
		);
	}
	return { parse };
}

interface ExcerptSpan {
	spans: Span[];
	text: SourceText | null;
}

function checkExcerpt(
	l: Located<{ source: string; excerpt: string }>,
	texts: LoadedSources | null,
	sourceIds: Set<string>,
	errors: DataError[]
): ExcerptSpan {
	const { rec, file, index } = l;
	if (!sourceIds.has(rec.source)) return { spans: [], text: null };
	const text = texts?.texts.get(rec.source) ?? null;
	if (!text) return { spans: [], text: null };
	const spans = text.find(rec.excerpt);
	if (spans.length === 0) {
		errors.push(file.error([index, 'excerpt'], `not found verbatim in source "${rec.source}" (${text.file}): ${text.explainMismatch(rec.excerpt)}`));
	}
	return { spans, text };
}

/** Runs every check; derives the Dataset when there are no errors. */
export function validateData({ dataDir, sourcesDir }: DataPaths): Validation {
	const { data, errors, warnings, brokenKinds, invalidIds, partial } = loadData(dataDir);

	// Unique ids per kind.
	const ids: Record<Exclude<Kind, 'excluded'>, Map<string, Located<{ id: string }>>> = {
		sources: new Map(),
		estimators: new Map(),
		actors: new Map(),
		places: new Map(),
		figures: new Map(),
		units: new Map(),
		events: new Map()
	};
	for (const kind of Object.keys(ids) as (keyof typeof ids)[]) {
		for (const l of data[kind] as Located<{ id: string }>[]) {
			const first = ids[kind].get(l.rec.id);
			if (first) {
				errors.push(
					l.file.error([l.index, 'id'], `duplicate ${kind} id "${l.rec.id}" (first at ${first.file.file}:${first.file.lineOf([first.index, 'id'])})`)
				);
			} else ids[kind].set(l.rec.id, l);
		}
	}
	// Figures, unit movements and events share one namespace: each has a permalink /sources#<id>.
	const quoted = new Map<string, { kind: string; at: Located<{ id: string }> }>();
	for (const kind of ['figures', 'units', 'events'] as const) {
		for (const l of data[kind] as Located<{ id: string }>[]) {
			const first = quoted.get(l.rec.id);
			if (first && first.kind !== kind) {
				errors.push(
					l.file.error(
						[l.index, 'id'],
						`id "${l.rec.id}" is already used by a record in ${first.kind} (${first.at.file.file}:${first.at.file.lineOf([first.at.index, 'id'])}); figures, units and events share one set of ids (their permalinks)`
					)
				);
			} else if (!first) quoted.set(l.rec.id, { kind, at: l });
		}
	}

	// References.
	const known = (kind: Kind, id: string) => brokenKinds.has(kind) || invalidIds[kind].has(id) || (ids[kind as keyof typeof ids]?.has(id) ?? false);
	const ref = (l: Located<unknown>, path: PathKey[], kind: Kind, id: string | null | undefined, what: string) => {
		if (id === null || id === undefined) return;
		if (!known(kind, id)) {
			const names = ids[kind as keyof typeof ids]?.keys() ?? [];
			errors.push(l.file.error([l.index, ...path], `unknown ${what} "${id}"${didYouMean(id, names)}`));
		}
	};
	const sourceIds = new Set([...ids.sources.keys(), ...invalidIds.sources]);
	for (const l of data.figures) {
		ref(l, ['source'], 'sources', l.rec.source, 'source');
		ref(l, ['estimator'], 'estimators', l.rec.estimator, 'estimator');
		l.rec.places.forEach((p, i) => ref(l, ['places', i], 'places', p, 'place'));
		(l.rec.contradicted_by ?? []).forEach((c, i) => {
			if (c === l.rec.id) errors.push(l.file.error([l.index, 'contradicted_by', i], 'a figure cannot contradict itself'));
			else if (!known('figures', c) && !known('events', c) && !known('units', c)) {
				const names = [...ids.figures.keys(), ...ids.events.keys(), ...ids.units.keys()];
				errors.push(l.file.error([l.index, 'contradicted_by', i], `unknown figure, event or unit "${c}"${didYouMean(c, names)}`));
			}
		});
	}
	for (const l of data.units) {
		ref(l, ['source'], 'sources', l.rec.source, 'source');
		ref(l, ['from'], 'places', l.rec.from, 'place');
		ref(l, ['to'], 'places', l.rec.to, 'place');
	}
	for (const l of data.events) {
		ref(l, ['source'], 'sources', l.rec.source, 'source');
		l.rec.actors.forEach((a, i) => ref(l, ['actors', i], 'actors', a, 'actor'));
		ref(l, ['place'], 'places', l.rec.place, 'place');
		if (l.rec.same_as === l.rec.id) errors.push(l.file.error([l.index, 'same_as'], 'an event cannot be the same as itself'));
		else ref(l, ['same_as'], 'events', l.rec.same_as, 'event');
	}
	for (const l of data.excluded) ref(l, ['source'], 'sources', l.rec.source, 'source');

	// Source texts.
	const texts = brokenKinds.has('sources') ? null : loadSourceTexts(sourcesDir, data.sources.map((l) => ({ id: l.rec.id, file: l.rec.file })));
	if (texts) {
		for (const missing of texts.missing) {
			const l = data.sources.find((s) => s.rec.id === missing.id)!;
			errors.push(l.file.error([l.index, 'file'], `no file "${missing.file}" in the sources folder ${sourcesDir}`));
		}
	}
	const verbatimChecked = texts !== null && texts.present;
	const verbatimStatus = texts ? texts.status : 'sources.yaml did not load: the verbatim excerpt check was SKIPPED';

	// Per-record checks: dates, numbers, excerpts.
	const spans = new Map<Located<unknown>, ExcerptSpan>();
	const dates = new Map<Located<unknown>, DateChecked>();
	const standardMetrics = new Set<string>(metrics);
	const otherMetrics = new Map<string, string[]>();
	const checkMetric = (l: Located<{ note?: string | null }>, field: string, metric: string | null | undefined, id: string) => {
		if (!metric || standardMetrics.has(metric)) return;
		if (!l.rec.note) {
			errors.push(l.file.error([l.index, field], `"${metric}" is not a standard metric${didYouMean(metric, metrics)}; use one of ${metrics.join(', ')}, or say in a note why none fits`));
		} else otherMetrics.set(metric, [...(otherMetrics.get(metric) ?? []), id]);
	};
	for (const l of data.figures) {
		checkMetric(l, 'metric', l.rec.metric, l.rec.id);
		dates.set(l, checkDates(l, errors));
		spans.set(l, checkExcerpt(l, texts, sourceIds, errors));
		const { rec, file, index } = l;
		if (rec.qualifier === 'range') {
			if (rec.value !== undefined && rec.value !== null) errors.push(file.error([index, 'value'], 'a range has low and high, not value'));
			for (const bound of ['low', 'high'] as const) {
				const v = rec[bound];
				if (v === undefined || v === null) errors.push(file.error([index, bound], `missing: qualifier range needs low and high`));
				else if (!mentionsOf(rec.excerpt, v).length) errors.push(file.error([index, bound], `${formatNumber(v)} does not appear in the excerpt`));
			}
			if (rec.low != null && rec.high != null && rec.low > rec.high) errors.push(file.error([index, 'low'], `low ${formatNumber(rec.low)} is above high ${formatNumber(rec.high)}`));
		} else {
			if (rec.value === undefined || rec.value === null) errors.push(file.error([index, 'value'], `missing (required unless qualifier is range)`));
			else if (!mentionsOf(rec.excerpt, rec.value).length) {
				const stated = findNumbers(rec.excerpt)
					.filter((m) => m.role === 'count' || m.role === 'year')
					.map((m) => m.raw);
				errors.push(
					file.error([index, 'value'], `${formatNumber(rec.value)} does not appear in the excerpt${stated.length ? ` (it states: ${stated.join(', ')})` : ' (it states no number)'}`)
				);
			}
			for (const bound of ['low', 'high'] as const) {
				if (rec[bound] !== undefined && rec[bound] !== null) errors.push(file.error([index, bound], `${bound} is derived from the qualifier; give it only with qualifier range`));
			}
		}
	}
	for (const l of data.units) {
		checkMetric(l, 'count_metric', l.rec.count_metric, l.rec.id);
		dates.set(l, checkDates(l, errors));
		spans.set(l, checkExcerpt(l, texts, sourceIds, errors));
		const { rec, file, index } = l;
		const hasCount = rec.count !== undefined && rec.count !== null;
		const hasMetric = rec.count_metric !== undefined && rec.count_metric !== null;
		if (hasCount && !hasMetric) errors.push(file.error([index, 'count_metric'], 'missing: a count needs its count_metric'));
		if (!hasCount && hasMetric) errors.push(file.error([index, 'count'], 'missing: count_metric is given without a count'));
		if (hasCount && !mentionsOf(rec.excerpt, rec.count as number).length) {
			errors.push(file.error([index, 'count'], `${formatNumber(rec.count as number)} does not appear in the excerpt`));
		}
		if ((rec.from === null || rec.from === undefined) && !rec.note) {
			errors.push(file.error([index, 'from'], 'from is null (origin not stated): give a note saying so'));
		}
	}
	for (const l of data.events) {
		dates.set(l, checkDates(l, errors));
		spans.set(l, checkExcerpt(l, texts, sourceIds, errors));
	}
	for (const l of data.excluded) {
		spans.set(l, checkExcerpt(l, texts, sourceIds, errors));
		const { rec, file, index } = l;
		const value = parseNumber(rec.number);
		const inExcerpt =
			(value !== null && findNumbers(rec.excerpt).some((m) => sameValue(m.value, value))) || rec.excerpt.toLowerCase().includes(rec.number.trim().toLowerCase());
		if (!inExcerpt) errors.push(file.error([index, 'number'], `${JSON.stringify(rec.number)} does not appear in the excerpt`));
	}

	// Records that failed their schema: check their well-formed fields too, so one run reports all.
	const isId = (v: unknown): v is string => typeof v === 'string' && /^[a-z0-9]+(?:-[a-z0-9]+)*$/.test(v);
	const ids_ = (v: unknown): [string, number][] => (Array.isArray(v) ? v.map((x, i) => [x, i] as [unknown, number]).filter((p): p is [string, number] => isId(p[0])) : []);
	for (const kind of ['figures', 'units', 'events', 'excluded'] as const) {
		for (const l of partial[kind]) {
			const r = l.rec;
			if (isId(r.source)) ref(l, ['source'], 'sources', r.source, 'source');
			if (kind === 'figures') {
				if (isId(r.estimator)) ref(l, ['estimator'], 'estimators', r.estimator, 'estimator');
				for (const [p, i] of ids_(r.places)) ref(l, ['places', i], 'places', p, 'place');
			} else if (kind === 'units') {
				if (isId(r.from)) ref(l, ['from'], 'places', r.from, 'place');
				if (isId(r.to)) ref(l, ['to'], 'places', r.to, 'place');
			} else if (kind === 'events') {
				for (const [a, i] of ids_(r.actors)) ref(l, ['actors', i], 'actors', a, 'actor');
				if (isId(r.place)) ref(l, ['place'], 'places', r.place, 'place');
			}
			if (kind !== 'excluded' && typeof r.date_text === 'string' && r.date_text.trim() && isIsoDate(r.date_start) && isIsoDate(r.date_end)) {
				const note = typeof r.date_note === 'string' ? r.date_note : null;
				checkDates({ rec: { date_text: r.date_text, date_start: r.date_start, date_end: r.date_end, date_note: note }, file: l.file, index: l.index }, errors);
			}
			if (isId(r.source) && typeof r.excerpt === 'string' && r.excerpt.trim() && r.excerpt.length <= excerptLimit) {
				checkExcerpt({ rec: { source: r.source, excerpt: r.excerpt }, file: l.file, index: l.index }, texts, sourceIds, errors);
			}
		}
	}

	for (const [metric, users] of otherMetrics) warnings.push(`metric "${metric}" is not a standard metric (used by ${users.join(', ')}; each says why in its note)`);

	if (errors.length > 0) {
		return { errors: sortErrors(errors), warnings, dataset: null, data, texts, verbatimChecked, verbatimStatus };
	}
	const dataset = deriveDataset(data, spans, dates);
	return { errors: [], warnings, dataset, data, texts, verbatimChecked, verbatimStatus };
}

function sortErrors(errors: DataError[]): DataError[] {
	return errors
		.map((e, i) => ({ e, i }))
		.sort((a, b) => (a.e.file < b.e.file ? -1 : a.e.file > b.e.file ? 1 : (a.e.line ?? 0) - (b.e.line ?? 0) || a.i - b.i))
		.map(({ e }) => e);
}

// ——— derivation ———

function provenance(
	l: Located<{ source: string; excerpt: string; date_text: string; date_start: string; date_end: string; date_note?: string | null; note?: string | null }>,
	span: ExcerptSpan | undefined
) {
	const { rec } = l;
	const context = span?.text && span.spans.length ? span.text.context(span.spans[0]) : { before: '', after: '' };
	return {
		source: rec.source,
		excerpt: rec.excerpt,
		context_before: context.before,
		context_after: context.after,
		date_text: rec.date_text,
		date_start: rec.date_start,
		date_end: rec.date_end,
		date_note: rec.date_note ?? null,
		note: rec.note ?? null
	};
}

function dateNormalisation(l: Located<{ date_text: string; date_start: string; date_end: string; date_note?: string | null }>, d: DateChecked | undefined): string {
	const parse = d?.parse ?? parseDatePhrase(l.rec.date_text, Number(l.rec.date_start.slice(0, 4)));
	return describeDate(l.rec.date_text, l.rec.date_start, l.rec.date_end, parse, Boolean(l.rec.date_note));
}

function contentHash(dataset: Omit<Dataset, 'version'>): string {
	return createHash('sha256').update(JSON.stringify(dataset)).digest('hex').slice(0, 12);
}

export function deriveDataset(data: LoadedData, spans: Map<Located<unknown>, ExcerptSpan>, dates: Map<Located<unknown>, DateChecked>): Dataset {
	const contradicts = new Map<string, string[]>();
	for (const l of data.figures) {
		for (const c of l.rec.contradicted_by ?? []) contradicts.set(c, [...(contradicts.get(c) ?? []), l.rec.id]);
	}
	const sources: Source[] = data.sources.map(({ rec }) => ({
		id: rec.id,
		title: rec.title,
		publisher: rec.publisher,
		licence: rec.licence,
		licence_url: rec.licence_url,
		url: rec.url,
		file: rec.file,
		cite: rec.cite
	}));
	const estimators: Estimator[] = data.estimators.map(({ rec }) => ({ id: rec.id, name: rec.name, ...(rec.short_name ? { short_name: rec.short_name } : {}), side: rec.side, kind: rec.kind }));
	const actors: Actor[] = data.actors.map(({ rec }) => ({ id: rec.id, name: rec.name, kind: rec.kind }));
	const places: Place[] = data.places.map(({ rec }) => ({
		id: rec.id,
		name: rec.name,
		kind: rec.kind,
		lat: rec.lat,
		lon: rec.lon,
		country: rec.country,
		front: rec.front
	}));
	const figures: Figure[] = data.figures.map((l) => {
		const { rec } = l;
		const bounds = deriveBounds(rec.qualifier, rec.value ?? null, rec.low ?? null, rec.high ?? null);
		return {
			id: rec.id,
			metric: rec.metric,
			value: bounds.value,
			low: bounds.low,
			high: bounds.high,
			qualifier: rec.qualifier,
			estimator: rec.estimator,
			side: rec.side,
			fronts: rec.fronts,
			places: rec.places,
			kind: rec.kind,
			subject: rec.subject,
			contradicted_by: rec.contradicted_by ?? [],
			contradicts: contradicts.get(rec.id) ?? [],
			normalisation: [dateNormalisation(l, dates.get(l)), describeQualifier(rec.excerpt, rec.qualifier, bounds)],
			...provenance(l, spans.get(l))
		};
	});
	const units: UnitMovement[] = data.units.map((l) => {
		const { rec } = l;
		const normalisation = [dateNormalisation(l, dates.get(l))];
		if (rec.count !== undefined && rec.count !== null) {
			const m = mentionsOf(rec.excerpt, rec.count)[0];
			normalisation.push(`“${m?.raw ?? formatNumber(rec.count)}” → ${formatNumber(rec.count)} ${rec.count_metric ?? ''}`.trimEnd());
		}
		return {
			id: rec.id,
			unit: rec.unit,
			short_name: rec.short_name ?? null,
			echelon: rec.echelon ?? null,
			side: rec.side,
			kind: rec.kind,
			from: rec.from ?? null,
			to: rec.to,
			count: rec.count ?? null,
			count_metric: rec.count_metric ?? null,
			contradicts: contradicts.get(rec.id) ?? [],
			normalisation,
			...provenance(l, spans.get(l))
		};
	});
	const events: CrisisEvent[] = data.events.map((l) => {
		const { rec } = l;
		return {
			id: rec.id,
			category: rec.category,
			type: rec.type,
			title: rec.title,
			actors: rec.actors,
			place: rec.place ?? null,
			key: rec.key ?? false,
			same_as: rec.same_as ?? null,
			contradicts: contradicts.get(rec.id) ?? [],
			normalisation: [dateNormalisation(l, dates.get(l))],
			...provenance(l, spans.get(l))
		};
	});
	const content = { sources, estimators, actors, places, figures, units, events };
	return { version: contentHash(content), ...content };
}

export { formatError };
