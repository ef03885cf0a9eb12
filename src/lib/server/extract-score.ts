/**
 * How good the extractor's proposals are, against records a person wrote: the curated data/ of a
 * source (`scoreAgainstData`) or a fixture's expected records (`scoreAgainstExpected`). The
 * extractor runs on the text alone; the curated records are read only to compare. Build-time only.
 *
 * - recall: expected figures proposed with the right value (value, or low and high);
 * - precision: proposed figures that match an expected figure (a repeat of an already matched
 *   figure counts against it); `precisionJudged` leaves out proposals that match neither a figure
 *   nor an exclusion (numbers nobody judged) when exclusions are known;
 * - filled: the share of a proposal's fields that are not null (metric, date_text, date_start,
 *   date_end, estimator, side, fronts, kind, subject);
 * - accuracy: per field, over the matched figures, the share equal to the expected (fronts and
 *   places as sets).
 */
import { sameValue } from '../data/normalise/numbers';
import type { Extraction, ProposedFigure, ProposedUnit } from './extract';
import { SourceText, type Span } from './source-text';

export const scoredFields = ['metric', 'qualifier', 'date_start', 'date_end', 'estimator', 'side', 'fronts', 'places', 'kind'] as const;
export const filledFields = ['metric', 'date_text', 'date_start', 'date_end', 'estimator', 'side', 'fronts', 'kind', 'subject'] as const;
export const unitFields = ['from', 'to', 'date_start', 'date_end', 'side', 'kind'] as const;

export interface Score {
	expected: number;
	proposed: number;
	matched: number;
	/** Proposals on a number that an exclusion lists (known false positives). */
	excludedHits: number;
	recall: number;
	precision: number;
	precisionJudged: number | null;
	filled: number;
	accuracy: Record<string, number>;
	/** Mean of the per-field accuracies. */
	fieldAccuracy: number;
	units: { expected: number; proposed: number; matched: number; accuracy: Record<string, number> };
	misses: string[];
	falsePositives: string[];
	wrongFields: string[];
}

export interface ExpectedFigure {
	value?: number | null;
	low?: number | null;
	high?: number | null;
	[field: string]: unknown;
}

const ratio = (a: number, b: number) => (b === 0 ? 1 : a / b);

function sameSet(a: unknown, b: unknown): boolean {
	const xs = Array.isArray(a) ? [...a].map(String).sort() : [];
	const ys = Array.isArray(b) ? [...b].map(String).sort() : [];
	return xs.length === ys.length && xs.every((x, i) => x === ys[i]);
}

function fieldEqual(field: string, a: unknown, b: unknown): boolean {
	if (field === 'fronts' || field === 'places') return sameSet(a, b);
	return (a ?? null) === (b ?? null);
}

function valuesMatch(p: ProposedFigure, e: ExpectedFigure): boolean {
	const eq = (x: number | null | undefined, y: number | null | undefined) => (x === null || x === undefined ? y === null || y === undefined : y !== null && y !== undefined && sameValue(x, y));
	if (e.value !== null && e.value !== undefined) return eq(p.value, e.value);
	return eq(p.low, e.low) && eq(p.high, e.high);
}

function describe(f: { metric?: unknown; value?: unknown; low?: unknown; high?: unknown; excerpt?: unknown }): string {
	const v = f.value ?? `${String(f.low)}–${String(f.high)}`;
	return `${String(f.metric)} ${String(v)}${typeof f.excerpt === 'string' ? ` — ${f.excerpt.slice(0, 70)}` : ''}`;
}

interface Pairing {
	pairs: [ProposedFigure, ExpectedFigure][];
	unmatchedProposals: ProposedFigure[];
	unmatchedExpected: ExpectedFigure[];
}

function finish(pairing: Pairing, proposals: ProposedFigure[], units: { expected: Record<string, unknown>[]; proposed: ProposedUnit[]; pairs: [ProposedUnit, Record<string, unknown>][] }, excludedHits: number, judged: boolean): Score {
	const accuracy: Record<string, number> = {};
	const wrongFields: string[] = [];
	for (const field of scoredFields) {
		const ok = pairing.pairs.filter(([p, e]) => fieldEqual(field, (p as unknown as Record<string, unknown>)[field], e[field]));
		accuracy[field] = ratio(ok.length, pairing.pairs.length);
		for (const [p, e] of pairing.pairs) {
			if (!fieldEqual(field, (p as unknown as Record<string, unknown>)[field], e[field])) wrongFields.push(`${describe(p)}: ${field} ${JSON.stringify((p as unknown as Record<string, unknown>)[field])}, expected ${JSON.stringify(e[field])}`);
		}
	}
	const filledCount = proposals.reduce((n, p) => n + filledFields.filter((f) => (p as unknown as Record<string, unknown>)[f] !== null && (p as unknown as Record<string, unknown>)[f] !== undefined).length, 0);
	const unitAccuracy: Record<string, number> = {};
	for (const field of unitFields) unitAccuracy[field] = ratio(units.pairs.filter(([p, e]) => fieldEqual(field, (p as unknown as Record<string, unknown>)[field], e[field])).length, units.pairs.length);
	const matched = pairing.pairs.length;
	const unjudged = proposals.length - matched - excludedHits;
	const values = Object.values(accuracy);
	return {
		expected: pairing.pairs.length + pairing.unmatchedExpected.length,
		proposed: proposals.length,
		matched,
		excludedHits,
		recall: ratio(matched, pairing.pairs.length + pairing.unmatchedExpected.length),
		precision: ratio(matched, proposals.length),
		precisionJudged: judged ? ratio(matched, proposals.length - unjudged) : null,
		filled: ratio(filledCount, proposals.length * filledFields.length),
		accuracy,
		fieldAccuracy: values.reduce((a, b) => a + b, 0) / values.length,
		units: { expected: units.expected.length, proposed: units.proposed.length, matched: units.pairs.length, accuracy: unitAccuracy },
		misses: pairing.unmatchedExpected.map((e) => describe(e)),
		falsePositives: pairing.unmatchedProposals.map((p) => describe(p)),
		wrongFields
	};
}

/** Score against a fixture's expected records (matched by type and value, in order). */
export function scoreAgainstExpected(extraction: Extraction, expected: Record<string, unknown>[]): Score {
	const proposals = extraction.records.filter((r): r is ProposedFigure => r.type === 'figure');
	const wanted = expected.filter((e) => (e.type ?? 'figure') === 'figure') as ExpectedFigure[];
	const free = [...proposals];
	const pairs: [ProposedFigure, ExpectedFigure][] = [];
	const unmatchedExpected: ExpectedFigure[] = [];
	for (const e of wanted) {
		const i = free.findIndex((p) => valuesMatch(p, e) && (e.metric === undefined || p.metric === e.metric || free.filter((q) => valuesMatch(q, e)).length === 1));
		if (i < 0) unmatchedExpected.push(e);
		else pairs.push([free.splice(i, 1)[0], e]);
	}
	const unitsExpected = expected.filter((e) => e.type === 'unit');
	const unitsProposed = extraction.records.filter((r): r is ProposedUnit => r.type === 'unit');
	const freeUnits = [...unitsProposed];
	const unitPairs: [ProposedUnit, Record<string, unknown>][] = [];
	for (const e of unitsExpected) {
		const i = freeUnits.findIndex((u) => u.to === e.to || u.from === e.from || u.unit === e.unit);
		if (i >= 0) unitPairs.push([freeUnits.splice(i, 1)[0], e]);
	}
	return finish({ pairs, unmatchedProposals: free, unmatchedExpected }, proposals, { expected: unitsExpected, proposed: unitsProposed, pairs: unitPairs }, 0, false);
}

export interface CuratedRecord {
	[field: string]: unknown;
	excerpt: string;
}

/**
 * Score against the curated records of one source: a proposal matches a curated figure when its
 * number lies inside the curated excerpt (found in the text) and the values agree. A unit's count
 * is a use too. Exclusions (data/excluded.yaml) mark known false positives.
 */
export function scoreAgainstData(
	extraction: Extraction,
	text: SourceText,
	curated: { figures: CuratedRecord[]; units: CuratedRecord[]; exclusions: { excerpt: string; number: number | null }[] }
): Score {
	const proposals = extraction.records.filter((r): r is ProposedFigure => r.type === 'figure');
	const spanOf = (excerpt: string): Span[] => text.find(excerpt);
	const curatedFigures = curated.figures.map((f) => ({ f, spans: spanOf(f.excerpt) }));
	const inside = (spans: Span[], at: { start: number; end: number }[]) => spans.some((s) => at.some((a) => s.start <= a.start && a.end <= s.end));
	const free = [...proposals];
	const pairs: [ProposedFigure, ExpectedFigure][] = [];
	const unmatchedExpected: ExpectedFigure[] = [];
	for (const { f, spans } of curatedFigures) {
		const i = free.findIndex((p) => valuesMatch(p, f as ExpectedFigure) && inside(spans, extraction.spans.get(p.id) ?? []));
		if (i < 0) unmatchedExpected.push(f as ExpectedFigure);
		else pairs.push([free.splice(i, 1)[0], f as ExpectedFigure]);
	}
	// A proposal on a unit's count is not a false positive: it is the number of a curated record.
	const unitUses = curated.units.filter((u) => typeof u.count === 'number').map((u) => ({ value: u.count as number, spans: spanOf(u.excerpt) }));
	const stillFree = free.filter((p) => !unitUses.some((u) => p.value !== null && sameValue(p.value, u.value) && inside(u.spans, extraction.spans.get(p.id) ?? [])));
	const excluded = curated.exclusions.map((e) => ({ ...e, spans: spanOf(e.excerpt) }));
	const excludedHits = stillFree.filter((p) => excluded.some((e) => e.number !== null && [p.value, p.low, p.high].some((v) => v !== null && sameValue(v, e.number!)) && inside(e.spans, extraction.spans.get(p.id) ?? []))).length;
	const matchedIncludingUnits = proposals.length - stillFree.length;
	// Units: a proposal matches a curated movement whose excerpt overlaps its own and shares the origin or destination.
	const unitsProposed = extraction.records.filter((r): r is ProposedUnit => r.type === 'unit');
	const freeUnits = [...unitsProposed];
	const unitPairs: [ProposedUnit, Record<string, unknown>][] = [];
	for (const u of curated.units) {
		const uSpans = spanOf(u.excerpt);
		const i = freeUnits.findIndex((p) => {
			const pSpans = spanOf(p.excerpt);
			return pSpans.some((a) => uSpans.some((b) => a.start < b.end && b.start < a.end)) && (p.to === u.to || p.from === u.from);
		});
		if (i >= 0) unitPairs.push([freeUnits.splice(i, 1)[0], u]);
	}
	const score = finish({ pairs, unmatchedProposals: stillFree, unmatchedExpected }, proposals, { expected: curated.units, proposed: unitsProposed, pairs: unitPairs }, excludedHits, true);
	// Precision counts proposals on a unit's count as right (a curated record uses the number).
	score.precision = ratio(matchedIncludingUnits, proposals.length);
	score.precisionJudged = ratio(matchedIncludingUnits, matchedIncludingUnits + excludedHits);
	return score;
}

const pct = (x: number | null) => (x === null ? '   n/a' : `${(x * 100).toFixed(1).padStart(5)} %`);

/** The score table: one row per text set. */
export function scoreTable(rows: { label: string; score: Score }[]): string[] {
	const head = `${'texts'.padEnd(28)} ${'expected'.padStart(8)} ${'proposed'.padStart(8)} ${'recall'.padStart(8)} ${'precision'.padStart(9)} ${'(judged)'.padStart(9)} ${'filled'.padStart(8)} ${'fields ok'.padStart(9)}   units (matched/expected, proposed)`;
	const lines = [head, '-'.repeat(head.length)];
	for (const { label, score } of rows) {
		lines.push(
			`${label.padEnd(28)} ${String(score.expected).padStart(8)} ${String(score.proposed).padStart(8)} ${pct(score.recall).padStart(8)} ${pct(score.precision).padStart(9)} ${pct(score.precisionJudged).padStart(9)} ${pct(score.filled).padStart(8)} ${pct(score.fieldAccuracy).padStart(9)}   ${score.units.matched}/${score.units.expected}, ${score.units.proposed}`
		);
	}
	lines.push('', `per-field accuracy over matched figures:`);
	lines.push(`${''.padEnd(28)} ${scoredFields.map((f) => f.padStart(10)).join('')}`);
	for (const { label, score } of rows) lines.push(`${label.padEnd(28)} ${scoredFields.map((f) => pct(score.accuracy[f]).padStart(10)).join('')}`);
	return lines;
}

/** Pools several scores (sums the counts, weights the ratios by their counts). */
export function poolScores(scores: Score[]): Score {
	const sum = (f: (s: Score) => number) => scores.reduce((n, s) => n + f(s), 0);
	const matched = sum((s) => s.matched);
	const accuracy: Record<string, number> = {};
	for (const field of scoredFields) accuracy[field] = ratio(sum((s) => s.accuracy[field] * s.matched), matched);
	const unitAccuracy: Record<string, number> = {};
	const unitMatched = sum((s) => s.units.matched);
	for (const field of unitFields) unitAccuracy[field] = ratio(sum((s) => s.units.accuracy[field] * s.units.matched), unitMatched);
	const proposed = sum((s) => s.proposed);
	const values = Object.values(accuracy);
	return {
		expected: sum((s) => s.expected),
		proposed,
		matched,
		excludedHits: sum((s) => s.excludedHits),
		recall: ratio(matched, sum((s) => s.expected)),
		precision: ratio(sum((s) => s.precision * s.proposed), proposed),
		precisionJudged: scores.every((s) => s.precisionJudged === null) ? null : ratio(sum((s) => s.precision * s.proposed), sum((s) => s.precision * s.proposed) + sum((s) => s.excludedHits)),
		filled: ratio(sum((s) => s.filled * s.proposed), proposed),
		accuracy,
		fieldAccuracy: values.reduce((a, b) => a + b, 0) / values.length,
		units: { expected: sum((s) => s.units.expected), proposed: sum((s) => s.units.proposed), matched: unitMatched, accuracy: unitAccuracy },
		misses: scores.flatMap((s) => s.misses),
		falsePositives: scores.flatMap((s) => s.falsePositives),
		wrongFields: scores.flatMap((s) => s.wrongFields)
	};
}
