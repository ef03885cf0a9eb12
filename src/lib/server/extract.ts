/**
 * Figure stubs for a new document: every number next to a force word (the coverage rule), as YAML
 * to paste into data/figures/*.yaml and fill in. Metric and qualifier are guesses; estimator, dates,
 * side, fronts and kind are left blank on purpose. Build-time only (scripts/extract.ts).
 */
import { excerptLimit } from './schema';
import { findCandidates, type Candidate } from './coverage';
import { findNumbers } from '../data/normalise/numbers';
import { guessQualifier, isRangeJoin } from '../data/normalise/qualifiers';
import type { Qualifier } from '../data/types';

const metricByWord: [RegExp, string][] = [
	[/^(btgs?|battalion)$/, 'btgs'],
	[/^battalions$/, 'battalions'],
	[/^tanks?$/, 'tanks'],
	[/^(vehicles?|armou?r)$/, 'armoured_vehicles'],
	[/^(artillery|howitzers?)$/, 'artillery'],
	[/^(iskanders?)$/, 'missile_systems'],
	[/^(landing)$/, 'landing_ships'],
	[/^(ships?|vessels?|warships?|boats?|frigates?|corvettes?|minesweepers?|fleets?)$/, 'ships'],
	[/^submarines?$/, 'submarines'],
	[/^(aircraft|planes?|jets?|fighters?|eurofighters?|bombers?)$/, 'aircraft'],
	[/^helicopters?$/, 'helicopters'],
	[/^(missiles?|launchers?|systems?|javelins?|stingers?|nlaws?|manpads|rockets?|weapons?|arms|drones?|anti-tank)$/, 'weapons'],
	[/^(tonnes?|tons?|ammunition|munitions?|shells?)$/, 'ammunition_tonnes'],
	[/^(casualty|casualties|killed|wounded|injured|dead)$/, 'casualties'],
	[/^(trainers?|instructors?|advis[eo]rs?)$/, 'trainers'],
	[/^(reservists?|reserves?)$/, 'reservists'],
	[/^(paramilitary|paramilitaries|militias?|militants?|mercenar(y|ies)|recruit(s|ed)?|operatives?|saboteurs?|agents?)$/, 'paramilitary'],
	[/^(personnel|veterans?|crews?|sailors?)$/, 'personnel'],
	[/^(troops?|soldiers?|forces?|servicem[ae]n|servicemembers|paratroopers?|army|armies|marines?|separatists?|units?|brigades?|divisions?|regiments?)$/, 'troops']
];

/** A guess at the metric of a number from the force word next to it (and a currency sign). */
export function guessMetric(forceWord: string, raw: string, sentence: string): string {
	if (/^(US\$|\$|USD)/.test(raw)) return 'aid_usd';
	if (/^(€|EUR)/.test(raw)) return 'aid_eur';
	if (/^(£|GBP)/.test(raw)) return 'aid_gbp';
	const w = forceWord.toLowerCase();
	if (/exercise|drill/i.test(sentence) && /^(troops?|soldiers?|servicem[ae]n|forces?)$/.test(w)) return 'exercise_troops';
	if (/^[A-Z][A-Za-z]{0,3}-\d+/.test(forceWord)) return 'aircraft';
	for (const [re, metric] of metricByWord) if (re.test(w) || re.test(w.split('-').pop() ?? '')) return metric;
	return '';
}

/** The sentence, or a window of it around the number when the sentence is too long (verbatim, cut at spaces). */
export function excerptFor(c: Candidate, text: string, limit = 200): string {
	const sentence = c.sentence;
	if (sentence.length <= Math.min(limit, excerptLimit)) return sentence.replace(/\s+/g, ' ');
	const sentenceStart = text.indexOf(sentence, Math.max(0, c.start - sentence.length));
	const at = c.start - sentenceStart;
	let from = Math.max(0, at - Math.floor(limit / 2));
	let to = Math.min(sentence.length, from + limit);
	from = Math.max(0, to - limit);
	if (from > 0) from = sentence.indexOf(' ', from) + 1;
	if (to < sentence.length) to = sentence.lastIndexOf(' ', to);
	return sentence.slice(from, to).replace(/\s+/g, ' ').trim();
}

export interface StubOptions {
	/** Source id to put in the stubs. */
	sourceId: string;
	/** Leave out candidates for which `skip` returns true (e.g. already covered). */
	skip?: (c: Candidate) => boolean;
}

function q(s: string): string {
	return JSON.stringify(s);
}

/** YAML figure stubs for every candidate of `text`. */
export function figureStubs(text: string, fileLabel: string, options: StubOptions): string {
	const candidates = findCandidates(text);
	const mentions = findNumbers(text);
	const out: string[] = [];
	const consumed = new Set<number>();
	let count = 0;
	for (const c of candidates) {
		if (consumed.has(c.start) || options.skip?.(c)) continue;
		const index = mentions.findIndex((m) => m.start === c.start);
		const mention = mentions[index];
		const next = mentions[index + 1];
		const sentenceStart = text.indexOf(c.sentence, Math.max(0, c.start - c.sentence.length));
		const local = { ...mention, start: c.start - sentenceStart, end: c.end - sentenceStart };
		const localNext = next ? { ...next, start: next.start - sentenceStart, end: next.end - sentenceStart } : undefined;
		const qualifier: Qualifier = guessQualifier(c.sentence, local, localNext && isRangeJoin(text.slice(mention.end, next.start)) ? localNext : undefined);
		const metric = guessMetric(c.forceWord, c.raw, c.sentence);
		let excerpt = excerptFor(c, text);
		const lines = [`# ${fileLabel}:${c.line}: ${q(c.raw)} next to ${q(c.forceWord)}${c.flag ? ` — ${c.flag}: check` : ''}`];
		lines.push(`- id: ""                     # TODO: stable and descriptive, e.g. hur-troops-east-2021-04`);
		lines.push(`  metric: ${metric || '""'}${' '.repeat(Math.max(1, 20 - (metric || '""').length))}# guessed from ${q(c.forceWord)}`);
		if (qualifier === 'range' && next) {
			consumed.add(next.start);
			lines.push(`  low: ${mention.value}`, `  high: ${next.value}`);
			if (!excerpt.includes(next.raw)) excerpt = excerptFor({ ...c, start: c.start }, text, 260);
		} else lines.push(`  value: ${mention.value}`);
		lines.push(
			`  qualifier: ${qualifier}${' '.repeat(Math.max(1, 17 - qualifier.length))}# guessed from the words before the number`,
			`  date_text: ""`,
			`  date_start:`,
			`  date_end:`,
			`  estimator: ""`,
			`  side:`,
			`  fronts: []`,
			`  places: []`,
			`  kind:`,
			`  subject: ""`,
			`  source: ${options.sourceId}`,
			`  excerpt: ${q(excerpt)}`
		);
		out.push(lines.join('\n'));
		count += 1;
	}
	return `# ${count} figure stub${count === 1 ? '' : 's'} from ${fileLabel} (numbers next to force words; see src/lib/server/coverage.ts)\n${out.join('\n')}\n`;
}
