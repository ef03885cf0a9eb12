/**
 * A zod issue of one record → located errors in the data's own words: `missing (required field)`,
 * `"approx" is not one of: …`, `unknown field (did you mean "estimator"?)`. Build-time only.
 */
import type { ZodType } from 'zod';
import { didYouMean } from './did-you-mean';
import type { DataError, LoadedFile, PathKey } from './yaml-lines';

export function getAt(value: unknown, path: readonly PathKey[]): unknown {
	let v: unknown = value;
	for (const k of path) {
		if (v === null || typeof v !== 'object') return undefined;
		v = (v as Record<string | number, unknown>)[k];
	}
	return v;
}

export function describeValue(v: unknown): string {
	if (v === null) return 'null';
	if (Array.isArray(v)) return 'a list';
	if (typeof v === 'object') return 'a mapping';
	if (typeof v === 'string') return JSON.stringify(v);
	return `${typeof v} ${String(v)}`;
}

/** The fields of an object schema (empty for other schemas). */
export function schemaShape(schema: ZodType): Record<string, ZodType> {
	return (schema as unknown as { shape?: Record<string, ZodType> }).shape ?? {};
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

/** The errors for one zod issue of the record at `index` (`record` is its plain value). */
export function issueToErrors(file: LoadedFile, index: number, record: unknown, issue: ZodIssueLike, schema: ZodType): DataError[] {
	const path: PathKey[] = [index, ...issue.path.map((k) => (typeof k === 'number' ? k : String(k)))];
	const value = getAt(record, issue.path as PathKey[]);
	if (issue.code === 'unrecognized_keys') {
		return (issue.keys ?? []).map((key) => file.error([...path, key], `unknown field${didYouMean(key, Object.keys(schemaShape(schema)))}`));
	}
	if (issue.path.length === 0 && issue.code === 'invalid_type') {
		return [file.error(path, `a record must be a mapping of fields, not ${describeValue(record)}`)];
	}
	if (value === undefined && issue.code === 'invalid_type') return [file.error(path, 'missing (required field)')];
	if (issue.code === 'invalid_value' && issue.values) {
		const options = issue.values.map(String);
		if (value === undefined) return [file.error(path, `missing (required field): one of ${options.join(', ')}`)];
		const hint = typeof value === 'string' ? didYouMean(value, options) : '';
		return [file.error(path, `${describeValue(value)} is not one of: ${options.join(', ')}${hint}`)];
	}
	if (issue.code === 'invalid_type') return [file.error(path, `expected ${issue.expected}, got ${describeValue(value)}`)];
	if (issue.code === 'too_big' && typeof value === 'string') {
		return [file.error(path, `${issue.message} (it has ${value.length})`)];
	}
	return [file.error(path, `${issue.message}${value !== undefined && typeof value !== 'object' ? ` (got ${describeValue(value)})` : ''}`)];
}
