/**
 * What every rule sees: the records (valid ones and the well-formed fields of the others), the id
 * index, the source texts, and where to put errors and what later stages need (excerpt spans,
 * parsed dates). A rule is a function of this context that pushes located errors. Build-time only.
 */
import type { DateParse } from '../../data/normalise/dates';
import { idKinds, type CheckedRecords, type IdKind, type Kind, type LoadedPeriod, type LoadResult, type Located, type PublishedIds } from '../load';
import type { LoadedSources, SourceText, Span } from '../source-text';
import type { DataError } from '../yaml-lines';

export interface ExcerptSpan {
	spans: Span[];
	text: SourceText | null;
}

export interface RuleContext {
	records: CheckedRecords;
	/** The first valid record of each id, by kind. */
	ids: Record<IdKind, Map<string, Located<{ id?: string }>>>;
	/** Whether a reference to `id` of `kind` resolves (or cannot be judged: its file did not load, or the record failed its schema). */
	known(kind: Kind, id: string): boolean;
	/** Kinds with a file that did not load (rules that need all of a kind skip it). */
	brokenKinds: Set<Kind>;
	/** Ids of records that failed their schema, by kind. */
	invalidIds: Record<Kind, Set<string>>;
	/** The dataset's period (data/period.yaml), or null when it did not load. */
	period: LoadedPeriod | null;
	/** data/published-ids.txt, or null when it did not load. */
	published: PublishedIds | null;
	/** Ids of sources, valid or not: excerpts of other sources are not checked (the reference error says why). */
	sourceIds: Set<string>;
	texts: LoadedSources | null;
	errors: DataError[];
	warnings: string[];
	/** Where each record's excerpt was found (for the excerpt's context on the Sources page). */
	spans: Map<Located<unknown>, ExcerptSpan>;
	/** Each record's date words as parsed (for the normalisation shown with it). */
	dates: Map<Located<unknown>, DateParse>;
}

export type Rule = (ctx: RuleContext) => void;

export function makeContext(loaded: LoadResult, texts: LoadedSources | null): RuleContext {
	const ids = Object.fromEntries(idKinds.map((k) => [k, new Map()])) as RuleContext['ids'];
	for (const kind of idKinds) {
		for (const l of loaded.data[kind] as Located<{ id: string }>[]) if (!ids[kind].has(l.rec.id)) ids[kind].set(l.rec.id, l);
	}
	const known = (kind: Kind, id: string) =>
		loaded.brokenKinds.has(kind) || loaded.invalidIds[kind].has(id) || (kind !== 'excluded' && ids[kind].has(id));
	return {
		records: loaded.records,
		ids,
		known,
		brokenKinds: loaded.brokenKinds,
		invalidIds: loaded.invalidIds,
		period: loaded.period,
		published: loaded.published,
		sourceIds: new Set([...ids.sources.keys(), ...loaded.invalidIds.sources]),
		texts,
		errors: loaded.errors,
		warnings: loaded.warnings,
		spans: new Map(),
		dates: new Map()
	};
}

/** `[index, ...path]`: the path of a field of a record, for `file.error`. */
export function at(l: Located<unknown>, ...path: (string | number)[]): (string | number)[] {
	return [l.index, ...path];
}
