/**
 * The extractor: proposes complete, reviewable records — figures and unit movements, with their
 * dates, estimators, sides, fronts, places and kinds — for a new source text, each marked
 * `review: pending` with a confidence and, per field, why it was chosen. Build-time only; it never
 * writes data/ (scripts/extract.ts prints, scripts/add-source.ts writes data/candidates/<id>.yaml).
 *
 * Detection: every number (`findNumbers`) that is a count, in a sentence (`splitSentences`, the
 * coverage rule's splitter). The noun phrase after the number decides the metric ("1,600 pieces of
 * artillery" → artillery, "three tank landing ships" → landing_ships); a noun phrase whose head is
 * not a force word rejects it ("650,000 passports", "the two countries", "30 members"). A number
 * with no noun after it takes the nearest force word of its sentence, else of the sentence before
 * ("…over 100,000 in border regions" after a sentence about troops). Ranges ("80,000 – 90,000",
 * "between 74 and 76") are one figure. Rejected: numbers inside a date ("26/1", "Feb. 8"),
 * distances and durations, percentages, per-unit sizes ("each of about 900 troops"), tolls counted
 * since before the period. Repeats of one figure in a document are merged, keeping the sentence
 * with an attribution. See the field functions for the rules of each field.
 */
import { splitSentences, type Sentence } from './coverage';
import { findNumbers, type NumberMention } from '../data/normalise/numbers';
import { guessQualifier, isRangeJoin, qualifierBefore } from '../data/normalise/qualifiers';
import type { Front, IsoDate, Qualifier } from '../data/types';
import { excerptLimit } from './schema';
import { addDays } from '../data/days';
import { findDates, sectionAt, sectionPeriods, type DatedSpan, type Period } from './extract-dates';
import {
	casualtyOnlyHeads,
	forceWordMetrics,
	harmWords,
	headMetrics,
	kindCues,
	modelMetrics,
	participleAdjectives,
	sideOfWord,
	sidePhrases,
	stopWords
} from './extract-lexicon';
import {
	findAttributions,
	findPlaces,
	isAnaphora,
	matchEstimator,
	proposeEstimator,
	slug,
	type Gazetteer,
	type KnownEstimator,
	type KnownPlace,
	type PlaceMention
} from './extract-names';
import type { FigureKind, ForceSide } from '../data/types';

export type Review = 'pending' | 'accepted' | 'rejected';
export type Why = Record<string, string>;

interface CandidateFields {
	review: Review;
	confidence: number;
	why: Why;
}

export interface ProposedFigure extends CandidateFields {
	type: 'figure';
	id: string;
	metric: string | null;
	value: number | null;
	low: number | null;
	high: number | null;
	qualifier: Qualifier;
	date_text: string | null;
	date_start: IsoDate | null;
	date_end: IsoDate | null;
	date_note: string | null;
	estimator: string | null;
	side: ForceSide | null;
	fronts: Front[] | null;
	places: string[];
	kind: FigureKind | null;
	subject: string | null;
	source: string;
	excerpt: string;
	note: string | null;
}

export interface ProposedUnit extends CandidateFields {
	type: 'unit';
	id: string;
	unit: string;
	side: ForceSide | null;
	kind: 'movement' | 'deployment' | 'naval';
	from: string | null;
	to: string | null;
	date_text: string | null;
	date_start: IsoDate | null;
	date_end: IsoDate | null;
	date_note: string | null;
	count: number | null;
	count_metric: string | null;
	source: string;
	excerpt: string;
	note: string | null;
}

export interface ProposedEstimator extends CandidateFields {
	type: 'estimator';
	id: string;
	name: string;
	side: string;
	kind: string;
}

export interface ProposedPlace extends CandidateFields {
	type: 'place';
	id: string;
	name: string;
	kind: string | null;
	lat: number | null;
	lon: number | null;
	country: string | null;
	front: string | null;
}

export type Proposal = ProposedFigure | ProposedUnit | ProposedEstimator | ProposedPlace;

export interface Rejection {
	raw: string;
	/** 1-based line in the text. */
	line: number;
	reason: string;
}

export interface Extraction {
	records: Proposal[];
	rejected: Rejection[];
	/** Offsets of each figure's number(s) in the text, by figure id (for scoring and tests). */
	spans: Map<string, { start: number; end: number }[]>;
}

export interface ExtractOptions {
	sourceId: string;
	/** The document's date: resolves relative dates ("on Tuesday", "last week") and is the date when a sentence gives none. */
	documentDate?: IsoDate;
	gazetteer: Gazetteer;
}

/** The dataset's period: a figure dated entirely before it is not part of the buildup. */
export const periodStart: IsoDate = '2021-01-01';

// ——— words and noun phrases ———

interface Token {
	text: string;
	/** lowercase, punctuation stripped */
	bare: string;
	start: number;
	end: number;
	/** punctuation glued after the word ends the phrase */
	closes: boolean;
	opens: boolean;
}

function tokens(s: string, from: number, to = s.length): Token[] {
	return [...s.slice(from, to).matchAll(/\S+/g)].map((m) => ({
		text: m[0],
		bare: m[0].replace(/^[^\p{L}\p{N}]+|[^\p{L}\p{N}]+$/gu, '').toLowerCase(),
		start: from + m.index,
		end: from + m.index + m[0].length,
		closes: /[,.;:!?)"”’\]]$/.test(m[0]) && !/^(?:[A-Z]\.)+$|^U\.S\.$/.test(m[0]),
		opens: /^[("“]/.test(m[0])
	}));
}

interface NounPhrase {
	words: Token[];
	/** The metric of the phrase's force head, if any. */
	metric: string | null;
	head: string | null;
	/** The last word, when it is not a force word (the phrase is about something else). */
	otherHead: string | null;
}

function metricOfWords(words: string[]): { metric: string; head: string; at: number } | null {
	const joined = words.join(' ');
	let best: { metric: string; head: string; at: number } | null = null;
	for (const [phrase, metric] of headMetrics) {
		const re = new RegExp(`(?:^| )${phrase.replace(/ /g, ' ')}(?= |$)`, 'g');
		for (const m of joined.matchAll(re)) {
			const endWord = joined.slice(0, m.index + m[0].length).trim().split(' ').length - 1;
			if (!best || endWord > best.at || (endWord === best.at && phrase.length > best.head.length)) best = { metric, head: phrase, at: endWord };
		}
	}
	return best;
}

/** The noun phrase right after a number: words up to a stop word, punctuation or five words. */
function nounPhraseAfter(s: string, at: number): NounPhrase {
	const all = tokens(s, at).slice(0, 8);
	const words: Token[] = [];
	// "900,000 (Armed Forces)" — a label in brackets (infobox lines).
	if (all[0]?.opens && all[0].text.startsWith('(')) {
		const close = s.indexOf(')', all[0].start);
		if (close > 0) {
			const inner = tokens(s, all[0].start + 1, close);
			const found = metricOfWords(inner.map((t) => t.bare));
			return { words: inner, metric: found?.metric ?? null, head: found?.head ?? null, otherHead: found ? null : (inner.at(-1)?.bare ?? null) };
		}
	}
	for (let i = 0; i < all.length && words.length < 6; i++) {
		const t = all[i];
		// "(SRBM)", "(BTGs)": an abbreviation in brackets inside the phrase.
		if (/^\([A-Z]{2,6}s?\)[,.;:]?$/.test(t.text) && words.length > 0) {
			if (/\)[,.;:]$/.test(t.text)) break;
			continue;
		}
		if (t.opens && words.length > 0) break;
		const b = t.bare;
		if (b === '') break;
		if (b === 'of' && words.length > 0 && /^(?:pieces|units|items|tonnes|tons|rounds|elements|batteries|dozens)$/.test(words.at(-1)!.bare)) {
			words.push(t);
			continue;
		}
		if (stopWords.has(b) && !(b === 'more' && words.length === 0)) break;
		if (/^[a-z]{3,}ly$/.test(b) && !t.closes) continue; // "newly deployed", "heavily armed"
		if (/(?:ed|ing)$/.test(b) && !participleAdjectives.has(b) && !forceWordMetrics[b]) break;
		if (/^\d/.test(b) && !/^[a-z]{1,4}-\d/i.test(t.text)) break;
		words.push(t);
		if (t.closes) break;
	}
	let found = metricOfWords(words.map((w) => w.bare.replace(/['’]s$/, '')));
	if (!found) {
		// A model name as the head: "two F-35s", "four Su-25 jets".
		const model = words.findIndex((w) => modelMetrics.some(([re]) => re.test(w.text)));
		if (model >= 0) found = { metric: modelMetrics.find(([re]) => re.test(words[model].text))![1], head: words[model].text.replace(/[,.;:]+$/, ''), at: model };
	}
	let otherHead: string | null = null;
	if (words.length > 0) {
		const last = words.at(-1)!.bare;
		// A plural noun after the force word ("two troop withdrawals") makes the phrase about that noun.
		if (!found) otherHead = last;
		else if (found.at < words.length - 1 && /[a-z]{3}s$/.test(last) && !/(?:ous|ss|ics)$/.test(last) && !sideOfWord(last)) otherHead = last;
	}
	return { words, metric: otherHead ? null : (found?.metric ?? null), head: otherHead ? null : (found?.head ?? null), otherHead };
}

function nearestForceWord(s: string, numberStart: number, numberEnd: number, window = 12): { word: string; metric: string } | null {
	const toks = tokens(s, 0);
	const first = toks.findIndex((t) => t.end > numberStart);
	const last = toks.findIndex((t) => t.end >= numberEnd);
	let best: { word: string; metric: string; gap: number } | null = null;
	toks.forEach((t, i) => {
		if (i >= first && i <= last) return;
		const metric = forceWordMetrics[t.bare] ?? forceWordMetrics[t.bare.split('-').pop() ?? ''];
		if (!metric) return;
		const gap = i < first ? first - i - 1 : i - last - 1;
		if (gap <= window && (!best || gap < best.gap)) best = { word: t.bare, metric, gap };
	});
	return best;
}

// ——— the fields ———

function clauseAround(s: string, start: number, end: number): { start: number; end: number; text: string } {
	const boundary = /[;:]|,\s|\s[–—-]\s|\s\(|\)\s/g;
	let a = 0;
	let b = s.length;
	for (const m of s.matchAll(boundary)) {
		if (m.index + m[0].length <= start) a = m.index + m[0].length;
		else if (m.index >= end) {
			b = m.index;
			break;
		}
	}
	return { start: a, end: b, text: s.slice(a, b) };
}

const subjectVerb = /^\s+(?:has|have|had|is|are|was|were|will|would|could|may|might|can|moved|sent|deployed|massed|amassed|began|continued|plans|planned|kept|stationed|keeps|maintains|holds|reinforced|brought|built|increased|put|ordered|announced|pledged|promised|said|says|denies|denied|claims|claimed)\b/;

interface SideCue {
	side: ForceSide;
	why: string;
}

function sideWordsIn(s: string, from: number, to: number): { side: ForceSide; start: number; end: number; text: string }[] {
	const out: { side: ForceSide; start: number; end: number; text: string }[] = [];
	const region = s.slice(from, to);
	for (const [re, side] of sidePhrases) {
		for (const m of region.matchAll(new RegExp(re.source, 'g'))) out.push({ side, start: from + m.index, end: from + m.index + m[0].length, text: m[0] });
	}
	for (const t of tokens(s, from, to)) {
		if (out.some((o) => t.start < o.end && o.start < t.end)) continue;
		const side = sideOfWord(t.text.replace(/['’]s$/, ''));
		if (side) out.push({ side, start: t.start, end: t.end, text: t.text.replace(/[,.;:]+$/, '') });
	}
	return out.sort((a, b) => a.start - b.start);
}

/** Whose forces: a nationality word in the noun phrase, else the clause's subject country, else Russia. */
function sideOf(s: string, numberStart: number, phrase: NounPhrase, skip: { start: number; end: number }[]): SideCue {
	const inSkip = (x: { start: number; end: number }) => skip.some((k) => x.start < k.end && k.start < x.end);
	for (const w of phrase.words) {
		const side = sideOfWord(w.text.replace(/['’]s$/, ''));
		if (side) return { side, why: `"${w.text.replace(/[,.;:]+$/, '')}" before the head noun` };
	}
	// "Russian" right before the number ("the Russian 41st army") or "of Russia" after the phrase.
	const clause = clauseAround(s, numberStart, numberStart);
	const estimateNoun = /^\s+(?:projection|estimate|estimates|assessment|intelligence|officials?|sources?|military intelligence|analysts?|reports?|media)\b/i;
	const before = sideWordsIn(s, 0, numberStart).filter((c) => !inSkip(c) && !estimateNoun.test(s.slice(c.end)));
	const subject = before.filter((c) => subjectVerb.test(s.slice(c.end))).at(-1);
	if (subject) return { side: subject.side, why: `"${subject.text}" is the subject (same sentence)` };
	const inClause = before.filter((c) => c.start >= clause.start && !/\b(?:in|to|near|into|from|against|on|with|of|toward|towards|around|at|along|for)\s+(?:the\s+)?$/i.test(s.slice(Math.max(0, c.start - 12), c.start)));
	if (inClause.length) return { side: inClause[0].side, why: `"${inClause[0].text}" before the number (same clause)` };
	return { side: 'russia', why: 'no nationality word: the forces the dataset is about (Russia)' };
}

interface EstimatorCue {
	id: string;
	why: string;
	proposed: KnownEstimator | null;
	spans: { start: number; end: number }[];
	confidence: number;
}

function estimatorIn(sentence: string, known: KnownEstimator[], previous: EstimatorCue | null): EstimatorCue | null {
	const attributions = findAttributions(sentence);
	const order = ['citing', 'according to', "'s assessment"];
	attributions.sort((a, b) => {
		const ra = order.indexOf(a.cue) >= 0 ? order.indexOf(a.cue) : a.cue === 'reported by' ? 9 : 5;
		const rb = order.indexOf(b.cue) >= 0 ? order.indexOf(b.cue) : b.cue === 'reported by' ? 9 : 5;
		return ra - rb;
	});
	const spans = attributions.map((a) => ({ start: a.start, end: a.end }));
	for (const a of attributions) {
		const quoted = `"${a.cue === 'according to' || a.cue === 'citing' || a.cue === 'reported by' ? `${a.cue} ${a.who}` : `${a.who} ${a.cue}`}"`;
		const hit = matchEstimator(a.who, known);
		if (hit) return { id: hit.id, why: `${quoted} (same sentence)`, proposed: null, spans, confidence: 1 };
		if (isAnaphora(a.who)) {
			if (previous) return { id: previous.id, why: `${quoted}: refers back to ${previous.id} (sentence before)`, proposed: previous.proposed, spans, confidence: 0.8 };
			continue;
		}
		const proposed = proposeEstimator(a.who);
		const same = known.find((e) => e.id === proposed.id);
		if (same) return { id: same.id, why: `${quoted} (same sentence)`, proposed: null, spans, confidence: 1 };
		return { id: proposed.id, why: `${quoted} (same sentence): not in estimators.yaml, proposed as new`, proposed, spans, confidence: 0.7 };
	}
	return null;
}

function placesFor(s: string, numberEnd: number, numberStart: number, nextNumber: number, mentions: PlaceMention[], side: ForceSide | null, skip: { start: number; end: number }[]): { places: PlaceMention[]; borderCue: boolean } {
	const usable = mentions.filter((m) => {
		if (skip.some((k) => m.start < k.end && k.start < m.end)) return false;
		const before = s.slice(Math.max(0, m.start - 14), m.start);
		if (/\bfrom\s+(?:the\s+)?$/i.test(before)) return false; // an origin, not where the forces are
		if (/\b(?:units?|troops|forces|elements|ships|parts?)\s+of\s+(?:the\s+)?$/i.test(s.slice(Math.max(0, m.start - 24), m.start))) return false; // whose units, not where
		if (subjectVerb.test(s.slice(m.end))) return false; // "Denmark is sending…"
		if (/border/i.test(m.id)) return false;
		if (m.id === side || (side === 'us' && m.id === 'united-states') || (side === 'uk' && m.id === 'united-kingdom')) return false;
		// "Ukraine's borders", "near Ukraine", "around Ukraine": the border, not Ukraine.
		if (m.id === 'ukraine' && (/^['’]s\s+(?:border|frontier)|^\s+border/i.test(s.slice(m.end)) || /\b(?:near|around|close to|on|along|towards|toward|against|invade|attack)\s+$/i.test(before))) return false;
		return true;
	});
	const borderCue = /\bborders?\b|\bfrontier\b|\b(?:near|around|close to)\s+Ukraine\b/i.test(s);
	const after = usable.filter((m) => m.start >= numberEnd && m.start < nextNumber);
	const before = usable.filter((m) => m.end <= numberStart);
	return { places: after.length ? after : before, borderCue };
}

function kindOf(clause: string, metric: string | null, estimator: string | null, estimatorSide: string | null, side: ForceSide | null, strength: boolean): { kind: FigureKind; why: string } {
	if (strength) return { kind: 'strength', why: 'an infobox strength line' };
	for (const cue of kindCues) {
		const m = cue.pattern.exec(clause);
		if (m) {
			return { kind: cue.kind, why: `"${m[0]}" (${cue.label}, same clause)` };
		}
	}
	if (metric === 'exercise_troops') return { kind: 'exercise', why: 'the size of a drill' };
	if (estimator && estimator !== 'unattributed' && estimatorSide && estimatorSide === side) return { kind: 'claim', why: `the estimator speaks for the side it counts (${side})` };
	if (estimator && estimator !== 'unattributed') return { kind: 'estimate', why: 'an attributed count' };
	return { kind: 'report', why: "the document's own statement" };
}

const metricLabels: Record<string, string> = {
	troops: 'troops',
	btgs: 'battalion tactical groups',
	battalions: 'battalions',
	tanks: 'tanks',
	armoured_vehicles: 'armoured vehicles',
	artillery: 'artillery pieces',
	missile_systems: 'missile systems',
	ships: 'ships',
	landing_ships: 'landing ships',
	submarines: 'submarines',
	aircraft: 'aircraft',
	helicopters: 'helicopters',
	weapons: 'weapons',
	ammunition_tonnes: 'tonnes of ammunition',
	casualties: 'casualties',
	trainers: 'trainers',
	reservists: 'reservists',
	paramilitary: 'paramilitary forces',
	exercise_troops: 'troops in an exercise',
	personnel: 'personnel',
	aid_usd: 'aid (US$)',
	aid_eur: 'aid (€)',
	aid_gbp: 'aid (£)'
};
const sideAdjectives: Record<string, string> = { russia: 'Russian', ukraine: 'Ukrainian', belarus: 'Belarusian', us: 'US', uk: 'British', nato: 'NATO', west: 'Western', separatist: 'Separatist', other: '' };

/** The excerpt: the sentence, or a window of it around the number(s), cut at spaces, whitespace folded. */
export function excerptAround(sentence: string, start: number, end: number, limit = 200): string {
	const fold = (x: string) => x.replace(/\s+/g, ' ').trim();
	if (fold(sentence).length <= Math.min(Math.max(limit, end - start + 40), excerptLimit)) return fold(sentence);
	const width = Math.min(excerptLimit - 20, Math.max(limit, end - start + 80));
	let from = Math.max(0, Math.floor((start + end) / 2 - width / 2));
	let to = Math.min(sentence.length, from + width);
	from = Math.max(0, to - width);
	if (from > 0) from = sentence.indexOf(' ', from) + 1;
	if (to < sentence.length) to = Math.max(sentence.lastIndexOf(' ', to), end);
	return fold(sentence.slice(from, to)).replace(/[,;:]$/, '');
}

// ——— the extractor ———

interface SentenceInfo extends Sentence {
	index: number;
	paragraph: number;
	section: Period | null;
	dates: DatedSpan[];
	estimator: EstimatorCue | null;
	places: PlaceMention[];
	strength: boolean;
	/** The metric of the force words in it, if any (for numbers in the next sentence). */
	forceMetric: string | null;
}

function lineOf(text: string, offset: number): number {
	let n = 1;
	let at = text.indexOf('\n');
	while (at >= 0 && at < offset) {
		n++;
		at = text.indexOf('\n', at + 1);
	}
	return n;
}

function chooseDate(info: SentenceInfo, previous: SentenceInfo | null, localStart: number, options: ExtractOptions): { date: Pick<ProposedFigure, 'date_text' | 'date_start' | 'date_end' | 'date_note'>; why: string; confidence: number } {
	const usable = (d: DatedSpan) => d.date_start !== null && d.date_end !== null && !(d.open === 'since' && d.date_start < periodStart);
	const anchor = previous && previous.paragraph === info.paragraph ? previous.dates.filter(usable).at(-1) : undefined;
	const later = info.dates.find((d) => d.after !== undefined);
	if (later && anchor?.date_end) {
		const day = addDays(anchor.date_end, later.after!);
		return { date: { date_text: later.text, date_start: day, date_end: day, date_note: `"${later.text}": ${later.after} days after "${anchor.text}" (sentence before)` }, why: `"${later.text}" after "${anchor.text}" (sentence before)`, confidence: 0.9 };
	}
	const own = info.dates.filter(usable);
	if (own.length) {
		const before = own.filter((d) => d.end <= localStart);
		const d = before.at(-1) ?? own[0];
		return { date: { date_text: d.text, date_start: d.date_start, date_end: d.date_end, date_note: d.note }, why: `"${d.text}" (same sentence)`, confidence: 1 };
	}
	const prev = previous && previous.paragraph === info.paragraph ? previous.dates.filter(usable).at(-1) : undefined;
	if (prev) return { date: { date_text: prev.text, date_start: prev.date_start, date_end: prev.date_end, date_note: [`date words of the sentence before`, prev.note].filter(Boolean).join('; ') }, why: `"${prev.text}" (sentence before)`, confidence: 0.85 };
	if (info.section) {
		return { date: { date_text: info.section.label, date_start: info.section.start, date_end: info.section.end, date_note: `the sentence has no date: the period of its section "${info.section.label}"` }, why: `section "${info.section.label}"`, confidence: 0.7 };
	}
	if (options.documentDate) {
		return { date: { date_text: options.documentDate, date_start: options.documentDate, date_end: options.documentDate, date_note: "the sentence gives no date: the document's date" }, why: "the document's date (no date in the sentence)", confidence: 0.75 };
	}
	return { date: { date_text: null, date_start: null, date_end: null, date_note: null }, why: 'no date in the sentence, no section date and no document date (--date)', confidence: 0.5 };
}

const perUnitBefore = /\b(?:each(?:\s+of)?|per|every|apiece)\s+(?:\w+\s+){0,4}$|\b(?:a|one|single|every|each|the)\s+(?:[\w-]+\s+){0,2}(?:btg|battalion tactical group|battalion|brigade|company|regiment)\s+(?:\w+ly\s+)?(?:of|has|had|with|numbers|numbering|consists of|comprises|includes|is|of around|of about)\s+(?:about|some|around|roughly|approximately|up to|between)?\s*$|\b(?:btgs|battalion tactical groups|battalions|groups|units|brigades|companies)\s+(?:of|with)\s+(?:about|some|around|roughly|approximately|up to|between)?\s*$/i;
const perUnitAfter = /^\s*(?:each|apiece|per (?:battalion|btg|unit|group))\b/i;

export function extract(text: string, options: ExtractOptions): Extraction {
	const { gazetteer } = options;
	const sections = sectionPeriods(text);
	const rawSentences = splitSentences(text);
	// Paragraphs: text between blank lines.
	const breaks = [...text.matchAll(/\n\s*\n/g)].map((m) => m.index);
	const paragraphOf = (offset: number) => {
		let n = 0;
		while (n < breaks.length && breaks[n] < offset) n++;
		return n;
	};
	const infos: SentenceInfo[] = [];
	let previousEstimator: EstimatorCue | null = null;
	rawSentences.forEach((s, index) => {
		const paragraph = paragraphOf(s.start);
		const section = sectionAt(sections, s.start);
		const lineStart = text.lastIndexOf('\n', s.start - 1) + 1;
		const estimator = estimatorIn(s.text, gazetteer.estimators, previousEstimator);
		const info: SentenceInfo = {
			...s,
			index,
			paragraph,
			section,
			dates: findDates(s.text, { documentDate: options.documentDate, section }),
			estimator,
			places: [],
			strength: /^- Strength\d*:/.test(text.slice(lineStart, lineStart + 12)),
			forceMetric: null
		};
		// A dateline ("KYIV, Jan 28 –") names where the report was written, not where forces are.
		const dateline = /^[A-Z][A-Z .'’-]{2,}(?=,)/.exec(s.text);
		info.places = findPlaces(s.text, gazetteer.places, [...(estimator?.spans ?? []), ...(dateline ? [{ start: 0, end: dateline[0].length }] : [])]);
		const words = tokens(s.text, 0).map((t) => forceWordMetrics[t.bare]).filter(Boolean);
		info.forceMetric = words[0] ?? null;
		if (estimator) previousEstimator = estimator;
		infos.push(info);
	});

	const mentions = findNumbers(text);
	const figures: ProposedFigure[] = [];
	const units: ProposedUnit[] = [];
	const rejected: Rejection[] = [];
	const spans = new Map<string, { start: number; end: number }[]>();
	const proposedEstimators = new Map<string, KnownEstimator & { from: string }>();
	const proposedPlaces = new Map<string, KnownPlace & { from: string }>();
	let k = 0;

	for (const info of infos) {
		const s = info.text;
		const previous = info.index > 0 ? infos[info.index - 1] : null;
		while (k < mentions.length && mentions[k].start < info.start) k++;
		const inSentence: NumberMention[] = [];
		for (let j = k; j < mentions.length && mentions[j].start < info.end; j++) inSentence.push(mentions[j]);
		const consumed = new Set<number>();
		const reject = (m: NumberMention, reason: string) => rejected.push({ raw: m.raw, line: lineOf(text, m.start), reason });

		inSentence.forEach((m, j) => {
			if (consumed.has(j)) return;
			const local = { ...m, start: m.start - info.start, end: m.end - info.start };
			if (m.role !== 'count' && m.role !== 'year') return;
			let phrase = nounPhraseAfter(s, local.end);
			if (m.role === 'year' && !phrase.metric) return; // a year, unless a force noun follows ("2000 troops")
			const date = info.dates.find((d) => local.start >= d.start && local.end <= d.end);
			if (date && !(m.role === 'year' && phrase.metric)) return reject(m, `part of the date "${date.text}"`);
			if (m.percent) return reject(m, 'a percentage');
			if (/\b(?:Paragraph|Article|Section|Chapter|Resolution|Protocol|Point|Clause|Rule|Amendment|No\.?|Number|Part|Annex|Order|Decree|Flight)\s+$/.test(s.slice(Math.max(0, local.start - 14), local.start))) return reject(m, 'the number of an article, paragraph or document');
			if (m.currency && /\(\s*$/.test(s.slice(Math.max(0, local.start - 3), local.start)) && inSentence.slice(0, j).some((x) => x.currency)) return reject(m, 'a conversion of the sum before it');
			// A range: "175,000 to 190,000", "between 74 and 76", "80,000 – 90,000".
			const next = inSentence[j + 1];
			let high: NumberMention | null = null;
			if (next && (next.role === 'count' || next.role === 'measure') && isRangeJoin(text.slice(m.end, next.start)) && !(text.slice(m.end, next.start).trim() === 'and' && !/\bbetween\s+(?:\S+\s+)?$/i.test(s.slice(Math.max(0, local.start - 20), local.start)))) {
				high = next;
				consumed.add(j + 1);
				if (next.role !== 'count') return reject(m, 'a range of durations or lengths');
				phrase = nounPhraseAfter(s, next.end - info.start);
			}
			const end = (high ?? m).end - info.start;
			const beforeText = s.slice(Math.max(0, local.start - 60), local.start);
			const phraseEnd = phrase.words.at(-1)?.end ?? end;
			const phraseClosed = /[,;:.]$/.test(phrase.words.at(-1)?.text ?? '');
			if (perUnitBefore.test(beforeText) || (!phraseClosed && perUnitAfter.test(s.slice(phraseEnd, phraseEnd + 30)))) return reject(m, 'the size of one unit (per-unit size)');
			// The metric.
			let metric: string | null = phrase.metric;
			let metricWhy = phrase.head ? `"${phrase.head}" after the number` : '';
			let confidence = 1;
			if (phrase.otherHead && !m.currency) {
				// "another five were wounded": the metric of the figure before it in the sentence.
				return reject(m, `about "${phrase.otherHead}", not forces`);
			}
			if (m.currency) {
				metric = m.currency === 'EUR' ? 'aid_eur' : m.currency === 'GBP' ? 'aid_gbp' : 'aid_usd';
				metricWhy = `a sum in ${m.currency}`;
				if (!/\b(?:aid|assistance|package|military|weapons|arms|defen[cs]e|security|lethal)\b/i.test(s)) return reject(m, 'a sum of money, not aid');
			}
			const earlier = figures.filter((f) => f.excerpt && spans.get(f.id)?.some((sp) => sp.start >= info.start && sp.end <= info.end)).at(-1);
			if (!metric && earlier?.metric && /\b(?:another|a further|further)\s+$/i.test(s.slice(Math.max(0, local.start - 12), local.start))) {
				metric = earlier.metric;
				metricWhy = `"${s.slice(Math.max(0, local.start - 8), local.start).trim()} ${m.raw}": the metric of the figure before it`;
			}
			if (!metric && m.form === 'words') return reject(m, 'a number word with no force noun after it');
			if (!metric) {
				const near = nearestForceWord(s, local.start, end);
				if (near) {
					metric = near.metric;
					metricWhy = `"${near.word}" in the same sentence`;
					confidence *= 0.85;
				} else if (previous && previous.paragraph === info.paragraph && previous.forceMetric) {
					metric = previous.forceMetric;
					metricWhy = `force word of the sentence before`;
					confidence *= 0.7;
				} else return reject(m, 'no force word in the sentence or the one before');
			}
			const clause = clauseAround(s, local.start, end);
			const aroundNumber = s.slice(Math.max(0, local.start - 50), Math.min(s.length, end + 60 + phrase.words.length * 12));
			if (metric && phrase.head && casualtyOnlyHeads.has(phrase.head) && !harmWords.test(aroundNumber)) return reject(m, `about "${phrase.head}", not forces`);
			if (metric && ['troops', 'personnel', 'paramilitary'].includes(metric) && harmWords.test(aroundNumber)) {
				metric = 'casualties';
				metricWhy += ' with a word of harm';
			}
			if (metric === 'troops' && /\b(?:drills?|exercises?|manoeuvres|maneuvers|war games?)\b/i.test(s)) {
				metric = 'exercise_troops';
				metricWhy += ' in a sentence about a drill';
			}
			// Dates.
			const chosen = chooseDate(info, previous, local.start, options);
			if (chosen.date.date_end && chosen.date.date_end < periodStart) return reject(m, `dated before the period (${chosen.date.date_text})`);
			const since = info.dates.find((d) => d.open === 'since' && d.date_start !== null && d.date_start < periodStart);
			if (metric === 'casualties' && since) return reject(m, `a toll counted "${since.text}", before the period`);
			confidence *= chosen.confidence;
			// Estimator.
			let est = info.estimator;
			let estWhy = est?.why ?? '';
			if (!est && previous && previous.paragraph === info.paragraph && previous.estimator) {
				est = previous.estimator;
				estWhy = `${previous.estimator.why.replace(/ \(same sentence\)/, '')} (sentence before)`;
				confidence *= 0.85;
			}
			const estimator = est?.id ?? 'unattributed';
			if (!est) estWhy = "no attribution in the sentence or the one before: the document's own voice";
			if (est) confidence *= est.confidence;
			if (est?.proposed && !gazetteer.estimators.some((e) => e.id === est.proposed!.id)) proposedEstimators.set(est.proposed.id, { ...est.proposed, from: estWhy });
			const skip = est && est === info.estimator ? est.spans : [];
			const sideCue = sideOf(s, local.start, phrase, skip);
			if (sideCue.why.startsWith('no nationality')) confidence *= 0.85;
			// Places and fronts.
			const following = inSentence.slice(j + (high ? 2 : 1)).find((x) => x.role === 'count');
			let { places, borderCue } = placesFor(s, end, local.start, following ? following.start - info.start : s.length, info.places, sideCue.side, skip);
			let placesWhy = '';
			if (!places.length && !borderCue && previous && previous.paragraph === info.paragraph) {
				const earlier = placesFor(previous.text, 0, previous.text.length, previous.text.length, previous.places, sideCue.side, previous.estimator?.spans ?? []);
				if (earlier.places.length) {
					places = earlier.places;
					placesWhy = ' (sentence before)';
					confidence *= 0.85;
				}
			}
			for (const p of places) if (p.proposed && !gazetteer.places.some((g) => g.id === p.id)) proposedPlaces.set(p.id, { ...p.proposed, from: `"${p.text}"` });
			let fronts: Front[] = [];
			let frontsWhy = '';
			for (const p of places) {
				const front = (gazetteer.places.find((g) => g.id === p.id) ?? p.proposed)?.front as Front | undefined;
				if (front && !fronts.includes(front)) fronts.push(front);
			}
			if (fronts.length) frontsWhy = `from the places (${places.map((p) => p.id).join(', ')})`;
			else if (/\b(?:armed forces|in total|total strength|whole army|standing army)\b/i.test(clause.text) || info.strength) {
				fronts = ['total'];
				frontsWhy = 'a whole force (no place)';
			} else if (borderCue || ['russia', 'belarus', 'separatist'].includes(sideCue.side)) {
				fronts = ['around'];
				frontsWhy = borderCue ? '"border" with no other place: around Ukraine' : 'no place named: around Ukraine';
				if (!borderCue) confidence *= 0.85;
			} else if (sideCue.side === 'ukraine') {
				fronts = ['ukraine'];
				frontsWhy = "Ukraine's own forces, no place named";
			} else frontsWhy = 'no place named';
			const estimatorSide = gazetteer.estimators.find((e) => e.id === estimator)?.side ?? est?.proposed?.side ?? null;
			const kind = kindOf(clause.text, metric, estimator, estimatorSide, sideCue.side, info.strength);
			// With no nationality word, aid is the donor's and an announced deployment the announcer's own forces.
			const ownSides: readonly string[] = ['us', 'uk', 'nato', 'ukraine', 'belarus'];
			if (sideCue.why.startsWith('no nationality') && estimatorSide && ownSides.includes(estimatorSide) && (metric?.startsWith('aid_') || kind.kind === 'announcement' || kind.kind === 'plan')) {
				sideCue.side = estimatorSide as ForceSide;
				sideCue.why = `${metric?.startsWith('aid_') ? 'aid given by' : 'announced by'} the estimator (${estimator}), no nationality word`;
			}
			const qualifier: Qualifier = high ? 'range' : guessQualifier(s, local);
			const excerpt = excerptAround(s, local.start, end);
			const placeNames = places.map((p) => (gazetteer.places.find((g) => g.id === p.id)?.name ?? p.proposed?.name ?? p.text).replace(/\s*\(.*\)$/, ''));
			const subject = metric
				? `${sideAdjectives[sideCue.side] ?? ''} ${metricLabels[metric] ?? metric.replace(/_/g, ' ')}${placeNames.length ? ` (${placeNames.join(', ')})` : fronts[0] === 'around' ? ' near Ukraine' : ''}`.trim()
				: null;
			const why: Why = {
				value: `"${s.slice(local.start, end)}" (line ${lineOf(text, m.start)})`,
				metric: metricWhy,
				qualifier: qualifier === 'exact' ? 'no qualifier word before the number' : qualifier === 'range' ? `"${s.slice(local.start, end)}": two numbers joined as a range` : `"${qualifierBefore(s.slice(0, local.start))?.words ?? ''}" before the number`,
				date_text: chosen.why,
				estimator: estWhy,
				side: sideCue.why,
				fronts: frontsWhy,
				places: places.length ? places.map((p) => `"${p.text}"${p.proposed ? ' (proposed)' : ''}`).join(', ') + placesWhy : 'no place named',
				kind: kind.why,
				subject: 'generated from side, metric and places'
			};
			const figure: ProposedFigure = {
				type: 'figure',
				id: '',
				metric,
				value: high ? null : m.value,
				low: high ? m.value : null,
				high: high ? high.value : null,
				qualifier,
				...chosen.date,
				estimator,
				side: sideCue.side,
				fronts: fronts.length ? fronts : null,
				places: places.map((p) => p.id).filter((id, i, all) => all.indexOf(id) === i),
				kind: kind.kind,
				subject,
				source: options.sourceId,
				excerpt,
				note: null,
				review: 'pending',
				confidence: Math.round(confidence * 100) / 100,
				why
			};
			figure.id = uniqueId(`${options.sourceId}-${estimator}-${metric ?? 'figure'}-${figure.fronts?.[0] ?? 'x'}-${figure.date_start ?? 'undated'}`, figures);
			spans.set(figure.id, [{ start: m.start, end: (high ?? m).end }]);
			figures.push(figure);
		});
		units.push(...unitsIn(info, previous, options, text, proposedPlaces, units));
	}

	const merged = mergeRepeats(figures, spans);
	const records: Proposal[] = [...merged, ...units];
	for (const [id, e] of proposedEstimators) {
		if (!records.some((r) => r.type === 'figure' && r.estimator === id)) continue;
		records.push({ type: 'estimator', id, name: e.name, side: e.side, kind: e.kind, review: 'pending', confidence: 0.5, why: { name: e.from, side: 'guessed from the words of the name', kind: 'guessed from the words of the name' } });
	}
	for (const [id, p] of proposedPlaces) {
		const used = records.some((r) => (r.type === 'figure' && r.places.includes(id)) || (r.type === 'unit' && (r.from === id || r.to === id)));
		if (!used) continue;
		records.push({
			type: 'place',
			id,
			name: p.name,
			kind: p.kind || null,
			lat: null,
			lon: null,
			country: p.country || null,
			front: p.front || null,
			review: 'pending',
			confidence: 0.4,
			why: { name: p.from, lat: 'coordinates are not in the text: look them up', front: p.front ? 'the front of the city of the same name' : 'unknown' }
		});
	}
	return { records, rejected, spans };
}

function uniqueId(base: string, existing: { id: string }[]): string {
	const id = slug(base);
	if (!existing.some((e) => e.id === id)) return id;
	for (let n = 2; ; n++) if (!existing.some((e) => e.id === `${id}-${n}`)) return `${id}-${n}`;
}

/** One figure for a number a document repeats (same metric and value, overlapping dates, compatible estimators); keeps the attributed one. */
function mergeRepeats(figures: ProposedFigure[], spans: Map<string, { start: number; end: number }[]>): ProposedFigure[] {
	const out: ProposedFigure[] = [];
	for (const f of figures) {
		const same = out.find(
			(g) =>
				g.metric === f.metric &&
				g.value === f.value &&
				g.low === f.low &&
				g.high === f.high &&
				(g.estimator === f.estimator || g.estimator === 'unattributed' || f.estimator === 'unattributed') &&
				g.side === f.side &&
				(g.places.length === 0 || f.places.length === 0 || g.places.some((p) => f.places.includes(p))) &&
				(g.date_start === null || f.date_start === null || (g.date_start <= (f.date_end ?? f.date_start) && f.date_start <= (g.date_end ?? g.date_start)))
		);
		if (!same) {
			out.push(f);
			continue;
		}
		const keepNew = same.estimator === 'unattributed' && f.estimator !== 'unattributed';
		const kept = keepNew ? f : same;
		const dropped = keepNew ? same : f;
		const allSpans = [...(spans.get(same.id) ?? []), ...(spans.get(f.id) ?? [])];
		if (keepNew) out[out.indexOf(same)] = f;
		spans.set(kept.id, allSpans);
		spans.delete(dropped.id);
		kept.note = [kept.note, `Also stated: "${dropped.excerpt.slice(0, 90)}${dropped.excerpt.length > 90 ? '…' : ''}" (merged as a repeat).`].filter(Boolean).join(' ');
		kept.why.merged = `${allSpans.length} mentions of the same figure; kept the one ${kept.estimator !== 'unattributed' ? 'with the attribution' : 'first in the text'}`;
	}
	return out;
}

// ——— unit movements ———

const movementVerb =
	/\b(?:deploy(?:ed|ing|s)?|deployments? of|moved|moving|transferr?(?:ed|ing)|transfers? of|sent|sending|send|dispatched|arrived|arriving|sailed|transited|re-?positioned|redirected|relocated|redeployed|transported|returning|returned|withdrew|withdrawn|travelling|traveling|en route|ordered)\b/i;
const echelon = '(?:Combined Arms Army|Guards Tank Army|Tank Army|Army|Guards Airborne Division|Airborne Division|Air Assault Division|Division|Brigade|Regiment|Corps|Fleet|Flotilla|CAA|Battalion|Naval Infantry Brigade)';
/** "the 5th, 29th, 35th, and 36th Combined Arms Army" → one formation per ordinal. */
const ordinalList = new RegExp(`\\b((?:\\d+(?:st|nd|rd|th),?\\s+(?:and\\s+)?)*\\d+(?:st|nd|rd|th))\\s+((?:[A-Z][\\w-]*\\s+){0,4}?${echelon})\\b`, 'g');
const namedForce = /\b((?:the\s+)?(?:[A-Z][\w-]*\s+){1,3}(?:Fleet|Flotilla|Navy|Air Force|Marines)|(?:units?|troops|forces|elements|ships|battalions)\s+(?:of|from)\s+the\s+(?:[A-Z][\w-]*\s+){1,4}(?:District|Army|Fleet|Flotilla|Division|Brigade|Corps|Forces))\b/g;
const genericForce =
	/\b((?:(?:\d{1,3}(?:,\d{3})+|\d+|two|three|four|five|six|several|additional|more|further|major elements of the)\s+)?(?:(?:more|additional|further)\s+)?(?:(?:[A-Z][\w.-]*|newly|additional|military|special|combat|naval|ground|battalion|tactical|landing|fighter)\s+){0,3}(?:troops|soldiers|paratroopers|forces|units|ships|warships|vessels|submarines?|jets|aircraft|trainers|instructors|delegation|equipment|groups|BTGs|battalions))\b/g;

interface Formation {
	text: string;
	start: number;
	end: number;
	named: boolean;
}

function formationsIn(s: string): Formation[] {
	const out: Formation[] = [];
	const taken = (a: number, b: number) => out.some((f) => a < f.end && f.start < b);
	for (const m of s.matchAll(ordinalList)) {
		const tail = m[2];
		for (const ord of m[1].matchAll(/\d+(?:st|nd|rd|th)/g)) out.push({ text: `${ord[0]} ${tail}`.replace(/\s+/g, ' '), start: m.index, end: m.index + m[0].length, named: true });
	}
	for (const m of s.matchAll(namedForce)) {
		const text = m[1].replace(/^the\s+/i, '');
		const start = m.index + m[0].indexOf(text);
		if (!taken(start, start + text.length) && !/^(?:In|On|By|The)\s/.test(text)) out.push({ text, start, end: start + text.length, named: true });
	}
	for (const m of s.matchAll(genericForce)) {
		const text = m[1].replace(/^(?:major elements of the)\s+/i, '');
		const start = m.index + m[0].indexOf(text);
		if (!taken(start, start + text.length)) out.push({ text, start, end: start + text.length, named: false });
	}
	return out.sort((a, b) => a.start - b.start);
}

function unitsIn(info: SentenceInfo, previous: SentenceInfo | null, options: ExtractOptions, text: string, proposedPlaces: Map<string, KnownPlace & { from: string }>, existing: ProposedUnit[]): ProposedUnit[] {
	const s = info.text;
	const verb = movementVerb.exec(s);
	if (!verb) return [];
	const formations = formationsIn(s);
	if (!formations.length) return [];
	const skip = info.estimator?.spans ?? [];
	const places = info.places.filter((p) => !formations.some((f) => p.start < f.end && f.start < p.end) && !skip.some((k) => p.start < k.end && k.start < p.end));
	// The preposition nearest before a place says what it is: "from" an origin; to/into/towards/in/at a destination.
	const prepositionOf = (p: PlaceMention): string | null => {
		const window = s.slice(Math.max(0, p.start - 40), p.start);
		const all = [...window.matchAll(/\b(to|into|towards?|in|at|near|for|from|of|via|through|reached|entered|around|close to)\b/gi)];
		return all.at(-1)?.[1].toLowerCase() ?? null;
	};
	const notUkraineBorder = (p: PlaceMention) => !(p.id === 'ukraine' && (/^['’]s\s+(?:border|frontier)|^\s+border/i.test(s.slice(p.end)) || /\b(?:near|around|close to)\s+$/i.test(s.slice(Math.max(0, p.start - 12), p.start))));
	const origin = places.find((p) => prepositionOf(p) === 'from');
	// "deployed in X" says where forces are, not where they went; "arrived in X" is a destination.
	const arrival = /^(?:arriv|en route|sail)/i.test(verb[0]);
	const isDestination = (p: PlaceMention) => p !== origin && notUkraineBorder(p) && ['to', 'into', 'towards', 'toward', 'reached', 'entered', ...(arrival ? ['in', 'at', 'near'] : [])].includes(prepositionOf(p) ?? '');
	let destinations = places.filter((p) => p.start > verb.index && isDestination(p));
	if (!destinations.length) destinations = places.filter((p) => p !== origin && p.end <= verb.index && notUkraineBorder(p) && /\b(?:in|into|to|near|at)\s+(?:the\s+)?$/i.test(s.slice(Math.max(0, p.start - 12), p.start)));
	// A named formation needs an origin or a destination; a generic one ("troops") a destination.
	const named = formations.filter((f) => f.named);
	// Without a named formation: the forces named nearest before the verb (or right after it: "deployed 3,000 troops").
	const nearest = formations.filter((f) => f.end <= verb.index).at(-1) ?? formations.find((f) => f.start >= verb.index && f.start < verb.index + 60);
	const chosen = named.length ? named : nearest ? [nearest] : [];
	if (!destinations.length && !(origin && named.length)) return [];
	const out: ProposedUnit[] = [];
	const chosenDate = chooseDate(info, previous, verb.index, options);
	for (const formation of chosen) {
		// A destination belongs to the forces named before it: "a frigate to the Baltic Sea and four jets to Lithuania".
		const next = formations.find((f) => f.start > formation.end && !chosen.includes(f));
		const own = destinations.filter((d) => formation.named || ((d.start > formation.start || d.end <= verb.index) && (!next || d.start < next.start)));
		for (const to of own.length ? own : destinations.length && formation.named ? destinations : [null]) {
			if (!to && !(origin && formation.named)) continue;
			for (const p of [origin, to]) if (p?.proposed && !options.gazetteer.places.some((g) => g.id === p.id)) proposedPlaces.set(p.id, { ...p.proposed, from: `"${p.text}" (line ${lineOf(text, info.start + p.start)})` });
			const sideCue = sideOf(s, formation.start, { words: tokens(s, formation.start, formation.end), metric: null, head: null, otherHead: null }, skip);
			const naval = /\b(?:fleet|flotilla|navy|ships?|warships?|vessels?|submarines?|landing craft|frigates?)\b/i.test(formation.text);
			const kind: ProposedUnit['kind'] = naval ? 'naval' : ['us', 'uk', 'nato', 'west'].includes(sideCue.side) ? 'deployment' : 'movement';
			const count = findNumbers(formation.text).find((n) => n.role === 'count' && n.form === 'digits');
			const countMetric = count ? (metricOfWords(tokens(formation.text, count.end).map((t) => t.bare))?.metric ?? null) : null;
			const spanStart = Math.min(formation.start, to?.start ?? formation.start, origin?.start ?? formation.start);
			const spanEnd = Math.max(formation.end, to?.end ?? 0, origin?.end ?? 0, verb.index + verb[0].length);
			const unit: ProposedUnit = {
				type: 'unit',
				id: '',
				unit: formation.text,
				side: sideCue.side,
				kind,
				from: origin?.id ?? null,
				to: to?.id ?? null,
				...chosenDate.date,
				count: count && countMetric ? count.value : null,
				count_metric: count && countMetric ? countMetric : null,
				source: options.sourceId,
				excerpt: excerptAround(s, spanStart, spanEnd, 220),
				note: null,
				review: 'pending',
				confidence: Math.round(0.8 * chosenDate.confidence * (to ? 1 : 0.6) * (formation.named ? 1 : 0.8) * 100) / 100,
				why: {
					unit: `"${formation.text}" (${formation.named ? 'a formation name' : 'forces named by a noun'})`,
					from: origin ? `"from … ${origin.text}"` : 'no origin named',
					to: to ? `"${to.text}"` : 'no destination named: fill in',
					date_text: chosenDate.why,
					side: sideCue.why,
					kind: `"${verb[0]}": ${naval ? 'ships' : kind === 'deployment' ? 'a Western deployment' : 'forces moved'}`,
					...(count && countMetric ? { count: `"${count.raw}" in "${formation.text}"` } : {})
				}
			};
			unit.id = uniqueId(`${options.sourceId}-${formation.text}-to-${to?.id ?? 'x'}-${unit.date_start ?? 'undated'}`, [...existing, ...out]);
			out.push(unit);
		}
	}
	return out;
}

/** The gazetteer from loaded data records (estimators.yaml, places.yaml). */
export function gazetteerFrom(estimators: unknown[], places: unknown[]): Gazetteer {
	const records = (list: unknown[]) => list.filter((r): r is Record<string, unknown> => typeof r === 'object' && r !== null);
	return {
		estimators: records(estimators).filter((e) => typeof e.id === 'string' && typeof e.name === 'string') as unknown as KnownEstimator[],
		places: records(places).filter((p) => typeof p.id === 'string' && typeof p.name === 'string') as unknown as KnownPlace[]
	};
}
