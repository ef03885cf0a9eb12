/**
 * Date phrases of a sentence → intervals, for the extractor. Build-time only.
 *
 * Three layers, in this order (a later one only looks where an earlier one found nothing):
 * 1. Calendar words ("13 April", "mid-January", "by early May", "late March and early April 2021",
 *    "as of March 30", "in April last year", "2021") go through `parseDatePhrase`, so the rules of
 *    data/README.md (early = 1–10, mid = 11–20, late = 21–end, "by X" ends at the end of X…) apply.
 *    A month without a year takes the year of the surrounding section (a dated heading), else the
 *    year that puts it nearest before the document's date (up to two months after it).
 * 2. Relative words the README does not cover, from the document's date: "this month", "last month",
 *    "this week", "last week" (Monday–Sunday), "this year", "last year", "earlier this month".
 * 3. chrono-node (`en.GB`) for the rest: weekdays ("on Tuesday" → the latest Tuesday on or before the
 *    document's date), "yesterday", "two days ago", numeric dates ("26/1"), "Feb. 8".
 * Every phrase found is also returned when it cannot be resolved (no document date), so that the
 * numbers inside it ("26" of "26/1") are never read as counts.
 */
import * as chrono from 'chrono-node';
import { parseDatePhrase } from '../data/normalise/dates';
import { addDays, daysInMonth, dayNumber, isIsoDate } from '../data/days';
import type { IsoDate } from '../data/types';

export interface DatedSpan {
	/** Offsets in the sentence. */
	start: number;
	end: number;
	/** The words as written. */
	text: string;
	/** The interval, or null when the words cannot be resolved (e.g. "on Tuesday" with no document date). */
	date_start: IsoDate | null;
	date_end: IsoDate | null;
	/** How the interval was chosen when the README's rules alone do not say (a date note). */
	note: string | null;
	/** Words such as "since" that open the interval towards the document's date. */
	open: 'since' | 'by' | null;
	/** "ten days later", "the next day": days after the date of the sentence before (resolved by the caller). */
	after?: number;
}

export interface Period {
	start: IsoDate;
	end: IsoDate;
	/** The words of the heading, e.g. "January 2022". */
	label: string;
}

export interface DateContext {
	/** The document's own date (YYYY-MM-DD), when known. */
	documentDate?: IsoDate;
	/** The period of the dated section the sentence is in, if any. */
	section?: Period | null;
}

const MONTH = '(?:January|February|March|April|May|June|July|August|September|October|November|December|Jan|Feb|Mar|Apr|Jun|Jul|Aug|Sept|Sep|Oct|Nov|Dec)\\.?';
const ORD = '(?:st|nd|rd|th)?';
const MOD = `(?:(?:early|mid|late)\\s*[-–]?\\s*|(?:the\\s+)?(?:beginning|start|middle|end)\\s+of\\s+)?`;
const YEAR = '(?:19|20)\\d{2}';
const POINT = [
	`${MOD}(?:\\d{1,2}${ORD}\\s+(?:of\\s+)?)?${MONTH}(?:\\s+\\d{1,2}${ORD}(?![\\d,]\\d))?(?:,?\\s*${YEAR}(?!\\d))?`,
	'\\d{4}-\\d{2}-\\d{2}',
	`(?<![\\d,.$£€-])${YEAR}(?!\\d|,\\d|\\.\\d)`
].join('|');
const JOIN = '\\s*(?:and|to|–|—|-|through|until|till)\\s*';
const LEAD = '(?:(?:[Bb]y|[Bb]etween|[Ff]rom|[Ss]ince|[Uu]ntil|[Tt]ill|[Aa]s\\s+of|[Ii]n|[Oo]n|[Dd]uring|[Bb]efore|[Aa]fter)\\s+)?(?:[Tt]he\\s+)?';
const calendarPattern = new RegExp(
	`(?<![\\w-])${LEAD}(?:\\d{1,2}${ORD}${JOIN}(?=\\d{1,2}${ORD}\\s+${MONTH}))?(?:${POINT})(?:${JOIN}(?:${POINT}))?(?:\\s+(?:last|this|next)\\s+year)?(?![\\w])`,
	'g'
);

const relativePattern =
	/\b(?:(earlier|later)\s+)?(this|last|next|the\s+previous|the\s+past)\s+(week|month|year)\b|\bin\s+recent\s+(days|weeks)\b|\b(?:by\s+)?the\s+end\s+of\s+(?:the|this)\s+(month|week|year)\b/gi;

function iso(y: number, m: number, d: number): IsoDate {
	return `${String(y).padStart(4, '0')}-${String(m).padStart(2, '0')}-${String(d).padStart(2, '0')}`;
}

function parts(date: IsoDate): { y: number; m: number; d: number } {
	const [y, m, d] = date.split('-').map(Number);
	return { y, m, d };
}

const monthIndex = (word: string): number => {
	const w = word.toLowerCase().replace(/\.$/, '').slice(0, 3);
	return ['jan', 'feb', 'mar', 'apr', 'may', 'jun', 'jul', 'aug', 'sep', 'oct', 'nov', 'dec'].indexOf(w) + 1;
};

/** The year a month without one takes: the section's, else the nearest before the document's date. */
export function yearForMonth(month: number, context: DateContext): number | null {
	const section = context.section;
	if (section) {
		const a = parts(section.start);
		const b = parts(section.end);
		for (let y = a.y; y <= b.y; y++) {
			const first = iso(y, month, 1);
			const last = iso(y, month, daysInMonth(y, month));
			if (last >= section.start && first <= section.end) return y;
		}
		if (a.y === b.y) return a.y;
	}
	if (context.documentDate) {
		const doc = parts(context.documentDate);
		// Months up to two after the document's month read as this year; later ones as last year.
		const ahead = (month - doc.m + 12) % 12;
		if (month === doc.m || (month > doc.m && ahead <= 2)) return doc.y;
		if (month < doc.m) return doc.y;
		return ahead <= 2 ? doc.y + 1 : doc.y - 1;
	}
	return null;
}

function cleanPhrase(s: string): string {
	return s.replace(/\s+/g, ' ').trim();
}

function resolveCalendar(raw: string, context: DateContext): Omit<DatedSpan, 'start' | 'end' | 'text'> | null {
	let phrase = cleanPhrase(raw);
	let shiftYear = 0;
	const tail = /\s+(last|this|next)\s+year$/i.exec(phrase);
	if (tail) {
		phrase = phrase.slice(0, tail.index);
		shiftYear = tail[1].toLowerCase() === 'last' ? -1 : tail[1].toLowerCase() === 'next' ? 1 : 0;
	}
	let open: DatedSpan['open'] = null;
	const lead = /^(since|as of|until|till|before|after)\s+/i.exec(phrase);
	if (lead) {
		phrase = phrase.slice(lead[0].length);
		const w = lead[1].toLowerCase();
		if (w === 'since' || w === 'after') open = 'since';
		else if (w === 'until' || w === 'till' || w === 'before') open = 'by';
	}
	const firstMonth = new RegExp(MONTH).exec(phrase);
	let contextYear: number | undefined;
	let note: string | null = null;
	if (!/\b(?:19|20)\d{2}\b/.test(phrase) && firstMonth) {
		// "April last year": the year before the document's (or the section's), whatever the month.
		const base = shiftYear !== 0 ? (context.documentDate ? parts(context.documentDate).y : context.section ? parts(context.section.end).y : null) : yearForMonth(monthIndex(firstMonth[0]), context);
		if (base === null) return null;
		contextYear = base + shiftYear;
		if (shiftYear !== 0) note = `"${tail![0].trim()}": the year before the document's (${context.documentDate ?? 'undated'})`;
		else if (context.section) note = `year from the section "${context.section.label}"`;
		else note = `year from the document's date (${context.documentDate})`;
	}
	const parsed = parseDatePhrase(phrase, contextYear);
	if (!parsed.ok) return null;
	let start = parsed.start;
	const end = parsed.end;
	if (start === null || open === 'by') {
		// "by X": ends at the end of X; starts at the section's start, else the month of X's start.
		const from = context.section?.start ?? iso(parts(end).y, parts(end).m, 1);
		const anchor = start ?? end;
		start = from < anchor ? from : iso(parts(anchor).y, parts(anchor).m, 1);
		note = [note, `"by": from ${context.section ? `the start of the section "${context.section.label}"` : 'the first of the month'} to the end of the words`].filter(Boolean).join('; ');
		open = 'by';
	}
	if (open === 'since') {
		const until = context.documentDate ?? context.section?.end;
		if (!until || until < start) return null;
		note = [note, `"since": from the words to ${context.documentDate ? "the document's date" : 'the end of the section'}`].filter(Boolean).join('; ');
		return { date_start: start, date_end: until, note, open };
	}
	return { date_start: start, date_end: end, note, open };
}

function weekOf(date: IsoDate): { monday: IsoDate } {
	const weekday = (new Date(date + 'T00:00:00Z').getUTCDay() + 6) % 7; // Monday = 0
	return { monday: addDays(date, -weekday) };
}

function resolveRelative(m: RegExpExecArray, doc: IsoDate | undefined): Omit<DatedSpan, 'start' | 'end' | 'text'> {
	const none = { date_start: null, date_end: null, note: null, open: null };
	if (!doc) return none;
	const { y, m: month } = parts(doc);
	const text = m[0].toLowerCase();
	const endOf = m[5]?.toLowerCase();
	if (endOf) {
		const end = endOf === 'month' ? iso(y, month, daysInMonth(y, month)) : endOf === 'year' ? iso(y, 12, 31) : addDays(weekOf(doc).monday, 6);
		const start = endOf === 'month' ? iso(y, month, Math.min(21, daysInMonth(y, month))) : endOf === 'year' ? iso(y, 12, 21) : addDays(weekOf(doc).monday, 4);
		const by = text.startsWith('by');
		return { date_start: by ? doc : start, date_end: end, note: by ? `"${m[0]}": from the document's date to the end of its ${endOf}` : `"${m[0]}" = late in the document's ${endOf}`, open: by ? 'by' : null };
	}
	if (m[4]) {
		const days = m[4].toLowerCase() === 'days' ? 7 : 28;
		return { date_start: addDays(doc, -days), date_end: doc, note: `"${m[0]}": the ${days} days up to the document's date`, open: null };
	}
	const which = m[2].toLowerCase().replace(/\s+/g, ' ');
	const unit = m[3].toLowerCase();
	const earlier = m[1]?.toLowerCase() === 'earlier';
	const back = which === 'last' || which === 'the previous' || which === 'the past' ? 1 : which === 'next' ? -1 : 0;
	if (which === 'the past') {
		const days = unit === 'week' ? 7 : unit === 'month' ? 30 : 365;
		return { date_start: addDays(doc, -days), date_end: doc, note: `"${m[0]}": the ${days} days up to the document's date`, open: null };
	}
	if (unit === 'week') {
		const monday = addDays(weekOf(doc).monday, -7 * back);
		const end = back === 0 ? doc : addDays(monday, 6);
		return { date_start: monday, date_end: end, note: `"${m[0]}": ${back === 0 ? "Monday of the document's week to its date" : 'Monday to Sunday of that week'}`, open: null };
	}
	if (unit === 'month') {
		const mm = ((month - 1 - back + 12) % 12) + 1;
		const yy = y + Math.floor((month - 1 - back) / 12);
		const end = earlier && back === 0 ? doc : iso(yy, mm, daysInMonth(yy, mm));
		return { date_start: iso(yy, mm, 1), date_end: end, note: `"${m[0]}": ${back === 1 ? 'the month before the document\'s' : "the document's month"}${earlier ? ', up to its date' : ''}`, open: null };
	}
	const yy = y - back;
	return { date_start: iso(yy, 1, 1), date_end: earlier && back === 0 ? doc : iso(yy, 12, 31), note: `"${m[0]}": ${back === 1 ? "the year before the document's" : "the document's year"}`, open: null };
}

function overlaps(a: { start: number; end: number }, list: { start: number; end: number }[]): boolean {
	return list.some((b) => a.start < b.end && b.start < a.end);
}

function toIso(d: Date): IsoDate {
	return d.toISOString().slice(0, 10);
}

/** Every date phrase of `sentence`, resolved against the context where it can be. */
export function findDates(sentence: string, context: DateContext = {}): DatedSpan[] {
	const out: DatedSpan[] = [];
	for (const m of sentence.matchAll(calendarPattern)) {
		let text = m[0];
		let start = m.index;
		// A bare year after a currency or before a force noun is not a date ("2000 troops" is handled by the caller).
		const lead = /^(?:(?:in|on|during)\s+)+/i.exec(text);
		if (lead) {
			start += lead[0].length;
			text = text.slice(lead[0].length);
		}
		const resolved = resolveCalendar(text, context);
		out.push({ start, end: start + text.length, text, date_start: resolved?.date_start ?? null, date_end: resolved?.date_end ?? null, note: resolved?.note ?? null, open: resolved?.open ?? null });
	}
	for (const m of sentence.matchAll(relativePattern)) {
		const span = { start: m.index, end: m.index + m[0].length };
		if (overlaps(span, out)) continue;
		out.push({ ...span, text: m[0], ...resolveRelative(m, context.documentDate) });
	}
	for (const m of sentence.matchAll(/\b(?:(\d+|a|an|one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|fourteen|fifteen|twenty|thirty)\s+(days?|weeks?)\s+later|(?:the\s+)?(next|following)\s+(day|week))\b/gi)) {
		const span = { start: m.index, end: m.index + m[0].length };
		if (overlaps(span, out)) continue;
		const words: Record<string, number> = { a: 1, an: 1, one: 1, two: 2, three: 3, four: 4, five: 5, six: 6, seven: 7, eight: 8, nine: 9, ten: 10, eleven: 11, twelve: 12, fourteen: 14, fifteen: 15, twenty: 20, thirty: 30 };
		const n = m[1] ? (Number(m[1]) || words[m[1].toLowerCase()]) : 1;
		const unit = (m[2] ?? m[4]).toLowerCase().startsWith('week') ? 7 : 1;
		out.push({ ...span, text: m[0], date_start: null, date_end: null, note: null, open: null, after: n * unit });
	}
	const ref = context.documentDate && isIsoDate(context.documentDate) ? new Date(context.documentDate + 'T12:00:00Z') : new Date(Date.UTC(2022, 0, 1, 12));
	for (const r of chrono.en.GB.parse(sentence, { instant: ref, timezone: 0 }, { forwardDate: false })) {
		const written = r.text.replace(/^(?:on|in)\s+/i, '').replace(/[\s,.;:]+$/, '');
		const span = { start: r.index + r.text.indexOf(written), end: r.index + r.text.indexOf(written) + written.length };
		if (overlaps(span, out)) continue;
		const known: Record<string, number | undefined> = {};
		for (const c of ['year', 'month', 'day', 'weekday'] as const) if (r.start.isCertain(c)) known[c] = r.start.get(c) ?? undefined;
		const isDate = known.weekday !== undefined || known.day !== undefined || r.tags().has('result/relativeDate');
		if (!isDate) continue;
		// "at 12" or "3" alone are not dates; chrono's time-only readings are left out.
		if (known.day === undefined && known.weekday === undefined && known.month === undefined && !r.tags().has('result/relativeDate')) continue;
		let date_start: IsoDate | null = null;
		let note: string | null = null;
		if (context.documentDate) {
			let d = toIso(r.start.date());
			// A weekday later than the document's date in the same week means the week before.
			if (known.weekday !== undefined && known.day === undefined && d > context.documentDate) d = addDays(d, -7);
			if (known.year === undefined && known.month !== undefined && known.day !== undefined) {
				const y = yearForMonth(known.month, context) ?? Number(d.slice(0, 4));
				d = iso(y, known.month, Math.min(known.day, daysInMonth(y, known.month)));
			}
			date_start = d;
			if (known.weekday !== undefined || r.tags().has('result/relativeDate')) note = `"${written}": counted from the document's date (${context.documentDate})`;
		}
		out.push({ ...span, text: written, date_start, date_end: date_start, note, open: null });
	}
	return out.sort((a, b) => a.start - b.start);
}

/** The section periods of a document: headings ("==January 2022==", "## March–April 2021") that parse as dates. */
export function sectionPeriods(text: string): { start: number; period: Period | null }[] {
	const out: { start: number; period: Period | null; level: number }[] = [];
	for (const m of text.matchAll(/^(=+|#+)\s*(.+?)\s*=*\s*$/gm)) {
		const level = m[1].length;
		const heading = m[2];
		let period: Period | null = null;
		// The date words: the whole heading, or the part in brackets ("Initial tensions (March–April 2021)").
		const candidates = [heading, /\(([^)]*)\)/.exec(heading)?.[1] ?? ''].filter(Boolean);
		for (const words of candidates) {
			// "February 2022present", "2014–present": the period starts there; its words give the year.
			const spaced = words.replace(/\s*[–—-]?\s*(?:present|onwards?|today)\s*$/i, '').replace(/([A-Za-z])(\d{4})/g, '$1 $2');
			const parsed = parseDatePhrase(spaced);
			if (parsed.ok && parsed.start) {
				period = { start: parsed.start, end: parsed.end, label: spaced };
				break;
			}
		}
		// A sub-heading without dates keeps the period of the heading above it.
		if (!period) {
			for (let i = out.length - 1; i >= 0; i--) {
				if (out[i].level < level) {
					period = out[i].period;
					break;
				}
			}
		}
		out.push({ start: m.index, period, level });
	}
	return out.map(({ start, period }) => ({ start, period }));
}

/** The period of the section around `offset`, if dated. */
export function sectionAt(sections: { start: number; period: Period | null }[], offset: number): Period | null {
	let found: Period | null = null;
	for (const s of sections) {
		if (s.start > offset) break;
		found = s.period;
	}
	return found;
}

/** Whole days between two dates, for choosing the date phrase nearest a number. */
export function intervalDays(a: IsoDate, b: IsoDate): number {
	return dayNumber(b) - dayNumber(a);
}
