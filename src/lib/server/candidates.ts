/**
 * Candidates: records proposed by the extractor (`npm run add-source`) in data/candidates/*.yaml,
 * waiting for a person's review. They are validated with the same schema and rules as the dataset
 * (the verbatim excerpt check included) but are never part of it. The format is in
 * data/README.md: a YAML list; each item has `type: figure | unit | estimator | place`, the fields
 * of that record, and `review: pending | accepted | rejected`, `confidence` (0–1) and `why:` (field
 * → a short reason). The fields of `candidateNullable` may be null in a candidate that is not
 * accepted. Rejected candidates are checked for their schema and excerpt only. Build-time only.
 */
import { existsSync, readdirSync, statSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { didYouMean } from './did-you-mean';
import { candidatesFolder, displayPath, kinds, wellFormedFields, type Kind, type Located } from './load';
import type { Rule, RuleContext } from './rules/context';
import { verbatimExcerpts } from './rules/excerpts';
import { recordRules } from './rules';
import { acceptedSchemas, candidateNullable, candidateSchemas, candidateTypes, reviewStates, type CandidateType } from './schema';
import { issueToErrors, schemaShape } from './schema-issues';
import { SourceText, type LoadedSources } from './source-text';
import { loadYamlList, type DataError, type LoadedFile } from './yaml-lines';

export type ReviewState = (typeof reviewStates)[number];

/** One candidate, as the summary of a candidates file lists it. */
export interface CandidateSummary {
	file: string;
	type: CandidateType | null;
	id: string | null;
	review: ReviewState | null;
}

const kindOf = { figure: 'figures', unit: 'units', estimator: 'estimators', place: 'places' } as const satisfies Record<CandidateType, Kind>;
const candidateOnly = new Set(['type', 'review', 'confidence', 'why']);

/** A candidate under review (pending or accepted) passes every record rule; a rejected one only keeps its excerpt verbatim. */
const rejectedRules: Rule[] = [verbatimExcerpts];

type Records = RuleContext['records'];
const emptyRecords = (): Records => Object.fromEntries(kinds.map((k) => [k, []])) as unknown as Records;

interface LoadedCandidates {
	reviewed: Records;
	rejected: Records;
	/** Ids of candidates whose type is wrong: references to them are not judged (their type error says what is wrong). */
	untyped: Set<string>;
	summaries: CandidateSummary[];
	errors: DataError[];
}

/** The fields the rules see: the record's own fields, without nulls (not filled in) and the candidate fields. */
function recordFields(value: Record<string, unknown>): Record<string, unknown> {
	return Object.fromEntries(Object.entries(value).filter(([k, v]) => v !== null && !candidateOnly.has(k)));
}

/** Checks only a candidate has: its type, accepted means complete, a figure has its number, `why` names fields. */
function candidateChecks(file: LoadedFile, index: number, type: CandidateType, value: Record<string, unknown>, review: unknown, errors: DataError[]): void {
	const accepted = acceptedSchemas[type];
	const shape = schemaShape(accepted);
	if (review === 'accepted') {
		for (const field of candidateNullable[type]) {
			const required = !shape[field].safeParse(undefined).success;
			if (required && (value[field] === null || value[field] === undefined)) {
				errors.push(file.error([index, field], `is ${value[field] === null ? 'null' : 'missing'} in an accepted candidate: fill it in, or keep review: pending`));
			}
		}
	}
	// With a qualifier, the figure rules say what is missing; without one, this does.
	if (type === 'figure' && (value.qualifier === null || value.qualifier === undefined) && [value.value, value.low, value.high].every((v) => v === null || v === undefined)) {
		errors.push(file.error([index, 'value'], 'a figure candidate needs its number: value, or low and high'));
	}
	const why = value.why;
	if (why && typeof why === 'object' && !Array.isArray(why)) {
		for (const key of Object.keys(why)) {
			if (!(key in shape)) errors.push(file.error([index, 'why', key], `not a field of a ${type}${didYouMean(key, Object.keys(shape))}`));
		}
	}
}

function loadCandidateFile(abs: string, display: string, into: LoadedCandidates): void {
	const { loaded, errors } = loadYamlList(abs, display, 'candidates');
	into.errors.push(...errors);
	if (!loaded) return;
	for (const { index, value } of loaded.records) {
		if (value === null || typeof value !== 'object' || Array.isArray(value)) {
			into.errors.push(loaded.error([index], `a candidate must be a mapping of fields, not ${value === null ? 'null' : Array.isArray(value) ? 'a list' : JSON.stringify(value)}`));
			continue;
		}
		const raw = value as Record<string, unknown>;
		const type = raw.type;
		const id = typeof raw.id === 'string' ? raw.id : null;
		const review = (reviewStates as readonly unknown[]).includes(raw.review) ? (raw.review as ReviewState) : null;
		if (!(candidateTypes as readonly unknown[]).includes(type)) {
			const message =
				type === undefined
					? `missing (required field): one of ${candidateTypes.join(', ')}`
					: `${JSON.stringify(type)} is not one of: ${candidateTypes.join(', ')}${typeof type === 'string' ? didYouMean(type, candidateTypes) : ''}`;
			into.errors.push(loaded.error([index, 'type'], message));
			into.summaries.push({ file: display, type: null, id, review });
			if (id !== null) into.untyped.add(id);
			continue;
		}
		const t = type as CandidateType;
		into.summaries.push({ file: display, type: t, id, review });
		const schema = candidateSchemas[t];
		const parsed = schema.safeParse(raw);
		if (!parsed.success) for (const issue of parsed.error.issues) into.errors.push(...issueToErrors(loaded, index, raw, issue, schema));
		candidateChecks(loaded, index, t, raw, review, into.errors);
		const fields = parsed.success ? { rec: parsed.data as Record<string, unknown>, malformed: undefined } : wellFormedFields(schema, raw);
		const l: Located<Record<string, unknown>> = { rec: recordFields(fields.rec), file: loaded, index, valid: parsed.success, malformed: fields.malformed };
		const records = review === 'rejected' ? into.rejected : into.reviewed;
		(records[kindOf[t]] as Located<unknown>[]).push(l);
	}
}

/**
 * Runs the candidate rules over loaded candidates against the dataset's context (`base`): references
 * may name dataset records or other candidates; a candidate id that a dataset record (or another
 * candidate) of its kind already has is a duplicate.
 */
function checkLoaded(base: RuleContext, loaded: LoadedCandidates): DataError[] {
	const errors = [...loaded.errors];
	const run = (records: Records, rules: Rule[]) => {
		const ids = Object.fromEntries(Object.entries(base.ids).map(([k, m]) => [k, new Map(m)])) as RuleContext['ids'];
		for (const [kind, index] of Object.entries(ids)) {
			for (const l of records[kind as keyof typeof ids] as Located<{ id?: string }>[]) if (l.rec.id !== undefined && !index.has(l.rec.id)) index.set(l.rec.id, l);
		}
		const ctx: RuleContext = {
			...base,
			records,
			ids,
			known: (kind, id) => base.known(kind, id) || loaded.untyped.has(id) || (kind !== 'excluded' && ids[kind].has(id)),
			published: null,
			errors,
			warnings: [],
			spans: new Map(),
			dates: new Map()
		};
		for (const rule of rules) rule(ctx);
	};
	run(loaded.reviewed, recordRules);
	run(loaded.rejected, rejectedRules);
	return errors;
}

const newLoaded = (): LoadedCandidates => ({ reviewed: emptyRecords(), rejected: emptyRecords(), untyped: new Set(), summaries: [], errors: [] });

/** data/candidates/*.yaml, checked against the dataset (the build calls this). */
export function checkCandidatesFolder(base: RuleContext, dataDir: string): { errors: DataError[]; candidates: CandidateSummary[] } {
	const folder = join(dataDir, candidatesFolder);
	const loaded = newLoaded();
	if (existsSync(folder) && statSync(folder).isDirectory()) {
		const files = readdirSync(folder, { withFileTypes: true })
			.filter((e) => e.isFile() && !e.name.startsWith('.') && e.name.endsWith('.yaml'))
			.map((e) => e.name)
			.sort();
		for (const name of files) loadCandidateFile(join(folder, name), displayPath(dataDir, `${candidatesFolder}/${name}`), loaded);
	}
	return { errors: checkLoaded(base, loaded), candidates: loaded.summaries };
}

/** One candidates file (anywhere) against the dataset; `sources` adds source texts that sources.yaml does not list yet. */
export function checkCandidatesFile(base: RuleContext, path: string, sources: { id: string; file: string; text: string }[] = []): { errors: DataError[]; candidates: CandidateSummary[] } {
	const abs = resolve(path);
	const loaded = newLoaded();
	loadCandidateFile(abs, path, loaded);
	let withSources = base;
	if (sources.length > 0) {
		const texts: LoadedSources = {
			problems: base.texts?.problems ?? [],
			status: base.texts?.status ?? '',
			texts: new Map([...(base.texts?.texts ?? []), ...sources.map((s) => [s.id, new SourceText(s.id, s.file, s.text)] as const)])
		};
		withSources = { ...base, texts, sourceIds: new Set([...base.sourceIds, ...sources.map((s) => s.id)]), known: (kind, id) => base.known(kind, id) || (kind === 'sources' && sources.some((s) => s.id === id)) };
	}
	return { errors: checkLoaded(withSources, loaded), candidates: loaded.summaries };
}

