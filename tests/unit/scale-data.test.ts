/**
 * The scale bench's synthetic dataset (scripts/bench/scale-data.ts): N× the records that the data
 * pipeline accepts — unique ids, every published id kept, dates inside the period with words the
 * date rules read, references to records that exist — and never written into data/.
 */
import { describe, it, expect } from 'vitest';
import { mkdtempSync, rmSync, readFileSync, writeFileSync, readdirSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { parse } from 'yaml';
import { dateTextFor, shiftOf, writeScaledData } from '../../scripts/bench/scale-data';
import { parseDatePhrase } from '../../src/lib/data/normalise/dates';
import { buildDataset, resolveBuildOptions } from '../../src/lib/server/build';

const { dataDir, sourcesDir } = resolveBuildOptions();

describe('dateTextFor', () => {
	const cases = [
		{ start: '2021-03-14', end: '2021-03-14', text: '14 March 2021' },
		{ start: '2021-12-31', end: '2021-12-31', text: '31 December 2021' },
		{ start: '2021-03-03', end: '2021-04-09', text: '3 March 2021 to 9 April 2021' },
		{ start: '2021-10-21', end: '2022-02-24', text: '21 October 2021 to 24 February 2022' }
	];
	for (const c of cases) {
		it(`${c.start} – ${c.end} → "${c.text}", which the date rules read back`, () => {
			expect(dateTextFor(c.start, c.end)).toBe(c.text);
			const parsed = parseDatePhrase(c.text, Number(c.start.slice(0, 4)));
			expect(parsed).toMatchObject({ ok: true, start: c.start, end: c.end });
		});
	}
});

describe('shiftOf', () => {
	it('leaves the original in place and moves each copy by a few days', () => {
		expect(shiftOf(0)).toBe(0);
		const shifts = Array.from({ length: 99 }, (_, i) => shiftOf(i + 1));
		for (const s of shifts) {
			expect(s).not.toBe(0);
			expect(Math.abs(s)).toBeLessThanOrEqual(14);
		}
		expect(new Set(shifts).size).toBeGreaterThan(20);
	});
});

describe('writeScaledData', () => {
	const kinds = (dir: string) => {
		const read = (file: string) => parse(readFileSync(join(dir, file), 'utf8')) as Record<string, unknown>[];
		const folder = (name: string) => readdirSync(join(dir, name)).filter((f) => f.endsWith('.yaml')).flatMap((f) => read(join(name, f)));
		return { figures: folder('figures'), events: folder('events'), units: read('units.yaml') };
	};

	it('×2: twice the records, the originals unchanged, and the pipeline accepts it', { timeout: 120_000 }, () => {
		const root = mkdtempSync(join(tmpdir(), 'buildup-scale-test-'));
		try {
			const out = join(root, 'data');
			const result = writeScaledData({ dataDir, out, scale: 2 });
			const before = kinds(dataDir);
			const after = kinds(out);
			for (const kind of ['figures', 'events', 'units'] as const) {
				expect(after[kind].length, kind).toBe(2 * before[kind].length);
				expect(result.counts[kind]).toBe(after[kind].length);
				// Every original record is there, field for field.
				const byId = new Map(after[kind].map((r) => [r.id, r]));
				for (const r of before[kind]) expect(byId.get(r.id), String(r.id)).toEqual(r);
			}
			const all = [...after.figures, ...after.events, ...after.units];
			expect(new Set(all.map((r) => r.id)).size, 'ids are unique').toBe(all.length);
			for (const r of all) {
				const start = String(r.date_start);
				const end = String(r.date_end);
				expect(start >= result.period.start && end <= result.period.end, `${r.id} inside the period`).toBe(true);
				if (!r.date_note) expect(parseDatePhrase(String(r.date_text), Number(start.slice(0, 4))), String(r.id)).toMatchObject({ ok: true, end });
			}
			// Most copies moved (only intervals at the period's edges or across a new year stay).
			const moved = after.events.filter((e) => String(e.id).endsWith('-s1') && e.date_start !== before.events.find((o) => `${o.id}-s1` === e.id)?.date_start);
			expect(moved.length).toBeGreaterThan(before.events.length / 2);

			const built = buildDataset({ dataDir: out, sourcesDir, outDir: join(root, 'generated') });
			expect(built.errors.map((e) => `${e.file}:${e.line} ${e.field}: ${e.message}`)).toEqual([]);
			expect(built.dataset!.figures.length).toBe(2 * before.figures.length);
			expect(built.dataset!.events.length).toBe(2 * before.events.length);
			expect(built.dataset!.units.length).toBe(2 * before.units.length);
		} finally {
			rmSync(root, { recursive: true, force: true });
		}
	});

	it('refuses to write into the data folder, around it, or over a folder that is not empty', () => {
		const root = mkdtempSync(join(tmpdir(), 'buildup-scale-test-'));
		try {
			expect(() => writeScaledData({ dataDir, out: dataDir, scale: 2 })).toThrow(/data folder/);
			expect(() => writeScaledData({ dataDir, out: join(dataDir, 'scaled'), scale: 2 })).toThrow(/data folder/);
			expect(() => writeScaledData({ dataDir, out: join(dataDir, '..'), scale: 2 })).toThrow(/data folder/);
			writeFileSync(join(root, 'keep.txt'), 'mine');
			expect(() => writeScaledData({ dataDir, out: root, scale: 2 })).toThrow(/not empty/);
			expect(readFileSync(join(root, 'keep.txt'), 'utf8')).toBe('mine');
			expect(() => writeScaledData({ dataDir, out: join(root, 'x'), scale: 0 })).toThrow(/whole number/);
		} finally {
			rmSync(root, { recursive: true, force: true });
		}
	});
});
