/** Excerpts: each is found verbatim (whitespace folded) in its source's text. */
import type { Located } from '../load';
import { at, type Rule } from './context';

export const verbatimExcerpts: Rule = (ctx) => {
	for (const kind of ['figures', 'units', 'events', 'excluded'] as const) {
		for (const l of ctx.records[kind] as Located<{ source?: string; excerpt?: string }>[]) {
			const { source, excerpt } = l.rec;
			if (source === undefined || excerpt === undefined || !ctx.sourceIds.has(source)) continue;
			const text = ctx.texts?.texts.get(source) ?? null;
			if (!text) continue;
			const spans = text.find(excerpt);
			ctx.spans.set(l, { spans, text });
			if (spans.length === 0) {
				ctx.errors.push(l.file.error(at(l, 'excerpt'), `not found verbatim in source "${source}" (${text.file}): ${text.explainMismatch(excerpt)}`));
			}
		}
	}
};
