/** Dates: the stored interval agrees with the date words, read by the rules of data/README.md. */
import { parseDatePhrase } from '../../data/normalise/dates';
import type { Located } from '../load';
import { at, type Rule } from './context';

interface Dated {
	date_text?: string;
	date_start?: string;
	date_end?: string;
	date_note?: string | null;
	out_of_period?: string | null;
}

export const datedKinds = ['figures', 'units', 'events'] as const;

/** The dated records whose three date fields are well formed. */
export function* datedRecords(ctx: Parameters<Rule>[0]) {
	for (const kind of datedKinds) {
		for (const l of ctx.records[kind] as Located<Dated>[]) {
			const { date_text, date_start, date_end } = l.rec;
			if (date_text !== undefined && date_start !== undefined && date_end !== undefined) yield { l, kind, date_text, date_start, date_end };
		}
	}
}

export const datesAgree: Rule = (ctx) => {
	for (const { l, date_text, date_start, date_end } of datedRecords(ctx)) {
		const error = (field: string, message: string) => ctx.errors.push(l.file.error(at(l, field), message));
		if (date_start > date_end) error('date_start', `date_start ${date_start} is after date_end ${date_end}`);
		const parse = parseDatePhrase(date_text, Number(date_start.slice(0, 4)));
		ctx.dates.set(l, parse);
		const hasNote = Boolean(l.rec.date_note);
		if (!parse.ok) {
			if (!hasNote) {
				error('date_text', `cannot read ${JSON.stringify(date_text)} by the date rules (${parse.error}); give a date_note saying how ${date_start} – ${date_end} was chosen`);
			}
			continue;
		}
		const means = `${parse.start ?? '…'} – ${parse.end}`;
		if (parse.start !== null && parse.start !== date_start) error('date_start', `${date_start} disagrees with date_text ${JSON.stringify(date_text)}, which means ${means}`);
		if (parse.end !== date_end) error('date_end', `${date_end} disagrees with date_text ${JSON.stringify(date_text)}, which means ${means}`);
		if (parse.start === null && !hasNote) {
			error('date_text', `${JSON.stringify(date_text)} says when the interval ends, not when it starts: give a date_note saying how date_start ${date_start} was chosen`);
		}
	}
};
