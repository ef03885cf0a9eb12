/**
 * Names in a sentence, for the extractor: who made an estimate (attribution → an estimator of
 * data/estimators.yaml, or a proposed new one) and which places it names (gazetteer of
 * data/places.yaml with aliases and inflections, or proposed new places). Build-time only.
 */
import type { Front } from '../data/types';

export interface KnownEstimator {
	id: string;
	name: string;
	short_name?: string | null;
	side: string;
	kind: string;
	aliases?: string[] | null;
}

export interface KnownPlace {
	id: string;
	name: string;
	kind: string;
	country: string;
	front: string;
	aliases?: string[] | null;
}

export interface Gazetteer {
	estimators: KnownEstimator[];
	places: KnownPlace[];
}

/** Lowercase, one spelling: "Russia's Defense Ministry" and "the Russian Ministry of Defence" both → "russian defence ministry". */
export function canonicalName(s: string): string {
	return ` ${s} `
		.normalize('NFKC')
		.toLowerCase()
		.replace(/[’‘`]/g, "'")
		.replace(/\bdefense\b/g, 'defence')
		.replace(/\bu\.s(?:\.a)?\.?(?=\W)/g, 'us')
		.replace(/\bu\.k\.(?=\W)/g, 'uk')
		.replace(/\bunited states\b/g, 'us')
		.replace(/\bunited kingdom\b/g, 'uk')
		.replace(/\bamerica's\b/g, 'us')
		.replace(/\brussia's\b/g, 'russian')
		.replace(/\bukraine's\b/g, 'ukrainian')
		.replace(/\bbritain's\b/g, 'british')
		.replace(/\bministry of (defence|foreign affairs|the interior)\b/g, (_, what: string) => `${what === 'foreign affairs' ? 'foreign' : what === 'the interior' ? 'interior' : what} ministry`)
		.replace(/\b(?:the|a|an)\b/g, ' ')
		.replace(/[^a-z0-9' -]+/g, ' ')
		.replace(/'s\b/g, '')
		.replace(/\s+/g, ' ')
		.trim();
}

const escape = (s: string) => s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');

function hasWords(haystack: string, needle: string): boolean {
	return needle !== '' && new RegExp(`(?:^| )${escape(needle)}(?: |$)`).test(haystack);
}

// ——— estimators ———

/** The names an estimator answers to: its name, the parts of the name, short name and aliases. */
export function estimatorNames(e: KnownEstimator): string[] {
	const names = new Set<string>();
	const add = (s: string | null | undefined) => {
		if (!s) return;
		const c = canonicalName(s);
		if (c.length >= 2 && c !== 'unattributed') names.add(c);
	};
	add(e.name);
	add(e.short_name);
	for (const a of e.aliases ?? []) add(a);
	// "Ukrainian military intelligence (HUR, Main Directorate of Intelligence)" → its parts too.
	for (const part of e.name.split(/[(),/]|\bincl\.|—/)) {
		const p = part.trim();
		if (p.split(/\s+/).length >= 2 || /^[A-Z][A-Za-z]{2,}$/.test(p)) add(p);
	}
	return [...names];
}

export interface Attribution {
	/** The words naming who said it, as written ("Ukraine's defence intelligence"). */
	who: string;
	/** The cue, e.g. "according to", "said". */
	cue: string;
	/** Offsets of `who` in the sentence. */
	start: number;
	end: number;
}

const reportingVerbs =
	'approved|provided|pledged|allocated|said|says|told|tells|estimated|estimates|estimate|reported|reports|warned|warns|claimed|claims|announced|announces|stated|states|believes|believe|assessed|assesses|added|noted|wrote|writes|alleged|alleges|confirmed|confirms|counted|calculated|put the number|put the figure|placed the number|placed the deployment';
const anaphora = /^(?:i|he|she|they|it|we|the (?:agency|ministry|official|officials|spokesman|spokeswoman|spokesperson|alliance|service|department|source|sources|report|intelligence|government|minister|general|commander|president|secretary))$/i;

/** Who a sentence attributes its statements to (in order of preference: cited source, "according to", subject of a reporting verb). */
export function findAttributions(sentence: string): Attribution[] {
	const out: Attribution[] = [];
	const push = (who: string, cue: string, at: number) => {
		const trimmed = who
			.replace(/^[\s"“]+|[\s,;:"”]+$|(?<![A-Z])\.+$/g, '')
			// "By mid-April the U.S." → "the U.S.": date words and time adverbs before the subject.
			.replace(/^(?:(?:by|in|on|since|during|until|as of|after|before)\s+(?:(?:early|mid|late)[-\s]?)?(?:the\s+)?(?:\d{1,2}\s+)?[A-Z][a-z]+\.?(?:\s+\d{1,2})?(?:,?\s+\d{4})?,?\s+|(?:later|meanwhile|separately|however|then|also|previously),?\s+)+/i, '');
		if (!trimmed || trimmed.split(/\s+/).length > 12) return;
		if (/^(?:that|which|it was|there|this|these|those)$/i.test(trimmed)) return;
		const start = sentence.indexOf(trimmed, at);
		out.push({ who: trimmed, cue, start, end: start + trimmed.length });
	};
	const np = "((?:the |a |an )?[A-Z\\d][\\w'’.\\-–]*(?:\\s+[A-Za-z][\\w'’.\\-–]*){0,8})";
	for (const m of sentence.matchAll(new RegExp(`\\b(?:citing|cited)\\s+${np.replace('[A-Z\\d]', '[A-Za-z\\d]')}`, 'g'))) push(m[1].split(/\s+(?:as saying|who|that|on|in)\b/)[0], 'citing', m.index);
	for (const m of sentence.matchAll(new RegExp(`\\baccording to\\s+${np.replace('[A-Z\\d]', '[A-Za-z\\d]')}`, 'gi'))) push(m[1].split(/\s+(?:on|in|at|from|who|which)\b|,/)[0], 'according to', m.index);
	for (const m of sentence.matchAll(/\breported by\s+((?:the\s+)?[A-Z][\w'’.-]*(?:\s+[A-Z][\w'’.-]*){0,5})/g)) push(m[1], 'reported by', m.index);
	for (const m of sentence.matchAll(/\b((?:[A-Z][\w’'.-]*\s+){0,4}[A-Z][\w.-]*)['’]s\s+(?:assessment|estimate|estimates|figures|data|analysis|count|calculations?)\b/g)) push(m[1], "'s assessment", m.index);
	// "<subject> said": the words before the verb back to a clause boundary.
	for (const m of sentence.matchAll(new RegExp(`\\b(${reportingVerbs})\\b`, 'g'))) {
		const before = sentence.slice(0, m.index);
		// Passive ("were reported to be", "it was estimated") and nouns ("a Ukrainian estimate") are not attributions.
		if (/\b(?:is|are|was|were|be|been|being)\s+(?:\w+ly\s+)?$/i.test(before)) continue;
		if (/^(?:estimate|estimates|reports|claims|states)$/.test(m[1]) && /\b(?:a|an|the|its|their|his|her|this|that|these|those)\s+(?:[\w'’-]+\s+){0,2}$/i.test(before.slice(-40))) continue;
		// "the chief of the HUR, Kyrylo Budanov, said": an appositive before the verb.
		const tail = before.slice(-160);
		const appositive = /,\s*$/.test(tail) ? /(?:^|[,;:]\s*)((?:the\s+)?[\w'’.-]+(?:\s[\w'’.-]+){0,8},\s[A-Z][\w'’.-]*(?:\s[A-Z][\w'’.-]*){0,3}),\s*$/.exec(tail) : null;
		if (appositive) {
			push(appositive[1], m[1], before.length - tail.length + appositive.index);
			continue;
		}
		const clause = before.split(/[,;:"“”(]|\s[–—-]\s|\bthat\b|\band\b(?=\s+[a-z])|\bwhile\b/).pop() ?? '';
		const words = clause.trim().split(/\s+/).filter(Boolean);
		if (words.length === 0 || words.length > 12) {
			// "…, said Oleksii Reznikov" — the name after the verb.
			const after = /^\s+((?:[A-Z][\w'’.-]*\s*){1,6})/.exec(sentence.slice(m.index + m[0].length));
			if (words.length === 0 && after && /[,"”]\s*$/.test(before)) push(after[1], m[1], m.index);
			continue;
		}
		// Leave out modal and auxiliary verbs and adverbs between subject and verb ("officials have said", "he also said").
		const subject = clause.replace(/\s+(?:have|has|had|also|later|previously|then|now|separately|publicly|recently|repeatedly|had previously|would|will|could)\s*$/i, '').replace(/\s+(?:on|in|at)\s+\w+\s*$/i, '');
		if (subject.trim().split(/\s+/).every((w) => /^[a-z]/.test(w)) && !anaphora.test(subject.trim()) && !/\b(?:officials?|analysts?|sources?|experts?|observers?|diplomats?|intelligence|agency|ministry|government|military)\b/i.test(subject)) continue;
		push(subject, m[1], Math.max(0, m.index - clause.length - 1));
	}
	return out;
}

export interface EstimatorMatch {
	id: string;
	/** Set when the estimator is not in data/estimators.yaml: a proposal. */
	proposed: KnownEstimator | null;
	why: string;
	/** The attribution's span in the sentence (to keep it out of side and place cues). */
	span: { start: number; end: number } | null;
}

/** The estimator named by `who`, by name, name part, short name or alias (the longest match wins). */
export function matchEstimator(who: string, estimators: KnownEstimator[]): KnownEstimator | null {
	const c = canonicalName(who);
	let best: { e: KnownEstimator; length: number } | null = null;
	for (const e of estimators) {
		for (const n of estimatorNames(e)) {
			if (hasWords(c, n) && (!best || n.length > best.length)) best = { e, length: n.length };
		}
	}
	return best?.e ?? null;
}

export function isAnaphora(who: string): boolean {
	return anaphora.test(who.trim());
}

const sideWords: [RegExp, string][] = [
	[/\b(ukrain\w*|kyiv|kiev)\b/, 'ukraine'],
	[/\b(russia\w*|kremlin|moscow)\b/, 'russia'],
	[/\b(us|american|pentagon|washington|white house)\b/, 'us'],
	[/\b(uk|british|britain|london)\b/, 'uk'],
	[/\b(nato|alliance)\b/, 'nato'],
	[/\b(eu|european union|european commission)\b/, 'eu'],
	[/\b(belarus\w*|minsk)\b/, 'belarus'],
	[/\b(separatists?|dpr|lpr|donetsk people|luhansk people)\b/, 'separatist']
];

/** A new estimator for words that match none: id from the words, side and kind guessed from them. */
export function proposeEstimator(who: string): KnownEstimator {
	const name = who.replace(/^(?:the|a|an)\s+/i, '').replace(/\s+/g, ' ').trim();
	const c = canonicalName(name);
	const side = sideWords.find(([re]) => re.test(c))?.[1] ?? 'other';
	const kind = /\bintelligence|\bspy|\bagency\b/.test(c)
		? 'intelligence'
		: /\bministry|government|president|prime minister|minister|secretary|cabinet|white house|kremlin\b/.test(c)
			? 'government'
			: /\b(military|army|general|commander|forces|staff|navy)\b/.test(c)
				? 'military'
				: /\b(news|times|post|journal|reuters|bloomberg|tv|television|newspaper|magazine|cnn|bbc|radio)\b/.test(c)
					? 'media'
					: /\b(institute|think tank|centre|center|organisation|organization|osce|un|study|research)\b/.test(c)
						? 'organisation'
						: 'official';
	return { id: slug(name), name: name.charAt(0).toUpperCase() + name.slice(1), side, kind };
}

export function slug(s: string): string {
	return (
		s
			.normalize('NFKD')
			.replace(/[\u0300-\u036f]/g, '')
			.toLowerCase()
			.replace(/['’]s\b/g, '')
			.replace(/[^a-z0-9]+/g, '-')
			.replace(/^-+|-+$/g, '')
			.slice(0, 60)
			.replace(/-+$/, '') || 'x'
	);
}

// ——— places ———

export interface PlaceMention {
	/** A known place id, or the id of a proposed one. */
	id: string;
	proposed: KnownPlace | null;
	/** The words as written. */
	text: string;
	start: number;
	end: number;
}

interface PlaceName {
	place: KnownPlace;
	pattern: RegExp;
	length: number;
}

const placeCache = new WeakMap<KnownPlace[], PlaceName[]>();

function placeNames(places: KnownPlace[]): PlaceName[] {
	const cached = placeCache.get(places);
	if (cached) return cached;
	const out: PlaceName[] = [];
	for (const p of places) {
		const names = new Set<string>([p.name, p.name.replace(/\s*\(.*\)\s*$/, ''), ...(p.aliases ?? [])]);
		// "Bryansk Oblast" is also "Bryansk region", "Bryansk province", "Bryansk oblast".
		const oblast = /^(.+) Oblast$/.exec(p.name);
		if (oblast) for (const w of ['region', 'province', 'oblast']) names.add(`${oblast[1]} ${w}`);
		for (const n of names) {
			if (!n || n.length < 3) continue;
			const body = escape(n).replace(/\\-|-|\s+/g, '[\\s\\-–]+');
			out.push({ place: p, pattern: new RegExp(`(?<![\\w-])${body}(?![\\w-])`, 'gi'), length: n.length });
		}
	}
	out.sort((a, b) => b.length - a.length);
	placeCache.set(places, out);
	return out;
}

const notPlaceNames = new Set([
	'January', 'February', 'March', 'April', 'May', 'June', 'July', 'August', 'September', 'October', 'November', 'December',
	'Monday', 'Tuesday', 'Wednesday', 'Thursday', 'Friday', 'Saturday', 'Sunday', 'The', 'This', 'That', 'These', 'It', 'He', 'She', 'They'
]);

/** Places named in `sentence`: known ones (by name, alias, "X region/oblast"), lists ("the Bryansk, Voronezh and Rostov regions"), and proposals for unknown names after "in/near/to/from/through". */
export function findPlaces(sentence: string, places: KnownPlace[], skip: { start: number; end: number }[] = []): PlaceMention[] {
	const found: PlaceMention[] = [];
	const taken = (s: number, e: number) => [...found, ...skip].some((f) => s < f.end && f.start < e);
	const byName = (name: string) => places.find((p) => p.name.toLowerCase() === name.toLowerCase() || (p.aliases ?? []).some((a) => a.toLowerCase() === name.toLowerCase()));
	// Lists of regions: "the Bryansk, Kursk and Belgorod regions", "Rostov, Bryansk, and Voronezh Oblasts".
	for (const m of sentence.matchAll(/\b((?:[A-Z][\w'’-]+,?\s+)+and\s+[A-Z][\w'’-]+|(?:[A-Z][\w'’-]+,\s+)+[A-Z][\w'’-]+)\s+(regions|oblasts|provinces|Oblasts|Regions|Provinces)\b/g)) {
		let at = m.index;
		for (const name of m[1].split(/,\s*(?:and\s+)?|\s+and\s+|\s+(?=[A-Z])/).map((s) => s.trim()).filter(Boolean)) {
			const start = sentence.indexOf(name, at);
			at = start + name.length;
			const known = byName(`${name} Oblast`);
			const city = byName(name);
			const id = known?.id ?? `${slug(name)}-oblast`;
			found.push({
				id,
				proposed: known ? null : { id, name: `${name} Oblast`, kind: 'oblast', country: city?.country ?? '', front: city?.front ?? '' },
				text: name,
				start,
				end: start + name.length
			});
		}
	}
	// "X region" / "X Oblast" not in the gazetteer → a proposed oblast.
	for (const m of sentence.matchAll(/\b([A-Z][\w'’-]+)\s+(?:[Rr]egion|[Oo]blast|[Pp]rovince)\b/g)) {
		if (taken(m.index, m.index + m[0].length) || notPlaceNames.has(m[1])) continue;
		const known = byName(`${m[1]} Oblast`);
		const city = byName(m[1]);
		const id = known?.id ?? `${slug(m[1])}-oblast`;
		found.push({ id, proposed: known ? null : { id, name: `${m[1]} Oblast`, kind: 'oblast', country: city?.country ?? '', front: city?.front ?? '' }, text: m[0], start: m.index, end: m.index + m[0].length });
	}
	for (const { place, pattern } of placeNames(places)) {
		for (const m of sentence.matchAll(pattern)) {
			if (taken(m.index, m.index + m[0].length)) continue;
			// "Donetsk People's Republic" is not the city; a capitalised word glued after a name makes another name.
			if (/^\s+(?:People|Oblast|Region)/.test(sentence.slice(m.index + m[0].length)) && place.kind !== 'oblast') continue;
			found.push({ id: place.id, proposed: null, text: m[0], start: m.index, end: m.index + m[0].length });
		}
	}
	// Unknown proper names after a place preposition: "through the Bosphorus", "near Yelnya".
	for (const m of sentence.matchAll(/\b(?:in|near|to|into|from|through|towards|toward|outside|at)\s+(?:the\s+)?((?:[A-Z][a-z][\w'’-]*)(?:\s+[A-Z][a-z][\w'’-]*){0,2})/g)) {
		const name = m[1];
		const start = m.index + m[0].length - name.length;
		if (taken(start, start + name.length) || notPlaceNames.has(name.split(/\s+/)[0])) continue;
		// Leave out nationality words, organisations and people (heuristics: "-ian", "-ese" adjectives; words also in an estimator's name).
		if (/(?:ian|ese|ish|ean)$/.test(name) || /^(?:NATO|EU|UN|OSCE|Moscow's|Kremlin|President|Minister|General|Mr|Ms|Dr)\b/.test(name)) continue;
		const id = slug(name);
		found.push({ id, proposed: { id, name, kind: '', country: '', front: '' }, text: name, start, end: start + name.length });
	}
	return found.sort((a, b) => a.start - b.start);
}

/** The fronts of a list of places (known places by their `front`; "border" places read as `around`). */
export function frontsOf(mentions: PlaceMention[], places: KnownPlace[]): Front[] {
	const out: Front[] = [];
	for (const m of mentions) {
		const p = places.find((x) => x.id === m.id) ?? m.proposed;
		const front = p?.front;
		if (front && !out.includes(front as Front)) out.push(front as Front);
	}
	return out;
}
