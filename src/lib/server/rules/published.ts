/**
 * Published ids never vanish silently: every id in data/published-ids.txt is still a figure, unit
 * movement or event, or is retired in data/retired.yaml with a reason (its permalink then says so).
 */
import { permalinkKinds } from '../load';
import { at, type Rule, type RuleContext } from './context';

/** Ids of every figure, unit movement and event, including records that failed their schema. */
function permalinkIdsPresent(ctx: RuleContext): Map<string, string> {
	const present = new Map<string, string>();
	for (const kind of permalinkKinds) {
		for (const id of ctx.invalidIds[kind]) present.set(id, kind);
		for (const l of ctx.records[kind]) if (l.rec.id !== undefined) present.set(l.rec.id, `${l.file.file}:${l.file.lineOf([l.index, 'id'])}`);
	}
	return present;
}

export const publishedIdsKept: Rule = (ctx) => {
	const published = ctx.published;
	// A kind whose file did not load has unknown ids: its own error comes first.
	if (!published || [...permalinkKinds, 'retired' as const].some((k) => ctx.brokenKinds.has(k))) return;
	const present = permalinkIdsPresent(ctx);
	const retired = new Set([...ctx.ids.retired.keys(), ...ctx.invalidIds.retired]);
	for (const [id, line] of published.ids) {
		if (present.has(id) || retired.has(id)) continue;
		ctx.errors.push({
			file: published.file,
			line,
			field: 'published-ids',
			message: `"${id}" was published (/sources#${id}) and no record has it now: restore the record, or retire the id in data/retired.yaml with a reason`
		});
	}
};

export const retiredIds: Rule = (ctx) => {
	if ([...permalinkKinds].some((k) => ctx.brokenKinds.has(k))) return;
	const present = permalinkIdsPresent(ctx);
	for (const l of ctx.records.retired) {
		const id = l.rec.id;
		if (id === undefined) continue;
		if (present.has(id)) {
			ctx.errors.push(l.file.error(at(l, 'id'), `"${id}" is retired, but a record has this id (${present.get(id)}): remove it from retired.yaml, or give the record another id`));
		} else if (ctx.published && !ctx.published.ids.has(id)) {
			ctx.errors.push(l.file.error(at(l, 'id'), `"${id}" was never published (${ctx.published.file} does not list it): only a published id can be retired`));
		}
	}
};
