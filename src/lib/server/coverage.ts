/**
 * Coverage: every number that the source texts state next to a force-related word must be used by a
 * figure (or a unit's count), or be listed in data/excluded.yaml with a reason. Build-time only.
 *
 * The rule, precisely:
 * - The texts are cut into sentences: a line break always ends one; within a line, ". ", "! ", "? "
 *   (optionally after a closing quote or bracket) end one when the next character is a capital, a
 *   digit or an opening quote, unless the word before is an abbreviation ("U.S.", "No.", "a.m.",
 *   single initials, …).
 * - The numbers of a sentence are found by `findNumbers` (digits, "2.5 billion", "US$200 million",
 *   number words "one"…"nineteen", tens, "hundred", "thousand", "a dozen"). These are NOT candidates,
 *   because they are not quantities: ordinals ("41st"), model names ("F-35", "Mi-8", "B-237"), days of
 *   a month ("21 February", "February 28", "2November", "13 to 19 February"), ISO dates, times
 *   ("16:23", "4 a.m.", "'22"), and lengths/durations ("50 m", "40 km", "ten days later", "50-minute").
 * - A year is a four-digit number 1900–2099 written without separators. It is skipped when it reads as
 *   a date: after a month, or after one of in/since/of/from/until/by/before/after/between/and/to/
 *   during/the/early/mid/late/…, or in a name (a capitalised word right before or after it:
 *   "Defender-Europe 2021", "2022 Winter Olympics"), or in a table row. Otherwise — and always when a
 *   force word follows it directly ("2000 troops") — it stays a candidate, flagged "possible year",
 *   so a person decides.
 * - A number is "next to" a force word when both are in the same sentence with at most
 *   `forceWindow` (12) words between them, in either direction (a number written in several words,
 *   e.g. "2.5 billion", counts as one). Words are runs of non-space characters. Twelve, not fewer,
 *   because sources refer back to the force word: "100,000 troops near the Russo-Ukrainian border,
 *   higher than an American assessment of approximately 70,000" (11 words between).
 * - Force words: `forceWords` below (troops, soldiers, forces, personnel, BTGs, battalions, tanks,
 *   ships, vessels, aircraft, jets, helicopters, missiles, systems, launchers, Javelins, weapons,
 *   ammunition, tonnes, reservists, aid, casualties, …), singular or plural, any case, plus model
 *   names of equipment ("F-16", "Mi-17", "Su-25").
 * - Infobox strength lines ("- Strength1: …", "- Strength2: …") list forces only: every number
 *   on them that is not a date is a candidate.
 * A candidate is covered when a figure whose excerpt's span in the source contains the number's
 * position has it as value, low or high (a unit: as count), or when an exclusion's excerpt span
 * contains it and the exclusion's `number` is that number.
 */
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { findNumbers, isMonthWord, parseNumber, sameValue, type NumberMention } from '../data/normalise/numbers';
import { SourceText, type Span } from './source-text';
import { loadYamlList } from './yaml-lines';

/** At most this many words between a number and its force word. */
export const forceWindow = 12;

/** Force-related words (lowercase, singular and plural forms both listed where they differ). */
export const forceWords: readonly string[] = [
	'troop', 'troops', 'soldier', 'soldiers', 'force', 'forces', 'serviceman', 'servicemen', 'servicemembers', 'personnel',
	'paratrooper', 'paratroopers', 'btg', 'btgs', 'battalion', 'battalions', 'brigade', 'brigades', 'division', 'divisions',
	'regiment', 'regiments', 'unit', 'units', 'army', 'armies', 'tank', 'tanks', 'vehicle', 'vehicles', 'armour', 'armor',
	'artillery', 'howitzer', 'howitzers', 'ship', 'ships', 'vessel', 'vessels', 'warship', 'warships', 'boat', 'boats',
	'frigate', 'frigates', 'corvette', 'corvettes', 'submarine', 'submarines', 'minesweeper', 'minesweepers', 'fleet', 'fleets',
	'aircraft', 'plane', 'planes', 'jet', 'jets', 'fighter', 'fighters', 'eurofighter', 'eurofighters', 'bomber', 'bombers',
	'helicopter', 'helicopters', 'drone', 'drones', 'missile', 'missiles', 'system', 'systems', 'launcher', 'launchers',
	'javelin', 'javelins', 'stinger', 'stingers', 'nlaw', 'nlaws', 'manpads', 'iskander', 'iskanders', 'rocket', 'rockets',
	'weapon', 'weapons', 'arms', 'ammunition', 'munition', 'munitions', 'shell', 'shells', 'tonne', 'tonnes', 'ton', 'tons',
	'hardware', 'equipment', 'reservist', 'reservists', 'reserve', 'reserves', 'paramilitary', 'paramilitaries', 'militia',
	'militias', 'militant', 'militants', 'mercenary', 'mercenaries', 'recruit', 'recruits', 'recruited', 'veteran', 'veterans',
	'operative', 'operatives', 'saboteur', 'saboteurs', 'agent', 'agents', 'adviser', 'advisers', 'advisor', 'advisors',
	'instructor', 'instructors', 'trainer', 'trainers', 'marine', 'marines', 'sailor', 'sailors', 'crew', 'crews',
	'separatist', 'separatists', 'aid', 'assistance', 'package', 'packages', 'casualty', 'casualties', 'killed', 'wounded',
	'injured', 'dead'
];
const forceSet = new Set(forceWords);
/** Model names of equipment: "F-16", "Mi-17", "Su-25", "S-400", "T-72" (not "COVID-19"). */
const modelName = /^[A-Z][A-Za-z]{0,3}-\d+[A-Za-z]*$/;

const yearContextWords = new Set([
	'in', 'since', 'of', 'from', 'until', 'till', 'by', 'before', 'after', 'between', 'and', 'to', 'during', 'the', 'early',
	'mid', 'late', 'end', 'beginning', 'spring', 'summer', 'autumn', 'fall', 'winter', 'year', 'through', 'around', 'for',
	'on', 'at', 'as', 'throughout', 'within', 'into', 'circa', 'c.', 'pre', 'post', '–', '-'
]);

const abbreviations = new Set(['u.s.', 'u.k.', 'u.n.', 'd.c.', 'no.', 'mr.', 'mrs.', 'ms.', 'dr.', 'st.', 'a.m.', 'p.m.', 'e.g.', 'i.e.', 'etc.', 'vs.', 'gen.', 'col.', 'lt.', 'sgt.', 'jr.', 'sr.', 'approx.', 'ca.', 'jan.', 'feb.', 'aug.', 'sep.', 'sept.', 'oct.', 'nov.', 'dec.']);

export interface Sentence {
	start: number;
	end: number;
	text: string;
}

/** Splits a text into sentences (offsets into the text). */
export function splitSentences(text: string): Sentence[] {
	const out: Sentence[] = [];
	let lineStart = 0;
	const push = (s: number, e: number) => {
		while (s < e && /\s/.test(text[s])) s++;
		while (e > s && /\s/.test(text[e - 1])) e--;
		if (e > s) out.push({ start: s, end: e, text: text.slice(s, e) });
	};
	while (lineStart <= text.length) {
		let lineEnd = text.indexOf('\n', lineStart);
		if (lineEnd < 0) lineEnd = text.length;
		const line = text.slice(lineStart, lineEnd);
		let s = 0;
		const boundary = /[.!?]["'”’)\]]*\s+(?=["“‘(\[]?[A-Z0-9])/g;
		for (const m of line.matchAll(boundary)) {
			const cut = m.index + m[0].length;
			const before = line.slice(s, m.index + 1);
			const lastWord = (/(\S+)$/.exec(before)?.[1] ?? '').replace(/^["“‘(\[]+/, '').toLowerCase();
			if (abbreviations.has(lastWord) || /^[a-z]\.$/i.test(lastWord) || /^([a-z]\.){2,}$/i.test(lastWord)) continue;
			push(lineStart + s, lineStart + cut);
			s = cut;
		}
		push(lineStart + s, lineStart + line.length);
		lineStart = lineEnd + 1;
	}
	return out;
}

export interface Candidate {
	/** Offsets of the number in the whole text. */
	start: number;
	end: number;
	raw: string;
	value: number;
	/** 1-based line of the number in the text. */
	line: number;
	sentence: string;
	/** The force word it is next to ("Strength" for infobox strength lines). */
	forceWord: string;
	/** Set when a person should look twice, e.g. "possible year". */
	flag: string | null;
}

interface Word {
	start: number;
	end: number;
	text: string;
	/** lowercase, without surrounding punctuation */
	bare: string;
}

function wordsOf(sentence: Sentence): Word[] {
	return [...sentence.text.matchAll(/\S+/g)].map((m) => ({
		start: sentence.start + m.index,
		end: sentence.start + m.index + m[0].length,
		text: m[0],
		bare: m[0].replace(/^[^\p{L}\p{N}]+|[^\p{L}\p{N}]+$/gu, '').toLowerCase()
	}));
}

function isForceWord(w: Word): boolean {
	if (forceSet.has(w.bare)) return true;
	const core = w.text.replace(/^[^\p{L}\p{N}]+|[^\p{L}\p{N}]+$/gu, '');
	if (modelName.test(core)) return true;
	// Hyphenated compounds: "anti-tank", "troop-carrier" count by their last part.
	const last = w.bare.split('-').pop() ?? '';
	return last !== w.bare && forceSet.has(last);
}

function yearReadsAsDate(text: string, m: NumberMention, words: Word[], first: number, last: number): boolean {
	const prev = words[first - 1];
	const next = words[last + 1];
	const lineStart = text.lastIndexOf('\n', m.start - 1) + 1;
	if (text.slice(lineStart, lineStart + 2).startsWith('|')) return true; // a table row
	const prevLastPart = prev ? (prev.text.split(/[-\u2010\u2011]/).pop() ?? '').replace(/[^\p{L}]/gu, '') : '';
	if (prev && (isMonthWord(prevLastPart) || yearContextWords.has(prev.bare) || /^\d{1,2}$/.test(prev.bare))) return true;
	if (prev && /^[A-Z]/.test(prev.text) && !/[.,;:]$/.test(prev.text)) return true; // "Defender-Europe 2021"
	if (next && /^[A-Z]/.test(next.text)) return true; // "2022 Winter Olympics"
	if (/^[–-]\d{2,4}/.test(text.slice(m.end, m.end + 5))) return true; // "2021–2022"
	if (/\d[–-]$/.test(text.slice(m.start - 2, m.start))) return true;
	if (/[,.;:)]$/.test(text.slice(m.end, m.end + 1)) && prev && yearContextWords.has(prev.bare)) return true;
	return false;
}

/** The numbers of `text` that sit next to a force word (see the rule at the top of this file). */
export function findCandidates(text: string, window: number = forceWindow): Candidate[] {
	const out: Candidate[] = [];
	const mentions = findNumbers(text);
	const lineOf = (() => {
		const starts = [0];
		for (let i = 0; i < text.length; i++) if (text[i] === '\n') starts.push(i + 1);
		return (offset: number) => {
			let lo = 0;
			let hi = starts.length - 1;
			while (lo < hi) {
				const mid = (lo + hi + 1) >> 1;
				if (starts[mid] <= offset) lo = mid;
				else hi = mid - 1;
			}
			return lo + 1;
		};
	})();
	let k = 0;
	for (const sentence of splitSentences(text)) {
		const words = wordsOf(sentence);
		const lineStart = text.lastIndexOf('\n', sentence.start - 1) + 1;
		const strengthLine = /^- Strength\d*:/.test(text.slice(lineStart, lineStart + 12));
		while (k < mentions.length && mentions[k].start < sentence.start) k++;
		for (let j = k; j < mentions.length && mentions[j].start < sentence.end; j++) {
			const m = mentions[j];
			if (m.role !== 'count' && m.role !== 'year') continue;
			const first = words.findIndex((w) => w.end > m.start);
			let last = words.findIndex((w) => w.end >= m.end);
			if (first < 0) continue;
			if (last < 0) last = first;
			let forceWord: string | null = null;
			let distance = Infinity;
			for (let i = 0; i < words.length; i++) {
				if (i >= first && i <= last) continue;
				if (!isForceWord(words[i])) continue;
				const gap = i < first ? first - i - 1 : i - last - 1;
				// Nearest wins; on a tie the word after the number ("3,000 paratroopers").
				if (gap <= window && (gap < distance || (gap === distance && i > last))) {
					distance = gap;
					forceWord = words[i].text.replace(/^[^\p{L}\p{N}]+|[^\p{L}\p{N}]+$/gu, '');
				}
			}
			if (strengthLine && !forceWord) forceWord = 'Strength';
			if (!forceWord) continue;
			let flag: string | null = null;
			if (m.role === 'year') {
				const forceFollows = words[last + 1] !== undefined && isForceWord(words[last + 1]);
				if (!forceFollows && yearReadsAsDate(text, m, words, first, last)) continue;
				flag = 'possible year';
			}
			out.push({ start: m.start, end: m.end, raw: m.raw, value: m.value, line: lineOf(m.start), sentence: sentence.text, forceWord, flag });
		}
	}
	return out;
}

// ——— matching against the data ———

export interface CoverageSource {
	id: string;
	file: string;
	text: string;
}
export interface CoverageUse {
	/** "figure hur-troops-east-2021-04", "unit 41st-army-to-yelnya-2021" */
	label: string;
	source: string;
	excerpt: string;
	values: number[];
}
export interface CoverageExclusion {
	label: string;
	source: string;
	excerpt: string;
	number: string;
	reason: string;
}
export interface CoverageInput {
	sources: CoverageSource[];
	uses: CoverageUse[];
	exclusions: CoverageExclusion[];
}

export interface CoveredCandidate extends Candidate {
	source: string;
	file: string;
	usedBy: string[];
	excludedBy: string[];
}

export interface CoverageReport {
	candidates: CoveredCandidate[];
	uncovered: CoveredCandidate[];
	/** Both used by a figure and excluded: one of the two is wrong. */
	conflicting: CoveredCandidate[];
	/** Exclusions that cover no candidate (harmless: the rule does not ask for them). */
	unusedExclusions: CoverageExclusion[];
	/** Figures, units or exclusions whose excerpt was not found in their source. */
	unplaced: string[];
}

const contains = (span: Span, c: Candidate) => span.start <= c.start && c.end <= span.end;

export function computeCoverage(input: CoverageInput, window: number = forceWindow): CoverageReport {
	const texts = new Map(input.sources.map((s) => [s.id, new SourceText(s.id, s.file, s.text)]));
	const unplaced: string[] = [];
	const place = (label: string, source: string, excerpt: string): Span[] => {
		const t = texts.get(source);
		if (!t) return [];
		const spans = t.find(excerpt);
		if (spans.length === 0) unplaced.push(`${label}: excerpt not found in source "${source}"`);
		return spans;
	};
	const uses = input.uses.map((u) => ({ ...u, spans: place(u.label, u.source, u.excerpt) }));
	const exclusions = input.exclusions.map((e) => ({ ...e, spans: place(e.label, e.source, e.excerpt), value: parseNumber(e.number), used: false }));
	const candidates: CoveredCandidate[] = [];
	for (const source of input.sources) {
		for (const c of findCandidates(source.text, window)) {
			const usedBy = uses.filter((u) => u.source === source.id && u.values.some((v) => sameValue(v, c.value)) && u.spans.some((s) => contains(s, c))).map((u) => u.label);
			const excludedBy = exclusions
				.filter(
					(e) =>
						e.source === source.id &&
						(e.value !== null ? sameValue(e.value, c.value) : e.number.trim().toLowerCase() === c.raw.toLowerCase()) &&
						e.spans.some((s) => contains(s, c))
				)
				.map((e) => {
					e.used = true;
					return e.label;
				});
			candidates.push({ ...c, source: source.id, file: source.file, usedBy, excludedBy });
		}
	}
	return {
		candidates,
		uncovered: candidates.filter((c) => c.usedBy.length === 0 && c.excludedBy.length === 0),
		conflicting: candidates.filter((c) => c.usedBy.length > 0 && c.excludedBy.length > 0),
		unusedExclusions: exclusions.filter((e) => !e.used && texts.has(e.source)).map(({ label, source, excerpt, number, reason }) => ({ label, source, excerpt, number, reason })),
		unplaced
	};
}

/** The sentence around a number, cut to about `size` characters around it. */
export function sentenceAround(c: Candidate, size = 220): string {
	const sentence = c.sentence.replace(/\s+/g, ' ');
	if (sentence.length <= size) return sentence;
	const at = Math.max(0, sentence.indexOf(c.raw));
	const from = Math.max(0, at - Math.floor(size / 2));
	const to = Math.min(sentence.length, from + size);
	return `${from > 0 ? '…' : ''}${sentence.slice(from, to)}${to < sentence.length ? '…' : ''}`;
}

export function formatCandidate(c: CoveredCandidate): string {
	return `${c.file}:${c.line}: ${c.raw} (next to "${c.forceWord}"${c.flag ? `; ${c.flag}` : ''}) — ${sentenceAround(c)}`;
}

export function formatCoverageReport(report: CoverageReport, options: { verbose?: boolean } = {}): string {
	const lines: string[] = [];
	const covered = report.candidates.length - report.uncovered.length;
	lines.push(
		`coverage: ${report.candidates.length} numbers next to force words; ${covered} covered (${report.candidates.filter((c) => c.usedBy.length).length} by figures/units, ${report.candidates.filter((c) => !c.usedBy.length && c.excludedBy.length).length} excluded); ${report.uncovered.length} uncovered`
	);
	if (report.uncovered.length) {
		lines.push('', `uncovered (add a figure or an entry in data/excluded.yaml):`);
		for (const c of report.uncovered) lines.push(`  ${formatCandidate(c)}`);
	}
	if (report.conflicting.length) {
		lines.push('', 'both used by a figure and excluded (remove one):');
		for (const c of report.conflicting) lines.push(`  ${formatCandidate(c)} — used by ${c.usedBy.join(', ')}; excluded by ${c.excludedBy.join(', ')}`);
	}
	if (report.unplaced.length) {
		lines.push('', 'excerpts not found in their source (the build reports these too):');
		for (const u of report.unplaced) lines.push(`  ${u}`);
	}
	if (report.unusedExclusions.length) {
		lines.push('', `${report.unusedExclusions.length} exclusions cover no candidate under the rule (harmless; e.g. days and years are never candidates)${options.verbose ? ':' : ' — run with --verbose to list them'}`);
		if (options.verbose) for (const e of report.unusedExclusions) lines.push(`  ${e.label}: ${JSON.stringify(e.number)} — ${e.reason}`);
	}
	return lines.join('\n');
}

// ——— loading, leniently: coverage works even while other parts of the data are invalid ———

function asRecords(value: unknown): Record<string, unknown>[] {
	return Array.isArray(value) ? value.filter((v): v is Record<string, unknown> => v !== null && typeof v === 'object' && !Array.isArray(v)) : [];
}

function yamlFiles(dir: string): string[] {
	return existsSync(dir)
		? readdirSync(dir)
				.filter((n) => /\.ya?ml$/.test(n))
				.sort()
				.map((n) => join(dir, n))
		: [];
}

/**
 * Reads what coverage needs from data/ (sources, figures, units, exclusions) without the full
 * validation, so coverage can be checked while other fields are still being written. Files that do
 * not parse are reported in `problems`.
 */
export function loadCoverageInput(dataDir: string, sourcesDir: string): { input: CoverageInput; problems: string[]; sourcesPresent: boolean } {
	const problems: string[] = [];
	const read = (abs: string, kind: string) => {
		const { loaded, errors } = loadYamlList(abs, abs, kind);
		for (const e of errors) problems.push(`${e.file}:${e.line ?? ''}: ${e.message}`);
		return loaded ? asRecords(loaded.records.map((r) => r.value)) : [];
	};
	const sourcesFile = join(dataDir, 'sources.yaml');
	const sourceRecords = existsSync(sourcesFile) ? read(sourcesFile, 'sources') : [];
	const sourcesPresent = existsSync(sourcesDir);
	const sources: CoverageSource[] = [];
	for (const s of sourceRecords) {
		if (typeof s.id !== 'string' || typeof s.file !== 'string') continue;
		const path = join(sourcesDir, s.file);
		if (!existsSync(path)) {
			if (sourcesPresent) problems.push(`source "${s.id}": no file ${path}`);
			continue;
		}
		sources.push({ id: s.id, file: s.file, text: readFileSync(path, 'utf8') });
	}
	const uses: CoverageUse[] = [];
	const numbers = (...vs: unknown[]) => vs.filter((v): v is number => typeof v === 'number');
	for (const abs of yamlFiles(join(dataDir, 'figures'))) {
		for (const f of read(abs, 'figures')) {
			if (typeof f.source === 'string' && typeof f.excerpt === 'string') uses.push({ label: `figure ${String(f.id)}`, source: f.source, excerpt: f.excerpt, values: numbers(f.value, f.low, f.high) });
		}
	}
	const unitsFile = join(dataDir, 'units.yaml');
	if (existsSync(unitsFile)) {
		for (const u of read(unitsFile, 'units')) {
			if (typeof u.source === 'string' && typeof u.excerpt === 'string') uses.push({ label: `unit ${String(u.id)}`, source: u.source, excerpt: u.excerpt, values: numbers(u.count) });
		}
	}
	const exclusions: CoverageExclusion[] = [];
	const excludedFile = join(dataDir, 'excluded.yaml');
	if (existsSync(excludedFile)) {
		read(excludedFile, 'excluded').forEach((e, i) => {
			if (typeof e.source === 'string' && typeof e.excerpt === 'string' && (typeof e.number === 'string' || typeof e.number === 'number')) {
				exclusions.push({ label: `excluded[${i}]`, source: e.source, excerpt: e.excerpt, number: String(e.number), reason: String(e.reason ?? '') });
			}
		});
	}
	return { input: { sources, uses, exclusions }, problems, sourcesPresent };
}
