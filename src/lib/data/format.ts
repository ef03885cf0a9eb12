/**
 * How figures, qualifiers and date intervals are written on screen. Pure and client-safe; every
 * page uses these so that a number reads the same everywhere ("over 100,000", "11–20 Jan 2022").
 */
import type { Figure, Qualifier, IsoDate } from './types';
import { daysBetween } from './days';

// Numbers are written by hand, not with Intl.NumberFormat: the first Intl format of a page costs
// 100 ms or more on a phone (its locale data), inside the task that draws a chart. The unit tests
// check these functions against Intl.NumberFormat('en-GB', …), whose output they reproduce.

/** |n| as decimal digits (its shortest round-trip form), or null when JavaScript writes it with an exponent. */
function decimalDigits(n: number): { whole: string; fraction: string } | null {
	const match = /^(\d+)(?:\.(\d+))?$/.exec(String(Math.abs(n)));
	return match ? { whole: match[1], fraction: match[2] ?? '' } : null;
}

/** Decimal digits rounded to at most one decimal, half away from zero: ("2", "45") → "2.5", ("7", "96") → "8". */
function toTenths({ whole, fraction }: { whole: string; fraction: string }): string {
	const tenths = BigInt(whole + (fraction[0] ?? '0')) + ((fraction[1] ?? '0') >= '5' ? 1n : 0n);
	const digits = tenths.toString().padStart(2, '0');
	const [int, tenth] = [digits.slice(0, -1), digits.slice(-1)];
	return tenth === '0' ? int : `${int}.${tenth}`;
}

const groupThousands = (text: string): string => text.replace(/^\d+/, (int) => int.replace(/\B(?=(\d{3})+$)/g, ','));
const minus = (n: number): string => (n < 0 || Object.is(n, -0) ? '-' : '');

let numberFormat: Intl.NumberFormat | undefined;

/** 127000 → "127,000", 24.75 → "24.8": at most one decimal, thousands grouped (as en-GB writes them). */
export function formatNumber(n: number): string {
	const digits = decimalDigits(n);
	if (!digits) {
		// NaN, ±Infinity, or beyond 1e21 / below 1e-6: not a figure of this dataset, written exactly all the same.
		numberFormat ??= new Intl.NumberFormat('en-GB', { maximumFractionDigits: 1 });
		return numberFormat.format(n);
	}
	return minus(n) + groupThousands(toTenths(digits));
}

const compactUnits = [
	{ exponent: 12, suffix: 'tn' },
	{ exponent: 9, suffix: 'bn' },
	{ exponent: 6, suffix: 'm' },
	{ exponent: 3, suffix: 'k' },
	{ exponent: 0, suffix: '' }
];

let compactFormat: Intl.NumberFormat | undefined;

/** 150000 → "150k", 1250000 → "1.3m", 2.5e9 → "2.5bn" (en-GB's short compact form, at most one decimal). */
export function formatCompact(n: number): string {
	const digits = decimalDigits(n);
	if (!digits) {
		compactFormat ??= new Intl.NumberFormat('en-GB', { notation: 'compact', maximumFractionDigits: 1 });
		return compactFormat.format(n);
	}
	const magnitude = digits.whole.replace(/^0+/, '').length - 1;
	// The largest unit the number reaches; one unit up when rounding makes it 1000 of this one (999,950 → "1m").
	let u = compactUnits.findIndex((unit) => magnitude >= unit.exponent);
	if (u < 0) u = compactUnits.length - 1;
	for (;;) {
		const { exponent, suffix } = compactUnits[u];
		const whole = digits.whole.padStart(exponent + 1, '0');
		const shifted = { whole: whole.slice(0, whole.length - exponent), fraction: whole.slice(whole.length - exponent) + digits.fraction };
		const text = toTenths(shifted);
		if (u > 0 && text === '1000') {
			u--;
			continue;
		}
		// Compact numbers are grouped from five digits on ("1000tn", "10,000tn").
		return minus(n) + (/^\d{5}/.test(text) ? groupThousands(text) : text) + suffix;
	}
}

const qualifierWords: Record<Qualifier, string> = {
	exact: '',
	about: 'about',
	over: 'over',
	at_least: 'at least',
	up_to: 'up to',
	nearly: 'nearly',
	fewer_than: 'fewer than',
	range: ''
};

/** A money metric's currency sign, or '' for counts. */
function currencyOf(metric: string): string {
	if (metric === 'aid_usd') return '$';
	if (metric === 'aid_eur') return '€';
	if (metric === 'aid_gbp') return '£';
	return '';
}

/** Large money amounts read better in millions/billions: 2500000000 → "2.5 billion". */
function formatAmount(n: number, metric: string): string {
	const sign = currencyOf(metric);
	if (!sign) return formatNumber(n);
	if (n >= 1e9) return `${sign}${formatNumber(n / 1e9)} billion`;
	if (n >= 1e6) return `${sign}${formatNumber(n / 1e6)} million`;
	return `${sign}${formatNumber(n)}`;
}

/** The figure's number with its qualifier, as a reader would say it: "over 100,000", "175,000–190,000". */
export function formatFigureValue(figure: Pick<Figure, 'value' | 'low' | 'high' | 'qualifier' | 'metric'>): string {
	if (figure.qualifier === 'range' || figure.value === null) {
		const low = figure.low === null ? '?' : formatAmount(figure.low, figure.metric);
		const high = figure.high === null ? '?' : formatAmount(figure.high, figure.metric);
		return `${low}–${high}`;
	}
	const words = qualifierWords[figure.qualifier];
	const amount = formatAmount(figure.value, figure.metric);
	return words ? `${words} ${amount}` : amount;
}

const metricLabels: Record<string, [singular: string, plural: string]> = {
	troops: ['troop', 'troops'],
	btgs: ['battalion tactical group', 'battalion tactical groups'],
	battalions: ['battalion', 'battalions'],
	tanks: ['tank', 'tanks'],
	armoured_vehicles: ['armoured vehicle', 'armoured vehicles'],
	artillery: ['artillery piece', 'artillery pieces'],
	missile_systems: ['missile system', 'missile systems'],
	ships: ['ship', 'ships'],
	landing_ships: ['landing ship', 'landing ships'],
	submarines: ['submarine', 'submarines'],
	aircraft: ['aircraft', 'aircraft'],
	helicopters: ['helicopter', 'helicopters'],
	aid_usd: ['US dollars of aid', 'US dollars of aid'],
	aid_eur: ['euros of aid', 'euros of aid'],
	aid_gbp: ['pounds of aid', 'pounds of aid'],
	weapons: ['weapon', 'weapons'],
	ammunition_tonnes: ['tonne of ammunition', 'tonnes of ammunition'],
	casualties: ['casualty', 'casualties'],
	trainers: ['trainer', 'trainers'],
	reservists: ['reservist', 'reservists'],
	paramilitary: ['paramilitary', 'paramilitaries'],
	exercise_troops: ['troop in an exercise', 'troops in exercises'],
	personnel: ['person', 'personnel']
};

/** "troops", "battalion tactical groups", … (a metric id not in the list reads as itself). */
export function metricLabel(metric: string, count = 2): string {
	const label = metricLabels[metric];
	if (!label) return metric.replaceAll('_', ' ');
	return count === 1 ? label[0] : label[1];
}

const monthShort = ['Jan', 'Feb', 'Mar', 'Apr', 'May', 'Jun', 'Jul', 'Aug', 'Sep', 'Oct', 'Nov', 'Dec'];

function parts(date: IsoDate): [number, number, number] {
	const [y, m, d] = date.split('-').map(Number);
	return [y, m, d];
}

/** "13 Apr 2021". */
export function formatDate(date: IsoDate): string {
	const [y, m, d] = parts(date);
	return `${d} ${monthShort[m - 1]} ${y}`;
}

function lastDayOfMonth(y: number, m: number): number {
	return new Date(Date.UTC(y, m, 0)).getUTCDate();
}

/** An interval as briefly as it can be said: "13 Apr 2021", "11–20 Jan 2022", "Apr 2021", "Nov 2021 – Jan 2022". */
export function formatInterval(start: IsoDate, end: IsoDate): string {
	if (start === end) return formatDate(start);
	const [y1, m1, d1] = parts(start);
	const [y2, m2, d2] = parts(end);
	const wholeMonths = d1 === 1 && d2 === lastDayOfMonth(y2, m2);
	if (wholeMonths) {
		if (y1 === y2 && m1 === m2) return `${monthShort[m1 - 1]} ${y1}`;
		if (y1 === y2 && m1 === 1 && m2 === 12) return String(y1);
		if (y1 === y2) return `${monthShort[m1 - 1]}–${monthShort[m2 - 1]} ${y1}`;
		return `${monthShort[m1 - 1]} ${y1} – ${monthShort[m2 - 1]} ${y2}`;
	}
	if (y1 === y2 && m1 === m2) return `${d1}–${d2} ${monthShort[m1 - 1]} ${y1}`;
	if (y1 === y2) return `${d1} ${monthShort[m1 - 1]} – ${d2} ${monthShort[m2 - 1]} ${y1}`;
	return `${formatDate(start)} – ${formatDate(end)}`;
}


/** How old a report is at a date, in words: "same day", "1 day old", "23 days old". */
export function formatAge(reportStart: IsoDate, at: IsoDate): string {
	const days = daysBetween(reportStart, at);
	if (days <= 0) return 'same day';
	return days === 1 ? '1 day old' : `${days} days old`;
}
