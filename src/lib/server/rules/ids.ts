/** Ids: unique within their kind; figures, units and events share one set (their permalinks). */
import type { Located } from '../load';
import { at, type Rule } from './context';

/** A second record of a kind with the same id. */
export const uniqueIds: Rule = (ctx) => {
	for (const [kind, index] of Object.entries(ctx.ids)) {
		for (const l of ctx.records[kind as keyof typeof ctx.ids] as Located<{ id?: string }>[]) {
			if (!l.valid || l.rec.id === undefined) continue;
			const first = index.get(l.rec.id)!;
			if (first !== l) {
				ctx.errors.push(l.file.error(at(l, 'id'), `duplicate ${kind} id "${l.rec.id}" (first at ${first.file.file}:${first.file.lineOf([first.index, 'id'])})`));
			}
		}
	}
};

/** Figures, unit movements and events share one namespace: each has a permalink /sources#<id>. */
export const permalinkIds: Rule = (ctx) => {
	const quoted = new Map<string, { kind: string; at: Located<{ id?: string }> }>();
	for (const kind of ['figures', 'units', 'events'] as const) {
		for (const l of ctx.records[kind]) {
			if (!l.valid || l.rec.id === undefined) continue;
			const first = quoted.get(l.rec.id);
			if (first && first.kind !== kind) {
				ctx.errors.push(
					l.file.error(
						at(l, 'id'),
						`id "${l.rec.id}" is already used by a record in ${first.kind} (${first.at.file.file}:${first.at.file.lineOf([first.at.index, 'id'])}); figures, units and events share one set of ids (their permalinks)`
					)
				);
			} else if (!first) quoted.set(l.rec.id, { kind, at: l });
		}
	}
};
