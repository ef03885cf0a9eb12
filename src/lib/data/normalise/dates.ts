/**
 * Date phrases → intervals. The one place where "mid-January", "by December", "late March and early
 * April 2021" become [start, end]. Pure and client-safe; the About page renders `dateRules`, and the
 * tests check every rule's example against `parseDatePhrase`.
 *
 * Grammar (case-insensitive; dashes, hyphens and whitespace are normalised first):
 *   phrase := [on | in | at | during | [on] the night of] body
 *   body   := "by" point                                  → ends at the end of point, start open
 *           | "between" point "and" point                  → start of the first to end of the second
 *           | "from" point ("to" | "until" | "–") point
 *           | point [("and" | "to" | "–" | "through" | "until") point]
 *           | point
 *   point  := ISO date (2021-04-22) | ISO month (2021-04)
 *           | day month [year] | month day [year] | [the] modifier [of] month [year] | month [year] | year
 *           | day (only as the first point of a range whose second point names the month: "13 to 19 February")
 *   modifier := early | beginning of | mid | middle of | late | end of
 * Not covered on purpose (they need a date note): open-ended words such as "beginning on 17 January",
 * "since March", "until the end of March", "prior to 20 February"; relative dates ("two days later");
 * seasons ("spring 2021").
 * A point without a year takes the nearest year written in the phrase (rolling back/forward a year
 * when the months would otherwise run backwards, e.g. "December and January 2022"), else the context
 * year (the year of the record's stored date_start).
 */
import type { IsoDate } from '../types';
import { daysInMonth, isIsoDate } from '../days';

export type DateRuleId = 'iso' | 'day' | 'early' | 'mid' | 'late' | 'month' | 'year' | 'range' | 'by' | 'context-year';

export type DateParse =
	| {
			ok: true;
			/** First day of the interval; null when the phrase leaves it open ("by X"). */
			start: IsoDate | null;
			end: IsoDate;
			/** The rules applied, in order of use (ids of `dateRules`). */
			rules: DateRuleId[];
	  }
	| { ok: false; error: string };

export interface DateRule {
	id: DateRuleId;
	/** An example phrase, as a source writes it. */
	example: string;
	/** The year the example takes when its words have none. */
	year: number;
	/** The rule, in words (the About page shows it). */
	rule: string;
	/** What the example gives. */
	start: IsoDate | null;
	end: IsoDate;
}

/** The rules of the parser, each with an example the tests run through `parseDatePhrase`. */
export const dateRules: DateRule[] = [
	{ id: 'day', example: '13 April', year: 2021, rule: 'A day → that day.', start: '2021-04-13', end: '2021-04-13' },
	{ id: 'iso', example: '2021-04-22', year: 2021, rule: 'An ISO date → that day.', start: '2021-04-22', end: '2021-04-22' },
	{
		id: 'early',
		example: 'early April',
		year: 2021,
		rule: '“early <month>” or “beginning of <month>” → days 1–10.',
		start: '2021-04-01',
		end: '2021-04-10'
	},
	{
		id: 'mid',
		example: 'mid-January',
		year: 2022,
		rule: '“mid-<month>”, “mid <month>” or “middle of <month>” → days 11–20.',
		start: '2022-01-11',
		end: '2022-01-20'
	},
	{
		id: 'late',
		example: 'late November',
		year: 2021,
		rule: '“late <month>” or “end of <month>” → day 21 to the last day of the month.',
		start: '2021-11-21',
		end: '2021-11-30'
	},
	{ id: 'month', example: 'December 2021', year: 2021, rule: 'A month → the whole month.', start: '2021-12-01', end: '2021-12-31' },
	{ id: 'year', example: '2021', year: 2021, rule: 'A year → the whole year.', start: '2021-01-01', end: '2021-12-31' },
	{
		id: 'range',
		example: 'late March and early April 2021',
		year: 2021,
		rule: '“X and Y”, “X–Y”, “X to Y”, “between X and Y”, “from X to Y” → from the start of X to the end of Y.',
		start: '2021-03-21',
		end: '2021-04-10'
	},
	{
		id: 'by',
		example: 'by mid-January',
		year: 2022,
		rule: '“by X” → ends at the end of X; the start is not in the words (the record’s date note says how it was chosen).',
		start: null,
		end: '2022-01-20'
	},
	{
		id: 'context-year',
		example: '23 February',
		year: 2022,
		rule: 'Words without a year take the year of the surrounding section.',
		start: '2022-02-23',
		end: '2022-02-23'
	}
];

const months = ['january', 'february', 'march', 'april', 'may', 'june', 'july', 'august', 'september', 'october', 'november', 'december'];
const monthShort = ['jan', 'feb', 'mar', 'apr', 'may', 'jun', 'jul', 'aug', 'sep', 'oct', 'nov', 'dec'];
export const monthLabels = ['Jan', 'Feb', 'Mar', 'Apr', 'May', 'Jun', 'Jul', 'Aug', 'Sep', 'Oct', 'Nov', 'Dec'];

function monthIndex(word: string): number {
	const w = word.replace(/\.$/, '');
	const full = months.indexOf(w);
	if (full >= 0) return full + 1;
	const short = w === 'sept' ? 8 : monthShort.indexOf(w);
	return short >= 0 ? short + 1 : 0;
}


function iso(y: number, m: number, d: number): IsoDate {
	return `${String(y).padStart(4, '0')}-${String(m).padStart(2, '0')}-${String(d).padStart(2, '0')}`;
}


type Modifier = 'early' | 'mid' | 'late';

interface Point {
	year: number | null;
	month: number | null; // null: a whole year
	day: number | null; // null: a month or part of one
	modifier: Modifier | null;
	rule: DateRuleId;
}

class ParseError extends Error {}

function normalise(text: string): string {
	return text
		.normalize('NFKC')
		.toLowerCase()
		.replace(/[\u2010-\u2015\u2212]/g, '–') // all dashes → en dash
		.replace(/(\d)(st|nd|rd|th)\b/g, '$1')
		.replace(/(\d)([a-z])/g, '$1 $2') // "2november" → "2 november"
		.replace(/([a-z])(\d)/g, '$1 $2') // "april2021" → "april 2021"
		.replace(/\b(early|mid|late)\s*[-–]\s*/g, '$1 ') // "mid-january" → "mid january"
		.replace(/(\d{4})[–](\d{2})[–](\d{2})/g, '$1-$2-$3') // ISO dates keep their hyphens
		.replace(/(\d{4})[–](\d{2})\b(?!-)/g, (all, y: string, m: string) => (Number(m) >= 1 && Number(m) <= 12 ? `${y}-${m}` : all))
		.replace(/\s*–\s*/g, ' – ')
		.replace(/,/g, ' ')
		.replace(/[.;:!?]+$/, '')
		.replace(/\s+/g, ' ')
		.trim();
}

class Tokens {
	i = 0;
	constructor(readonly words: string[]) {}
	peek(offset = 0): string | undefined {
		return this.words[this.i + offset];
	}
	take(): string {
		const w = this.words[this.i];
		if (w === undefined) throw new ParseError('the phrase ends too early');
		this.i += 1;
		return w;
	}
	accept(...options: string[]): boolean {
		for (const option of options) {
			const parts = option.split(' ');
			if (parts.every((p, k) => this.words[this.i + k] === p)) {
				this.i += parts.length;
				return true;
			}
		}
		return false;
	}
	get done(): boolean {
		return this.i >= this.words.length;
	}
}

const isYear = (w: string | undefined) => w !== undefined && /^\d{4}$/.test(w) && Number(w) >= 1000;
const isDay = (w: string | undefined) => w !== undefined && /^\d{1,2}$/.test(w) && Number(w) >= 1 && Number(w) <= 31;
const isMonth = (w: string | undefined) => w !== undefined && monthIndex(w) > 0;

function parsePoint(t: Tokens, allowBareDay: boolean): Point {
	const w = t.peek();
	if (w === undefined) throw new ParseError('a date is missing');
	if (/^\d{4}-\d{2}-\d{2}$/.test(w)) {
		t.take();
		if (!isIsoDate(w)) throw new ParseError(`"${w}" is not a calendar date`);
		const [y, m, d] = w.split('-').map(Number);
		return { year: y, month: m, day: d, modifier: null, rule: 'iso' };
	}
	if (/^\d{4}-\d{2}$/.test(w)) {
		t.take();
		const [y, m] = w.split('-').map(Number);
		if (m < 1 || m > 12) throw new ParseError(`"${w}" is not a month`);
		return { year: y, month: m, day: null, modifier: null, rule: 'month' };
	}
	// modifier [of] month [year]
	t.accept('the');
	let modifier: Modifier | null = null;
	if (t.accept('early', 'beginning of', 'start of')) modifier = 'early';
	else if (t.accept('mid', 'middle of')) modifier = 'mid';
	else if (t.accept('late', 'end of')) modifier = 'late';
	if (modifier) {
		t.accept('of');
		const m = t.peek();
		if (!isMonth(m)) throw new ParseError(`"${modifier}" must be followed by a month${m ? `, not "${m}"` : ''}`);
		t.take();
		const year = isYear(t.peek()) ? Number(t.take()) : null;
		return { year, month: monthIndex(m!), day: null, modifier, rule: modifier };
	}
	const first = t.peek();
	if (isDay(first) && isMonth(t.peek(1))) {
		const day = Number(t.take());
		const month = monthIndex(t.take());
		const year = isYear(t.peek()) ? Number(t.take()) : null;
		return { year, month, day, modifier: null, rule: 'day' };
	}
	if (isMonth(first)) {
		const month = monthIndex(t.take());
		if (isDay(t.peek()) && !isYear(t.peek())) {
			const day = Number(t.take());
			const year = isYear(t.peek()) ? Number(t.take()) : null;
			return { year, month, day, modifier: null, rule: 'day' };
		}
		const year = isYear(t.peek()) ? Number(t.take()) : null;
		return { year, month, day: null, modifier: null, rule: 'month' };
	}
	if (isYear(first)) {
		return { year: Number(t.take()), month: null, day: null, modifier: null, rule: 'year' };
	}
	if (allowBareDay && isDay(first)) {
		return { year: null, month: null, day: Number(t.take()), modifier: null, rule: 'day' };
	}
	throw new ParseError(`"${first}" is not a date this parser knows`);
}

function bounds(p: Point & { year: number }): [IsoDate, IsoDate] {
	if (p.month === null) return [iso(p.year, 1, 1), iso(p.year, 12, 31)];
	const last = daysInMonth(p.year, p.month);
	if (p.day !== null) {
		if (p.day > last) throw new ParseError(`${months[p.month - 1]} ${p.year} has ${last} days, not ${p.day}`);
		return [iso(p.year, p.month, p.day), iso(p.year, p.month, p.day)];
	}
	if (p.modifier === 'early') return [iso(p.year, p.month, 1), iso(p.year, p.month, 10)];
	if (p.modifier === 'mid') return [iso(p.year, p.month, 11), iso(p.year, p.month, 20)];
	if (p.modifier === 'late') return [iso(p.year, p.month, 21), iso(p.year, p.month, last)];
	return [iso(p.year, p.month, 1), iso(p.year, p.month, last)];
}

function withYear(p: Point, year: number): Point & { year: number } {
	return { ...p, year: p.year ?? year };
}

function parseBody(t: Tokens, contextYear: number | undefined): DateParse {
	const rules: DateRuleId[] = [];
	const needYear = (): number => {
		if (contextYear === undefined || !Number.isInteger(contextYear)) throw new ParseError('the words have no year and no context year was given');
		rules.push('context-year');
		return contextYear;
	};

	if (t.accept('by')) {
		const p = parsePoint(t, false);
		if (!t.done) throw new ParseError(`unexpected "${t.peek()}" after the date`);
		const [, end] = bounds(withYear(p, p.year ?? needYear()));
		return { ok: true, start: null, end, rules: ['by', p.rule, ...rules] };
	}

	let ranged = false;
	let first: Point;
	let second: Point | null = null;
	if (t.accept('between')) {
		first = parsePoint(t, true);
		if (!t.accept('and', '–')) throw new ParseError('"between X" must be followed by "and Y"');
		second = parsePoint(t, false);
		ranged = true;
	} else if (t.accept('from')) {
		first = parsePoint(t, true);
		if (!t.accept('to', 'until', 'till', 'through', '–')) throw new ParseError('"from X" must be followed by "to Y"');
		second = parsePoint(t, false);
		ranged = true;
	} else {
		first = parsePoint(t, true);
		if (t.accept('and', 'to', '–', 'through', 'until', 'till')) {
			second = parsePoint(t, false);
			ranged = true;
		}
	}
	if (!t.done) throw new ParseError(`unexpected "${t.peek()}" after the date`);

	if (!second) {
		if (first.month === null && first.day !== null) throw new ParseError('a day needs a month');
		const p = withYear(first, first.year ?? needYear());
		const [start, end] = bounds(p);
		return { ok: true, start, end, rules: [first.rule, ...rules] };
	}

	// A bare first day takes the month (and year) of the second point: "13 to 19 February 2022".
	if (first.month === null && first.day !== null) {
		if (second.month === null || second.day === null) throw new ParseError('a day range needs a day and month at its end');
		first = { ...first, month: second.month, year: second.year };
	}
	let a: Point & { year: number };
	let b: Point & { year: number };
	if (first.year !== null && second.year !== null) {
		a = withYear(first, first.year);
		b = withYear(second, second.year);
	} else if (second.year !== null) {
		b = withYear(second, second.year);
		a = withYear(first, second.year);
		if (bounds(a)[0] > bounds(b)[0]) a = withYear(first, second.year - 1);
	} else if (first.year !== null) {
		a = withYear(first, first.year);
		b = withYear(second, first.year);
		if (bounds(b)[0] < bounds(a)[0]) b = withYear(second, first.year + 1);
	} else {
		const y = needYear();
		a = withYear(first, y);
		b = withYear(second, y);
		if (bounds(b)[0] < bounds(a)[0]) b = withYear(second, y + 1);
	}
	const start = bounds(a)[0];
	const end = bounds(b)[1];
	if (start > end) throw new ParseError(`the range runs backwards (${start} is after ${end})`);
	return { ok: true, start, end, rules: ranged ? ['range', first.rule, second.rule, ...rules] : [first.rule, ...rules] };
}

/**
 * Parses a date phrase. `contextYear` is used when the words have no year. Never throws: returns
 * `{ ok: false, error }` for anything outside the rules (then a record needs a date note).
 */
export function parseDatePhrase(text: string, contextYear?: number): DateParse {
	try {
		if (typeof text !== 'string') return { ok: false, error: 'not text' };
		const norm = normalise(text);
		if (norm === '') return { ok: false, error: 'empty date phrase' };
		const t = new Tokens(norm.split(' '));
		t.accept('on the night of', 'the night of', 'on', 'in', 'at', 'during');
		const result = parseBody(t, contextYear);
		return result;
	} catch (error) {
		if (error instanceof ParseError) return { ok: false, error: error.message };
		return { ok: false, error: `cannot read the date phrase (${(error as Error).message})` };
	}
}

function dayMonth(d: IsoDate): { y: number; m: number; d: number } {
	const [y, m, day] = d.split('-').map(Number);
	return { y, m, d: day };
}

/** "2022-01-11", "2022-01-20" → "11–20 Jan 2022"; one day → "13 Apr 2021"; across years → "1 Oct 2021 – 28 Feb 2022". */
export function formatInterval(start: IsoDate, end: IsoDate): string {
	const a = dayMonth(start);
	const b = dayMonth(end);
	const label = (p: { m: number }) => monthLabels[p.m - 1] ?? '?';
	if (start === end) return `${a.d} ${label(a)} ${a.y}`;
	if (a.y === b.y && a.m === b.m) return `${a.d}–${b.d} ${label(a)} ${a.y}`;
	if (a.y === b.y) return `${a.d} ${label(a)} – ${b.d} ${label(b)} ${a.y}`;
	return `${a.d} ${label(a)} ${a.y} – ${b.d} ${label(b)} ${b.y}`;
}

/** The normalisation of a date, in words: "“mid-January” → 11–20 Jan 2022". */
export function describeDate(dateText: string, start: IsoDate, end: IsoDate, parsed: DateParse, hasNote: boolean): string {
	const interval = formatInterval(start, end);
	if (!parsed.ok) return `“${dateText}” → ${interval}${hasNote ? ' (chosen as the date note says)' : ''}`;
	if (parsed.start === null) return `“${dateText}” → ${interval} (ends as the words say; start from the date note)`;
	return `“${dateText}” → ${interval}`;
}
