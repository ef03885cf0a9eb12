/**
 * The year of a date whose words give none ("3 March", "mid-January") comes from the section of the
 * source the excerpt is in (data/README.md): a year outside the years of that section's heading is
 * a typo.
 */
import { at, type Rule } from './context';
import { datedRecords } from './dates';

const hasYear = /(?<!\d)\d{4}(?!\d)/;

export const sectionYears: Rule = (ctx) => {
	for (const { l, date_text, date_start } of datedRecords(ctx)) {
		if (hasYear.test(date_text)) continue;
		const found = ctx.spans.get(l);
		if (!found?.text || found.spans.length === 0) continue;
		const section = found.text.datedSectionAt(found.spans[0].start);
		if (!section) continue;
		const year = Number(date_start.slice(0, 4));
		if (year >= section.from && year <= section.to) continue;
		const years = section.to === Infinity ? `${section.from} onwards` : section.from === section.to ? `${section.from}` : `${section.from}–${section.to}`;
		ctx.errors.push(
			l.file.error(
				at(l, 'date_start'),
				`year ${year} disagrees with the section the excerpt is in, "${section.title}" (${found.text.file} line ${section.line}: ${years}); date_text ${JSON.stringify(date_text)} has no year of its own`
			)
		);
	}
};
