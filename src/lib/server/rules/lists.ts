/** List fields name each item once: the same place twice in one `places` list is a slip. */
import type { Kind } from '../load';
import { at, type Rule } from './context';
import { references } from './references';

export const listFields: { kind: Kind; field: string }[] = [
	{ kind: 'figures', field: 'fronts' },
	...references.filter((r) => r.list).map(({ kind, field }) => ({ kind, field }))
];

export const distinctListItems: Rule = (ctx) => {
	for (const { kind, field } of listFields) {
		for (const l of ctx.records[kind]) {
			const list = (l.rec as Record<string, unknown>)[field];
			if (!Array.isArray(list)) continue;
			const first = new Map<unknown, number>();
			list.forEach((item, i) => {
				if (first.has(item)) ctx.errors.push(l.file.error(at(l, field, i), `${JSON.stringify(item)} is listed twice (first at ${field}[${first.get(item)}])`));
				else first.set(item, i);
			});
		}
	}
};
