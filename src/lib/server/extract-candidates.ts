/**
 * Candidate records (data/candidates/<source>.yaml): what the extractor proposes, in the format
 * agreed with the data pipeline — a YAML list; each item has `type: figure | unit | estimator |
 * place`, then the fields of that record kind (data/README.md), with `null` for what the extractor
 * could not fill, plus `review: pending | accepted | rejected`, `confidence` (0–1) and `why` (field →
 * short reason). The build never publishes a candidate. Build-time only.
 */
import { z } from 'zod';
import { estimatorSchema, figureSchema, placeSchema, unitSchema } from './schema';
import { SourceText } from './source-text';
import { textHasNumber } from '../data/normalise/numbers';
import type { Proposal } from './extract';

export const reviewStates = ['pending', 'accepted', 'rejected'] as const;

const candidateFields = {
	review: z.enum(reviewStates),
	confidence: z.number().min(0).max(1),
	why: z.record(z.string(), z.string())
};

/** Fields a candidate must always have (the rest may be null until a curator fills them). */
const alwaysFilled: Record<string, readonly string[]> = {
	figure: ['id', 'qualifier', 'source', 'excerpt'],
	unit: ['id', 'unit', 'kind', 'source', 'excerpt'],
	estimator: ['id', 'name'],
	place: ['id', 'name']
};

function candidateOf<T extends z.ZodRawShape>(type: string, shape: T) {
	const loose = Object.fromEntries(Object.entries(shape).map(([k, v]) => [k, alwaysFilled[type].includes(k) ? v : (v as z.ZodType).nullable().optional()]));
	return z.strictObject({ type: z.literal(type), ...loose, ...candidateFields });
}

/** The schema of one candidate (schema level; the excerpt check is `checkCandidates`). */
export const candidateSchema = z.discriminatedUnion('type', [
	candidateOf('figure', figureSchema.shape),
	candidateOf('unit', unitSchema.shape),
	candidateOf('estimator', estimatorSchema.shape),
	candidateOf('place', placeSchema.shape)
]);

const recordSchemas = { figure: figureSchema, unit: unitSchema, estimator: estimatorSchema, place: placeSchema } as const;

/** The record a candidate becomes once accepted: candidate fields and nulls of optional fields removed. */
export function recordOf(candidate: Record<string, unknown>): Record<string, unknown> {
	const out: Record<string, unknown> = {};
	for (const [k, v] of Object.entries(candidate)) {
		if (k === 'type' || k === 'review' || k === 'confidence' || k === 'why') continue;
		if (v === null && !(candidate.type === 'unit' && k === 'from')) continue;
		out[k] = v;
	}
	return out;
}

/** Problems that stop a candidate from being accepted as a record of data/ (full schema). */
export function acceptProblems(candidate: Record<string, unknown>): string[] {
	const schema = recordSchemas[candidate.type as keyof typeof recordSchemas];
	if (!schema) return [`type must be one of figure, unit, estimator, place`];
	const result = schema.safeParse(recordOf(candidate));
	if (result.success) return [];
	return result.error.issues.map((i) => `${i.path.join('.') || '(record)'}: ${i.message}`);
}

export interface CandidateProblem {
	index: number;
	field: string;
	message: string;
}

/** Checks a candidates list: the schema, excerpts verbatim in the source text, the value in the excerpt. */
export function checkCandidates(list: unknown, sourceText?: SourceText): CandidateProblem[] {
	const problems: CandidateProblem[] = [];
	if (!Array.isArray(list)) return [{ index: -1, field: '(file)', message: 'a candidates file is a YAML list' }];
	list.forEach((item, index) => {
		const parsed = candidateSchema.safeParse(item);
		if (!parsed.success) {
			for (const issue of parsed.error.issues) problems.push({ index, field: issue.path.join('.') || '(record)', message: issue.message });
			return;
		}
		const c = parsed.data as Record<string, unknown>;
		if (sourceText && typeof c.excerpt === 'string') {
			if (sourceText.find(c.excerpt).length === 0) problems.push({ index, field: 'excerpt', message: `not found verbatim in ${sourceText.file}` });
			for (const k of ['value', 'low', 'high', 'count']) {
				const v = c[k];
				if (typeof v === 'number' && !textHasNumber(c.excerpt, v)) problems.push({ index, field: k, message: `${v} is not stated in the excerpt` });
			}
		}
	});
	return problems;
}

// ——— writing ———

const fieldOrder: Record<string, string[]> = {
	figure: ['type', 'id', 'metric', 'value', 'low', 'high', 'qualifier', 'date_text', 'date_start', 'date_end', 'date_note', 'estimator', 'side', 'fronts', 'places', 'kind', 'subject', 'source', 'excerpt', 'note', 'review', 'confidence', 'why'],
	unit: ['type', 'id', 'unit', 'side', 'kind', 'from', 'to', 'date_text', 'date_start', 'date_end', 'date_note', 'count', 'count_metric', 'source', 'excerpt', 'note', 'review', 'confidence', 'why'],
	estimator: ['type', 'id', 'name', 'side', 'kind', 'review', 'confidence', 'why'],
	place: ['type', 'id', 'name', 'kind', 'lat', 'lon', 'country', 'front', 'review', 'confidence', 'why']
};

function scalar(key: string, v: unknown): string {
	if (v === null || v === undefined) return 'null';
	if (typeof v === 'number' || typeof v === 'boolean') return String(v);
	if (Array.isArray(v)) return `[${v.map((x) => (typeof x === 'string' && /^[a-z0-9_-]+$/.test(x) ? x : JSON.stringify(x))).join(', ')}]`;
	const s = String(v);
	if ((key === 'date_start' || key === 'date_end') && /^\d{4}-\d{2}-\d{2}$/.test(s)) return s;
	if (['type', 'id', 'review', 'metric', 'qualifier', 'side', 'kind', 'source', 'estimator', 'front', 'count_metric'].includes(key) && /^[a-z][a-z0-9_-]*$/.test(s)) return s;
	return JSON.stringify(s);
}

/** One candidate as YAML lines (a list item), fields in the order of data/README.md. */
export function candidateLines(record: Proposal | Record<string, unknown>): string[] {
	const r = record as unknown as Record<string, unknown>;
	const order = fieldOrder[String(r.type)] ?? Object.keys(r);
	const keys = [...order.filter((k) => k in r), ...Object.keys(r).filter((k) => !order.includes(k))];
	const lines: string[] = [];
	keys.forEach((k, i) => {
		const v = r[k];
		const lead = i === 0 ? '- ' : '  ';
		if (k === 'why' && v && typeof v === 'object') {
			lines.push(`${lead}why:`);
			for (const [field, reason] of Object.entries(v as Record<string, string>)) lines.push(`    ${field}: ${JSON.stringify(reason)}`);
		} else lines.push(`${lead}${k}: ${scalar(k, v)}`);
	});
	return lines;
}

/** A candidates file (or the dry run's output): header comment lines, then the list. */
export function candidatesYaml(records: (Proposal | Record<string, unknown>)[], header: string[] = []): string {
	const head = header.map((h) => `# ${h}`);
	if (records.length === 0) return [...head, '[]', ''].join('\n');
	return [...head, ...records.flatMap((r) => candidateLines(r)), ''].join('\n');
}
