/**
 * Validation: load data/ (./load.ts), read the source texts, run every rule (./rules/) and, when
 * nothing is wrong, build the Dataset (./derive.ts). Every error is collected (not just the first)
 * and located as `file:line: kind[i].field: message`. Build-time only.
 */
import type { Dataset } from '../data/types';
import { checkCandidatesFile, checkCandidatesFolder, type CandidateSummary } from './candidates';
import { deriveDataset } from './derive';
import { loadData, permalinkKinds, type LoadedData, type LoadResult } from './load';
import { resolveDataPaths } from './paths';
import { makeContext } from './rules/context';
import { rules } from './rules';
import { loadSourceTexts, type LoadedSources } from './source-text';
import { formatError, type DataError } from './yaml-lines';

export interface DataPaths {
	dataDir: string;
	sourcesDir: string;
}

export interface Validation {
	errors: DataError[];
	/** Things worth a look that do not stop the build. */
	warnings: string[];
	/** Present only when there are no errors. */
	dataset: Dataset | null;
	data: LoadedData;
	texts: LoadedSources | null;
	/** One line on the verbatim check: which folder, how many texts. */
	verbatimStatus: string;
	/** Ids of figures, units and events not yet in data/published-ids.txt (`npm run data -- --publish` adds them). */
	unpublished: string[];
	/** The candidates in data/candidates/ (validated, never published). */
	candidates: CandidateSummary[];
}

/** Every listed source text, read; a file that cannot be read is an error at its sources.yaml line. */
function readSources(loaded: LoadResult, sourcesDir: string): LoadedSources | null {
	if (loaded.brokenKinds.has('sources')) return null;
	const texts = loadSourceTexts(sourcesDir, loaded.data.sources.map((l) => ({ id: l.rec.id, file: l.rec.file })));
	for (const problem of texts.problems) {
		const l = loaded.data.sources.find((s) => s.rec.id === problem.id)!;
		loaded.errors.push(l.file.error([l.index, 'file'], problem.problem));
	}
	return texts;
}

export function sortErrors(errors: DataError[]): DataError[] {
	return errors
		.map((e, i) => ({ e, i }))
		.sort((a, b) => (a.e.file < b.e.file ? -1 : a.e.file > b.e.file ? 1 : (a.e.line ?? 0) - (b.e.line ?? 0) || a.i - b.i))
		.map(({ e }) => e);
}

/** Loads data/ and the source texts and runs every rule on the dataset's records. */
function checkData({ dataDir, sourcesDir }: DataPaths) {
	const loaded = loadData(dataDir);
	const texts = readSources(loaded, sourcesDir);
	const ctx = makeContext(loaded, texts);
	for (const rule of rules) rule(ctx);
	return { loaded, texts, ctx };
}

/** Runs every check, the candidates in data/candidates/ included; derives the Dataset when there are no errors. */
export function validateData(paths: DataPaths): Validation {
	const { loaded, texts, ctx } = checkData(paths);
	const candidates = checkCandidatesFolder(ctx, paths.dataDir);
	ctx.errors.push(...candidates.errors);
	const verbatimStatus = texts ? texts.status : 'sources.yaml did not load: no excerpt could be checked';
	const published = loaded.published?.ids ?? new Map();
	const unpublished = permalinkKinds.flatMap((k) => loaded.data[k].map((l) => l.rec.id)).filter((id) => !published.has(id));
	const base = { warnings: ctx.warnings, data: loaded.data, texts, verbatimStatus, unpublished, candidates: candidates.candidates };
	if (ctx.errors.length > 0) return { ...base, errors: sortErrors(ctx.errors), dataset: null };
	return { ...base, errors: [], dataset: deriveDataset(loaded.data, ctx.spans, ctx.dates) };
}

export interface CandidateValidation {
	/** Whether the candidates file has no error (the dataset's own errors are in dataErrors). */
	ok: boolean;
	errors: DataError[];
	/** Errors of data/ itself: while there are any, references from candidates cannot all be trusted. */
	dataErrors: DataError[];
	candidates: CandidateSummary[];
}

/**
 * For the extractor: validates one candidates file (the format of data/README.md) against data/
 * and the source texts, without building anything. `sources` adds texts that sources.yaml does not
 * list yet (a dry run on a new document); a candidate's `source` may then name them.
 */
export function validateCandidatesFile(
	path: string,
	options: Partial<DataPaths> & { sources?: { id: string; file: string; text: string }[] } = {}
): CandidateValidation {
	const { dataDir, sourcesDir } = resolveDataPaths(options);
	const { ctx } = checkData({ dataDir, sourcesDir });
	const dataErrors = sortErrors(ctx.errors);
	const { errors, candidates } = checkCandidatesFile({ ...ctx, errors: [] }, path, options.sources);
	return { ok: errors.length === 0, errors: sortErrors(errors), dataErrors, candidates };
}

export { formatError };
