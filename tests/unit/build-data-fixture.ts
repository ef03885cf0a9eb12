/**
 * Shared by the data-build tests: the valid fixture built once, copies of it to break, ways to
 * break them, and a check that the build's errors are exactly the expected `file:line: field:` lines.
 */
import { expect } from 'vitest';
import { cpSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, renameSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { buildDataset, projectRoot } from '../../src/lib/server/build';
import { formatError } from '../../src/lib/server/yaml-lines';

export const fixture = resolve(projectRoot, 'tests/fixtures/valid');
export const qualifierList = 'exact, about, over, at_least, up_to, nearly, fewer_than, range';

export interface Copy {
	root: string;
	dataDir: string;
	sourcesDir: string;
	outDir: string;
}

/** The valid fixture, built once into a temporary folder: each case starts from a copy of it. Remove it when done. */
export function buildFixture(): string {
	const built = mkdtempSync(join(tmpdir(), 'buildup-bad-base-'));
	cpSync(fixture, built, { recursive: true });
	const result = buildDataset({ dataDir: join(built, 'data'), sourcesDir: join(built, 'sources'), outDir: join(built, 'out') });
	expect(result.errors.map(formatError)).toEqual([]);
	return built;
}

/** A copy of the built fixture: data/, sources/ and out/ (its generated files). */
export function copyBuilt(built: string): Copy {
	const root = mkdtempSync(join(tmpdir(), 'buildup-bad-'));
	cpSync(built, root, { recursive: true });
	return { root, dataDir: join(root, 'data'), sourcesDir: join(root, 'sources'), outDir: join(root, 'out') };
}

export function outBytes(outDir: string): Record<string, Buffer> {
	return Object.fromEntries(
		readdirSync(outDir)
			.sort()
			.map((n) => [n, readFileSync(join(outDir, n))])
	);
}

// ——— ways to break a copy (paths relative to its data folder unless they start with "sources/") ———

export type Break = (c: Copy) => void;
const path = (c: Copy, rel: string) => (rel.startsWith('sources/') ? join(c.root, rel) : join(c.dataDir, rel));

/** Replaces the one occurrence of `from` in `file` (fails when it is not there exactly once). */
export const replace =
	(file: string, from: string, to: string): Break =>
	(c) => {
		const text = readFileSync(path(c, file), 'utf8');
		expect(text.split(from).length - 1, `"${from}" once in ${file}`).toBe(1);
		writeFileSync(path(c, file), text.replace(from, () => to));
	};
export const write =
	(file: string, content: string | Buffer): Break =>
	(c) => {
		mkdirSync(join(path(c, file), '..'), { recursive: true });
		writeFileSync(path(c, file), content);
	};
export const remove =
	(file: string): Break =>
	(c) =>
		rmSync(path(c, file), { recursive: true });
export const rename =
	(from: string, to: string): Break =>
	(c) =>
		renameSync(path(c, from), path(c, to));
/** `file` with the lines from the one starting with `first` up to (not including) the next record. */
export const removeRecord =
	(file: string, first: string): Break =>
	(c) => {
		const lines = readFileSync(path(c, file), 'utf8').split('\n');
		const start = lines.indexOf(first);
		expect(start, `"${first}" in ${file}`).toBeGreaterThanOrEqual(0);
		let end = start + 1;
		while (end < lines.length && !lines[end].startsWith('- ')) end++;
		lines.splice(start, end - start);
		writeFileSync(path(c, file), lines.join('\n'));
	};
export const all =
	(...steps: Break[]): Break =>
	(c) => {
		for (const step of steps) step(c);
	};

export interface Expected {
	/** The file in the data folder, as the error names it (without "data/"). */
	file: string;
	/** The error's line is the first line of the (broken) file containing this; null: no line. */
	at: string | null;
	/** The last line containing `at`, not the first. */
	last?: boolean;
	offset?: number;
	field: string;
	message: RegExp;
}

export const esc = (s: string) => s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
export const exactly = (s: string) => new RegExp(`^${esc(s)}$`);

/** `data/<file>:<line>: ` for an expected error, the line found in the broken copy. */
export function prefix(c: Copy, e: Expected): string {
	if (e.at === null) return `data/${e.file}: ${e.field}: `;
	const marker = e.at;
	const lines = readFileSync(join(c.dataDir, e.file), 'utf8').split('\n');
	const index = e.last ? lines.findLastIndex((l) => l.includes(marker)) : lines.findIndex((l) => l.includes(marker));
	expect(index, `"${marker}" in ${e.file}`).toBeGreaterThanOrEqual(0);
	return `data/${e.file}:${index + 1 + (e.offset ?? 0)}: ${e.field}: `;
}

/** Every error matches its expected row, in order, and there are no others. */
export function expectErrors(c: Copy, lines: string[], expected: Expected[]): void {
	const report = `errors:\n${lines.join('\n')}`;
	expect(lines.length, report).toBe(expected.length);
	expected.forEach((e, i) => {
		const p = prefix(c, e);
		expect(lines[i].startsWith(p), `error ${i} should start "${p}"; ${report}`).toBe(true);
		expect(lines[i].slice(p.length)).toMatch(e.message);
	});
}

