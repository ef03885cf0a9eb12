/**
 * Numbers as sources write them: "100,000", "100 000", "2.5 billion", "US$200 million", "$1.5bn",
 * "two", "forty-one thousand", "a dozen", "175,000 to 190,000". Pure and client-safe: the build
 * pipeline uses it to check that a figure's number is in its excerpt and to find the numbers of a
 * text (coverage); the About page can render `numberRules`.
 */

/** What a number in running text is: a count (or amount), or something that only looks like one. */
export type NumberRole =
	| 'count' // a quantity: "3,000 paratroopers", "two F-35s", "US$200 million", "70 percent"
	| 'ordinal' // "41st", "3rd party"
	| 'designator' // a model or serial: "F-35", "Mi-8", "B-237", "M141", "COVID-19"
	| 'day' // a day of a month: "21 February", "February 28", "2November", "13 to 19 February"
	| 'year' // a four-digit number 1900–2099 written without separators (may still be a count: see coverage)
	| 'iso-date' // "2021-03-03"
	| 'time' // "16:23", "4 a.m.", "'22"
	| 'measure'; // a length or duration: "50 m", "40 km", "10 days", "50-minute", "170-meter"

export interface NumberMention {
	/** The value: "2.5 billion" → 2500000000, "two" → 2, "a dozen" → 12. */
	value: number;
	/** The text as written, e.g. "US$200 million" (includes a currency sign and scale word). */
	raw: string;
	/** Offsets into the text: text.slice(start, end) === raw. */
	start: number;
	end: number;
	/** 'digits' ("100,000", "2.5 billion") or 'words' ("two", "forty-one thousand", "a dozen"). */
	form: 'digits' | 'words';
	role: NumberRole;
	/** Currency written with it ("US$", "$", "€", "£"), if any. */
	currency: 'USD' | 'EUR' | 'GBP' | null;
	/** Percent: "70 percent", "80%". */
	percent: boolean;
}

export const monthNames = [
	'january',
	'february',
	'march',
	'april',
	'may',
	'june',
	'july',
	'august',
	'september',
	'october',
	'november',
	'december'
] as const;

const monthAbbreviations = ['jan', 'feb', 'mar', 'apr', 'may', 'jun', 'jul', 'aug', 'sep', 'sept', 'oct', 'nov', 'dec'];

/** A month name as written in running text (capitalised, so the verb "may" is not a month). */
export function isMonthWord(word: string): boolean {
	if (!/^[A-Z]/.test(word)) return false;
	const w = word.toLowerCase().replace(/\.$/, '');
	return (monthNames as readonly string[]).includes(w) || monthAbbreviations.includes(w);
}

const units: Record<string, number> = {
	one: 1,
	two: 2,
	three: 3,
	four: 4,
	five: 5,
	six: 6,
	seven: 7,
	eight: 8,
	nine: 9,
	ten: 10,
	eleven: 11,
	twelve: 12,
	thirteen: 13,
	fourteen: 14,
	fifteen: 15,
	sixteen: 16,
	seventeen: 17,
	eighteen: 18,
	nineteen: 19
};
const tens: Record<string, number> = {
	twenty: 20,
	thirty: 30,
	forty: 40,
	fifty: 50,
	sixty: 60,
	seventy: 70,
	eighty: 80,
	ninety: 90
};
const scales: Record<string, number> = {
	hundred: 100,
	thousand: 1_000,
	million: 1_000_000,
	billion: 1_000_000_000,
	trillion: 1_000_000_000_000
};
/** Short scale suffixes, accepted only glued to the digits ("$1.5bn", "£2m", "1.5bn"). */
const shortScales: Record<string, number> = { bn: 1_000_000_000, mn: 1_000_000, m: 1_000_000, k: 1_000 };

/** The rules, in words, with an example each (tested against `findNumbers`). */
export const numberRules: { example: string; value: number; rule: string }[] = [
	{ example: '100,000', value: 100000, rule: 'Digits with thousands separators (comma or space) are read in full.' },
	{ example: '100 000', value: 100000, rule: 'A space (or thin/no-break space) between groups of three digits is a thousands separator.' },
	{ example: '2.5 billion', value: 2500000000, rule: '“thousand”, “million”, “billion” multiply the number before them.' },
	{ example: 'US$24.8 million', value: 24800000, rule: 'A currency sign (US$, $, €, £) is kept apart from the value.' },
	{ example: '$1.5bn', value: 1500000000, rule: '“bn”, “m”, “k” glued to the digits are scale words (“m” only after a currency sign).' },
	{ example: 'two', value: 2, rule: 'Numbers in words: one to nineteen, the tens, “hundred”, “thousand”, “million”.' },
	{ example: 'forty-one thousand', value: 41000, rule: 'Hyphenated tens (“forty-one”) and scale words combine.' },
	{ example: 'a dozen', value: 12, rule: '“a dozen” is 12; “a hundred”, “a thousand” are 100, 1,000.' }
];

const DASH = '[-\u2010\u2011\u2012\u2013\u2014]';
const SPACE_SEP = '[ \u00a0\u202f\u2009]';
const digitsPattern = new RegExp(
	[
		'\\d{4}-\\d{2}-\\d{2}(?!\\d)', // ISO date
		`\\d{1,3}(?:,\\d{3})+(?:\\.\\d+)?(?!\\d)`, // 100,000
		`\\d{1,3}(?:${SPACE_SEP}\\d{3})+(?![\\d,.]\\d)(?!\\d)`, // 100 000
		'\\d+(?:\\.\\d+)?' // 41000, 2.5
	].join('|'),
	'g'
);
const wordPattern = /[A-Za-z]+(?:-[A-Za-z]+)*/g;

function isNumberWord(w: string): boolean {
	return w in units || w in tens || w in scales || w === 'dozen';
}

function hyphenatedNumberWord(token: string): boolean {
	const parts = token.toLowerCase().split('-');
	if (parts.length === 1) return isNumberWord(parts[0]);
	// "forty-one", "twenty-seven": a ten and a unit.
	return parts.length === 2 && parts[0] in tens && parts[1] in units && units[parts[1]] < 10;
}

/** Value of a run of number words ("two hundred and fifty thousand"), or null. */
function wordsValue(words: string[]): number | null {
	let total = 0;
	let current = 0;
	let seen = false;
	for (const raw of words) {
		const w = raw.toLowerCase();
		if (w === 'and') continue;
		if (w === 'a') {
			current = 1;
			continue;
		}
		if (w === 'dozen') {
			current = (current || 1) * 12;
			seen = true;
			continue;
		}
		if (w.includes('-')) {
			const [t, u] = w.split('-');
			current += tens[t] + units[u];
			seen = true;
			continue;
		}
		if (w in units) current += units[w];
		else if (w in tens) current += tens[w];
		else if (w === 'hundred') current = (current || 1) * 100;
		else if (w in scales) {
			total += (current || 1) * scales[w];
			current = 0;
		} else return null;
		seen = true;
	}
	return seen ? total + current : null;
}

const measureUnits = new Set([
	'm',
	'km',
	'kilometres',
	'kilometers',
	'kilometre',
	'kilometer',
	'metres',
	'meters',
	'metre',
	'meter',
	'miles',
	'mile',
	'nm',
	'day',
	'days',
	'week',
	'weeks',
	'month',
	'months',
	'year',
	'years',
	'hour',
	'hours',
	'minute',
	'minutes',
	'second',
	'seconds',
	'decade',
	'decades',
	'page',
	'point',
	'way'
]);

interface RawMention {
	value: number;
	start: number;
	end: number;
	form: 'digits' | 'words';
	currency: NumberMention['currency'];
	isoDate: boolean;
	integerDigits: boolean; // written as plain digits without separators or decimals
}

function currencyBefore(text: string, start: number): { currency: NumberMention['currency']; length: number } {
	const before = text.slice(Math.max(0, start - 4), start);
	const m = /(US\$|USD ?|\$|€|EUR ?|£|GBP ?)$/.exec(before);
	if (!m) return { currency: null, length: 0 };
	const sign = m[1].trim();
	const currency = sign === '€' || sign === 'EUR' ? 'EUR' : sign === '£' || sign === 'GBP' ? 'GBP' : 'USD';
	return { currency, length: m[1].length };
}

function scanDigits(text: string): RawMention[] {
	const out: RawMention[] = [];
	for (const m of text.matchAll(digitsPattern)) {
		const start = m.index;
		let end = start + m[0].length;
		const literal = m[0];
		if (/^\d{4}-\d{2}-\d{2}$/.test(literal)) {
			out.push({ value: Number(literal.slice(0, 4)), start, end, form: 'digits', currency: null, isoDate: true, integerDigits: false });
			continue;
		}
		let value = Number(literal.replace(/[,\s\u00a0\u202f\u2009]/g, ''));
		const integerDigits = /^\d+$/.test(literal);
		const cur = currencyBefore(text, start);
		let mentionStart = start - cur.length;
		// Scale word: " million", " billion", " thousand" (spaced or not).
		const after = text.slice(end);
		const scale = /^[ \u00a0]?(hundred|thousand|million|billion|trillion)\b/i.exec(after);
		const short = /^(bn|mn|m|k)\b/i.exec(after);
		if (scale) {
			value *= scales[scale[1].toLowerCase()];
			end += scale[0].length;
		} else if (short && (cur.currency || short[1].toLowerCase() === 'bn' || short[1].toLowerCase() === 'mn')) {
			value *= shortScales[short[1].toLowerCase()];
			end += short[0].length;
		}
		if (mentionStart < 0) mentionStart = 0;
		out.push({ value: Math.round(value * 1e6) / 1e6, start: mentionStart, end, form: 'digits', currency: cur.currency, isoDate: false, integerDigits });
	}
	return out;
}

function scanWords(text: string, taken: (i: number) => boolean): RawMention[] {
	const out: RawMention[] = [];
	const tokens = [...text.matchAll(wordPattern)].map((m) => ({ word: m[0], start: m.index, end: m.index + m[0].length }));
	let i = 0;
	while (i < tokens.length) {
		const t = tokens[i];
		const lower = t.word.toLowerCase();
		const startsRun =
			!taken(t.start) &&
			(hyphenatedNumberWord(t.word) ||
				(lower === 'a' && i + 1 < tokens.length && /^(dozen|hundred|thousand|million|billion)$/i.test(tokens[i + 1].word)));
		// "eight-point", "two-day": the number word before the hyphen is a number (its role says what kind).
		const head = lower.split('-')[0];
		if (!taken(t.start) && lower.includes('-') && !hyphenatedNumberWord(t.word) && (head in units || head in tens)) {
			out.push({ value: units[head] ?? tens[head], start: t.start, end: t.start + head.length, form: 'words', currency: null, isoDate: false, integerDigits: false });
			i += 1;
			continue;
		}
		if (!startsRun || lower === 'hundred' || lower === 'thousand' || lower === 'million' || lower === 'billion') {
			// A bare scale word ("thousands of", "hundred") is not a number on its own.
			i += 1;
			continue;
		}
		let j = i;
		const words: string[] = [t.word];
		while (j + 1 < tokens.length) {
			const next = tokens[j + 1];
			const gap = text.slice(tokens[j].end, next.start);
			if (!/^[ \u00a0]+$/.test(gap)) break;
			const nl = next.word.toLowerCase();
			if (hyphenatedNumberWord(next.word) && (nl in scales || nl === 'dozen' || nl in units || nl in tens || nl.includes('-'))) {
				// "two thousand", "two hundred", but not "two three" (two numbers).
				const prev = tokens[j].word.toLowerCase();
				const prevIsScale = prev in scales || prev === 'and';
				if (!(nl in scales) && nl !== 'dozen' && !prevIsScale) break;
				words.push(next.word);
				j += 1;
			} else if (nl === 'and' && tokens[j].word.toLowerCase() === 'hundred' && j + 2 < tokens.length && hyphenatedNumberWord(tokens[j + 2].word)) {
				words.push(next.word);
				j += 1;
			} else break;
		}
		const value = wordsValue(words);
		if (value !== null && value > 0) {
			out.push({ value, start: t.start, end: tokens[j].end, form: 'words', currency: null, isoDate: false, integerDigits: false });
		}
		i = j + 1;
	}
	return out;
}

function wordAfter(text: string, end: number): string {
	const m = /^[ \u00a0]*([A-Za-z]+\.?(?:[A-Za-z]\.)?)/.exec(text.slice(end));
	return m ? m[1] : '';
}
function wordBefore(text: string, start: number): string {
	const m = /([A-Za-z]+\.?)[ \u00a0]*$/.exec(text.slice(Math.max(0, start - 30), start));
	return m ? m[1] : '';
}

function classify(text: string, m: RawMention): NumberRole {
	if (m.isoDate) return 'iso-date';
	const before = text.slice(Math.max(0, m.start - 12), m.start);
	const after = text.slice(m.end, m.end + 16);
	if (m.form === 'digits') {
		if (/[A-Za-z]{1,6}[-\u2010\u2011]?$/.test(before) && !/(US|USD|EUR|GBP)$/.test(before)) return 'designator';
		if (/^(st|nd|rd|th)\b/i.test(after)) return 'ordinal';
		if (/^:\d\d/.test(after) || /^ ?(a\.m\.|p\.m\.|am\b|pm\b)/i.test(after)) return 'time';
		if (/['’]$/.test(before) && /^\d\d$/.test(text.slice(m.start, m.end))) return 'time';
		if (/\d[:.]$/.test(before)) return 'time';
	}
	// A day of a month: "21 February", "February 28", "2November", "13 to 19 February", "8 and 9 February".
	if (m.integerDigits && m.value >= 1 && m.value <= 31) {
		const glued = /^([A-Z][a-z]+)/.exec(after);
		if (glued && isMonthWord(glued[1])) return 'day';
		if (isMonthWord(wordAfter(text, m.end))) return 'day';
		// "February 28, 2022", "Jul 15 '22" — but not "in April 28 BTGs" (a count after a month).
		if (isMonthWord(wordBefore(text, m.start)) && /^([,.;:)]|\s+['’]|\s*$|\s+\d{4}\b|\s+(at|in|and|to|or|when)\b|[ \u00a0]*[\u2013-])/.test(after)) return 'day';
		const range = new RegExp(`^[ \\u00a0]*(?:to|and|${DASH}|through|until)[ \\u00a0]*(\\d{1,2})[ \\u00a0]*([A-Z][a-z]+)`).exec(text.slice(m.end, m.end + 30));
		if (range && isMonthWord(range[2])) return 'day';
	}
	if (m.integerDigits && m.value >= 1900 && m.value <= 2099 && text.slice(m.start, m.end).length === 4) return 'year';
	// Measures: "50 m", "10 days", "50-minute", "170-meter".
	const unit = /^(?:[ \u00a0]|[-\u2010\u2011])([A-Za-z]+)\b/.exec(after);
	if (unit && measureUnits.has(unit[1].toLowerCase())) {
		// "two days later" but not "2 million"; "m" only as a spaced unit after digits.
		if (!(unit[1] === 'm' && m.form === 'words')) return 'measure';
	}
	return 'count';
}

/** Every number in `text`, in order, with its value, span and role. Never throws. */
export function findNumbers(text: string): NumberMention[] {
	const digits = scanDigits(text);
	const covered = (i: number) => digits.some((d) => i >= d.start && i < d.end);
	const words = scanWords(text, covered);
	const all = [...digits, ...words].sort((a, b) => a.start - b.start);
	return all.map((m) => {
		const after = text.slice(m.end, m.end + 10);
		return {
			value: m.value,
			raw: text.slice(m.start, m.end),
			start: m.start,
			end: m.end,
			form: m.form,
			role: classify(text, m),
			currency: m.currency,
			percent: /^[ \u00a0]?(%|percent\b|per cent\b)/i.test(after)
		};
	});
}

function sameValue(a: number, b: number): boolean {
	return Math.abs(a - b) <= 1e-9 * Math.max(1, Math.abs(a), Math.abs(b));
}

const notQuantities: ReadonlySet<NumberRole> = new Set(['ordinal', 'designator', 'day', 'iso-date', 'time']);

/** The mentions of `value` in `text` that can be quantities (not days, ordinals, model names, times). */
export function mentionsOf(text: string, value: number): NumberMention[] {
	return findNumbers(text).filter((m) => sameValue(m.value, value) && !notQuantities.has(m.role));
}

/** Whether `text` states `value` ("100,000", "100 000", "two", "2.5 billion", …). */
export function textHasNumber(text: string, value: number): boolean {
	return mentionsOf(text, value).length > 0;
}

/**
 * Reads a number written on its own, e.g. the `number` field of an exclusion: "100,000" → 100000,
 * "two" → 2, "$2.5 billion" → 2500000000. Null when the text is not one number.
 */
export function parseNumber(text: string): number | null {
	const trimmed = text.trim();
	const found = findNumbers(trimmed);
	if (found.length !== 1) return null;
	const [m] = found;
	const rest = (trimmed.slice(0, m.start) + trimmed.slice(m.end)).trim();
	if (rest !== '' && !/^(%|percent)$/i.test(rest)) return null;
	return m.value;
}

/** 100000 → "100,000"; 2.5 → "2.5". */
export function formatNumber(value: number): string {
	const [int, frac] = String(value).split('.');
	const grouped = int.replace(/\B(?=(\d{3})+(?!\d))/g, ',');
	return frac ? `${grouped}.${frac}` : grouped;
}

export { sameValue };
