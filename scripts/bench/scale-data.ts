/**
 * A synthetic dataset of N× the records, for the scale bench (`npm run bench -- --scale N`):
 *   tsx scripts/bench/scale-data.ts --scale N --out DIR [--data-dir data]
 * writes a copy of the data folder into DIR (never into data/) in which every figure, unit
 * movement and event appears N times: the original, unchanged (so no published id is lost), and
 * N − 1 copies. Prints the sources folder the pipeline uses for this checkout, for
 * scripts/build-site-copy.mjs.
 *
 * What a copy changes, and why the pipeline accepts it (adapt `copyRecord` when the rules change):
 * - `id` gets `-s<k>`: unique, still lowercase a-z0-9-; references between records
 *   (`contradicted_by`, `same_as`) point to the copy of the same k.
 * - Dates move by a few days (−14…+14, a different shift per copy), only where the whole interval
 *   stays inside the originals' period and in the same calendar year (a section's year stays right).
 *   The new `date_text` is written as the date rules read it ("14 March 2021", or "3 March 2021 to
 *   9 April 2021") and checked with the pipeline's own parser (`parseDatePhrase`); the old
 *   `date_note` explained the old words, so it goes. A record whose interval cannot move keeps
 *   its dates, words and note.
 * - References rotate over the existing records: a figure's `estimator` and `places`, an event's
 *   `place`, a unit's `from`/`to` (each list keeps its length and has no duplicate).
 * - `title` (events) and `subject` (figures) end in "(copy k)": our words, not the source's.
 * - `excerpt`, `source`, values, `note`: unchanged, so every excerpt is still found verbatim and
 *   every value is still stated in it.
 * Every other file of the data folder is copied as it is (estimators, places, sources, excluded
 * numbers, and any file the pipeline adds later); if it holds `published-ids.txt`, the new ids are
 * appended to it, as the command that keeps it would.
 */
import { cpSync, existsSync, mkdirSync, readFileSync, readdirSync, statSync, writeFileSync, appendFileSync } from 'node:fs';
import { join, relative, resolve } from 'node:path';
import { parse, stringify } from 'yaml';
import { parseDatePhrase } from '../../src/lib/data/normalise/dates';
import { resolveBuildOptions } from '../../src/lib/server/build';

type Rec = Record<string, unknown> & { id: string };
type Kind = 'figures' | 'units' | 'events';

const DAY = 86_400_000;
const months = ['January', 'February', 'March', 'April', 'May', 'June', 'July', 'August', 'September', 'October', 'November', 'December'];

const addDays = (iso: string, days: number) => new Date(Date.parse(`${iso}T00:00:00Z`) + days * DAY).toISOString().slice(0, 10);
const dayText = (iso: string) => {
	const [y, m, d] = iso.split('-').map(Number);
	return `${d} ${months[m - 1]} ${y}`;
};

/** The words the date rules read as exactly [start, end]. */
export function dateTextFor(start: string, end: string): string {
	const text = start === end ? dayText(start) : `${dayText(start)} to ${dayText(end)}`;
	const parsed = parseDatePhrase(text, Number(start.slice(0, 4)));
	if (!parsed.ok || parsed.start !== start || parsed.end !== end) {
		throw new Error(`the date rules do not read "${text}" as ${start} – ${end}`);
	}
	return text;
}

/** The shift of copy k: −14…+14 days, 0 for the original. */
export const shiftOf = (k: number) => (k === 0 ? 0 : ((k * 11) % 29) - 14 || 7);

/** The interval moved by `days`, or null when it would leave `period` or change year. */
function moved(start: string, end: string, days: number, period: { start: string; end: string }) {
	const s = addDays(start, days);
	const e = addDays(end, days);
	if (s < period.start || e > period.end) return null;
	if (s.slice(0, 4) !== start.slice(0, 4) || e.slice(0, 4) !== end.slice(0, 4)) return null;
	return { start: s, end: e };
}

interface Pools {
	estimators: string[];
	places: string[];
}

const rotate = (pool: string[], id: string, k: number) => {
	const i = pool.indexOf(id);
	return i < 0 ? id : pool[(i + k) % pool.length];
};

/** Copy k (k ≥ 1) of a record of `kind`. */
export function copyRecord(kind: Kind, rec: Rec, k: number, pools: Pools, period: { start: string; end: string }, copiedIds: Set<string>): Rec {
	const copy: Rec = { ...rec, id: `${rec.id}-s${k}` };
	// Titles and subjects are our words, not the source's: a copy says it is one, so that two
	// records never read the same on a page.
	for (const field of ['title', 'subject'] as const) if (typeof rec[field] === 'string') copy[field] = `${rec[field]} (copy ${k})`;
	const start = String(rec.date_start);
	const end = String(rec.date_end);
	const shift = shiftOf(k);
	// Try the shift, then smaller ones, so that intervals near the period's edges still move.
	for (const days of [shift, Math.trunc(shift / 2), -Math.trunc(shift / 2)]) {
		const to = days === 0 ? null : moved(start, end, days, period);
		if (!to) continue;
		copy.date_start = to.start;
		copy.date_end = to.end;
		copy.date_text = dateTextFor(to.start, to.end);
		delete copy.date_note;
		break;
	}
	const refer = (id: unknown) => (typeof id === 'string' && copiedIds.has(id) ? `${id}-s${k}` : id);
	if (kind === 'figures') {
		copy.estimator = rotate(pools.estimators, String(rec.estimator), k);
		if (Array.isArray(rec.places)) copy.places = rec.places.map((p) => rotate(pools.places, String(p), k));
		if (Array.isArray(rec.contradicted_by)) copy.contradicted_by = rec.contradicted_by.map(refer);
	} else if (kind === 'events') {
		if (typeof rec.place === 'string') copy.place = rotate(pools.places, rec.place, k);
		if (rec.same_as !== undefined) copy.same_as = refer(rec.same_as);
	} else {
		for (const field of ['from', 'to'] as const) if (typeof rec[field] === 'string') copy[field] = rotate(pools.places, rec[field] as string, k);
		// A unit that moves from a place to itself would say nothing.
		if (copy.from !== null && copy.from === copy.to) copy.from = rec.from;
		if (copy.from === copy.to) copy.to = rec.to;
	}
	return copy;
}

/** The record files of each kind in a data folder (relative paths). */
function recordFiles(dataDir: string): { kind: Kind; file: string }[] {
	const files: { kind: Kind; file: string }[] = [];
	for (const [kind, folder] of [['figures', 'figures'], ['events', 'events']] as const) {
		const dir = join(dataDir, folder);
		if (!existsSync(dir)) continue;
		for (const name of readdirSync(dir).sort()) if (/\.ya?ml$/.test(name)) files.push({ kind, file: join(folder, name) });
	}
	if (existsSync(join(dataDir, 'units.yaml'))) files.push({ kind: 'units', file: 'units.yaml' });
	return files;
}

const readList = (path: string): Rec[] => {
	const value = parse(readFileSync(path, 'utf8'));
	if (!Array.isArray(value)) throw new Error(`${path}: not a YAML list of records`);
	return value as Rec[];
};

/** Writes the ×`scale` copy of `dataDir` into `out`; returns the record counts. */
export function writeScaledData({ dataDir, out, scale }: { dataDir: string; out: string; scale: number }) {
	if (!Number.isInteger(scale) || scale < 1) throw new Error(`--scale must be a whole number ≥ 1 (got ${scale})`);
	const source = resolve(dataDir);
	const target = resolve(out);
	const inside = (a: string, b: string) => a === b || !relative(b, a).startsWith('..');
	if (inside(target, source) || inside(source, target)) throw new Error(`refusing to write ${target}: it is, holds or is inside the data folder ${source}`);
	// Nothing is replaced: the folder must be new or empty (the bench makes a fresh temporary one).
	if (existsSync(target) && readdirSync(target).length > 0) throw new Error(`refusing to write into ${target}: it is not empty`);
	mkdirSync(target, { recursive: true });
	cpSync(source, target, { recursive: true });

	const files = recordFiles(source).map((f) => ({ ...f, records: readList(join(source, f.file)) }));
	const all = files.flatMap((f) => f.records);
	const dates = all.flatMap((r) => [String(r.date_start), String(r.date_end)]).sort();
	const period = { start: dates[0], end: dates.at(-1)! };
	const pools: Pools = {
		estimators: readList(join(source, 'estimators.yaml')).map((e) => e.id),
		places: readList(join(source, 'places.yaml')).map((p) => p.id)
	};
	const copiedIds = new Set(all.map((r) => r.id));
	const newIds: string[] = [];
	const counts: Record<Kind, number> = { figures: 0, units: 0, events: 0 };
	for (const { kind, file, records } of files) {
		counts[kind] += records.length * scale;
		if (scale === 1) continue; // ×1 is the real data folder, byte for byte
		const written: Rec[] = [...records];
		for (let k = 1; k < scale; k++) {
			for (const rec of records) {
				const copy = copyRecord(kind, rec, k, pools, period, copiedIds);
				written.push(copy);
				newIds.push(copy.id);
			}
		}
		const header = `# Synthetic ×${scale} copy of ${file} for the scale bench (scripts/bench/scale-data.ts): not real data.\n`;
		writeFileSync(join(target, file), header + stringify(written, { aliasDuplicateObjects: false, lineWidth: 0 }));
	}
	const published = join(target, 'published-ids.txt');
	if (existsSync(published) && statSync(published).isFile() && newIds.length) appendFileSync(published, (readFileSync(published, 'utf8').endsWith('\n') ? '' : '\n') + newIds.join('\n') + '\n');
	return { counts, total: counts.figures + counts.units + counts.events, period };
}

if (process.argv[1] && resolve(process.argv[1]).endsWith('scale-data.ts')) {
	const argv = process.argv.slice(2);
	const value = (flag: string) => {
		const i = argv.indexOf(flag);
		return i >= 0 ? argv[i + 1] : undefined;
	};
	const out = value('--out');
	const scale = Number(value('--scale') ?? 'NaN');
	if (!out || !Number.isFinite(scale)) {
		console.error('usage: tsx scripts/bench/scale-data.ts --scale N --out DIR [--data-dir DIR]');
		process.exit(2);
	}
	const options = resolveBuildOptions({ dataDir: value('--data-dir') });
	try {
		const result = writeScaledData({ dataDir: options.dataDir, out, scale });
		// One JSON line for scripts/bench.mjs: the counts and the sources folder to build with.
		console.log(JSON.stringify({ ...result, out: resolve(out), sourcesDir: options.sourcesDir }));
	} catch (error) {
		console.error((error as Error).message);
		process.exit(1);
	}
}
