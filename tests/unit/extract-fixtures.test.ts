/**
 * The extractor on the fixture texts of tests/fixtures/extract/ (rules-*.txt): every expected
 * record is proposed with every listed field right, nothing else is proposed as a figure, the
 * numbers listed under `rejects` never become figures, and what it emits is a valid candidates
 * file (schema, verbatim excerpts, values stated in the excerpts) that survives a YAML round trip.
 * The held-out fixture is only scored (npm run extract:score), not asserted here.
 */
import { describe, expect, it } from 'vitest';
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { parse } from 'yaml';
import { projectRoot } from '../../src/lib/server/build';
import { extract, type ProposedFigure } from '../../src/lib/server/extract';
import { candidatesYaml, checkCandidates } from '../../src/lib/server/extract-candidates';
import { loadGazetteer } from '../../src/lib/server/extract-source';
import { SourceText } from '../../src/lib/server/source-text';

const dir = join(projectRoot, 'tests', 'fixtures', 'extract');
const gazetteer = loadGazetteer(join(projectRoot, 'data'));
const fixtures = readdirSync(dir)
	.filter((n) => n.startsWith('rules-') && n.endsWith('.txt'))
	.map((n) => {
		const expected = parse(readFileSync(join(dir, n.replace(/\.txt$/, '.expected.yaml')), 'utf8')) as {
			date: string;
			records: Record<string, unknown>[];
			rejects: string[];
		};
		const text = readFileSync(join(dir, n), 'utf8');
		return { name: n, text, expected, extraction: extract(text, { sourceId: n.replace(/\.txt$/, ''), documentDate: String(expected.date), gazetteer }) };
	});

const valueOf = (r: { value?: unknown; low?: unknown; high?: unknown }) => (r.value ?? null) !== null ? String(r.value) : `${String(r.low)}–${String(r.high)}`;

describe.each(fixtures)('extractor on $name', ({ name, text, expected, extraction }) => {
	const figures = extraction.records.filter((r): r is ProposedFigure => r.type === 'figure');
	const wanted = expected.records.filter((r) => r.type === 'figure');

	it('proposes each expected figure with every listed field right', () => {
		const got = wanted.map((e) => {
			const f = figures.find((p) => valueOf(p) === valueOf(e) && (p.metric === e.metric || figures.filter((q) => valueOf(q) === valueOf(e)).length === 1));
			if (!f) return { value: valueOf(e), missing: true };
			return Object.fromEntries(Object.keys(e).map((k) => [k, k === 'type' ? 'figure' : (f as unknown as Record<string, unknown>)[k]]));
		});
		expect(got).toEqual(wanted.map((e) => ({ ...e })));
	});

	it('proposes no other figure and rejects the listed numbers', () => {
		expect(figures.map(valueOf).sort()).toEqual(wanted.map(valueOf).sort());
		const proposed = [...extraction.spans.values()].flat();
		for (const phrase of expected.rejects ?? []) {
			const at = text.indexOf(phrase);
			expect(at, `"${phrase}" is in the text`).toBeGreaterThanOrEqual(0);
			const inside = proposed.filter((s) => s.start >= at && s.end <= at + phrase.length).map((s) => text.slice(s.start, s.end));
			expect(inside, `no figure from "${phrase}"`).toEqual([]);
		}
	});

	it('proposes the expected unit movements, estimators and places, and no others', () => {
		const others = expected.records.filter((r) => r.type !== 'figure');
		const key = (r: { type?: unknown; id?: unknown; unit?: unknown }) => `${String(r.type)} ${String(r.type === 'unit' ? r.unit : r.id)}`;
		expect(extraction.records.filter((r) => r.type !== 'figure').map(key).sort()).toEqual(others.map(key).sort());
		for (const e of others) {
			const match = extraction.records.find((r) => r.type === e.type && (e.id === undefined || (r as { id?: string }).id === e.id) && (e.unit === undefined || (r as { unit?: string }).unit === e.unit));
			expect(match ? Object.fromEntries(Object.keys(e).map((k) => [k, (match as unknown as Record<string, unknown>)[k]])) : null, `${String(e.type)} ${String(e.id ?? e.unit)}`).toEqual(e);
		}
	});

	it('emits valid candidates: schema, verbatim excerpts, values in the excerpts, YAML round trip', () => {
		const yaml = candidatesYaml(extraction.records, ['test']);
		const back = parse(yaml) as unknown[];
		expect(back).toEqual(JSON.parse(JSON.stringify(extraction.records)));
		expect(checkCandidates(back, new SourceText(name, name, text))).toEqual([]);
		for (const r of extraction.records) {
			if (r.type === 'figure' || r.type === 'unit') {
				expect(r.review).toBe('pending');
				expect(r.confidence).toBeGreaterThan(0);
				expect(r.confidence).toBeLessThanOrEqual(1);
				expect(Object.keys(r.why).length).toBeGreaterThan(3);
			}
		}
	});
});
