/** Dates inside the dataset's period (data/period.yaml), unless the record says why not. */
import { at, type Rule } from './context';
import { datedRecords } from './dates';

export const datesInPeriod: Rule = (ctx) => {
	if (!ctx.period) return;
	const { start, end } = ctx.period.period;
	const period = `${start} – ${end} (${ctx.period.file.file})`;
	for (const { l, date_start, date_end } of datedRecords(ctx)) {
		const outside = (['date_start', 'date_end'] as const).filter((field) => {
			const date = field === 'date_start' ? date_start : date_end;
			return date < start || date > end;
		});
		if (outside.length > 0 && !l.rec.out_of_period) {
			for (const field of outside) {
				const date = field === 'date_start' ? date_start : date_end;
				ctx.errors.push(l.file.error(at(l, field), `${date} is outside the dataset's period ${period}: correct the date, or give out_of_period: saying why the record belongs in the dataset`));
			}
		} else if (outside.length === 0 && l.rec.out_of_period) {
			ctx.errors.push(l.file.error(at(l, 'out_of_period'), `the record's dates ${date_start} – ${date_end} lie inside the dataset's period ${period}: remove out_of_period`));
		}
	}
};
