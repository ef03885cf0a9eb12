/** Unit movements: an origin the source does not state is null, and the note says so. */
import { at, type Rule } from './context';

export const statedOrigins: Rule = (ctx) => {
	for (const l of ctx.records.units) {
		if (l.rec.from === null && !l.rec.note) ctx.errors.push(l.file.error(at(l, 'from'), 'from is null (origin not stated): give a note saying so'));
	}
};
