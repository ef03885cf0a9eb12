/**
 * References between records, written once as a table: which field of which kind names a record
 * of which other kind(s). Checked on every record, including the well-formed fields of records
 * that failed their schema.
 */
import { didYouMean } from '../did-you-mean';
import type { IdKind, Kind } from '../load';
import { at, type Rule } from './context';

export interface Reference {
	kind: Kind;
	field: string;
	/** The field is a list of ids. */
	list?: boolean;
	/** The kinds the id may name (the first that has it wins). */
	to: IdKind[];
	/** The referenced thing in an error: `unknown place "x"`. */
	what: string;
	/** When set, a record may not name itself; the message says so. */
	self?: string;
}

export const references: Reference[] = [
	{ kind: 'figures', field: 'source', to: ['sources'], what: 'source' },
	{ kind: 'figures', field: 'estimator', to: ['estimators'], what: 'estimator' },
	{ kind: 'figures', field: 'places', list: true, to: ['places'], what: 'place' },
	{ kind: 'figures', field: 'contradicted_by', list: true, to: ['figures', 'events', 'units'], what: 'figure, event or unit', self: 'a figure cannot contradict itself' },
	{ kind: 'units', field: 'source', to: ['sources'], what: 'source' },
	{ kind: 'units', field: 'from', to: ['places'], what: 'place' },
	{ kind: 'units', field: 'to', to: ['places'], what: 'place' },
	{ kind: 'events', field: 'source', to: ['sources'], what: 'source' },
	{ kind: 'events', field: 'actors', list: true, to: ['actors'], what: 'actor' },
	{ kind: 'events', field: 'place', to: ['places'], what: 'place' },
	{ kind: 'events', field: 'same_as', to: ['events'], what: 'event', self: 'an event cannot be the same as itself' },
	{ kind: 'excluded', field: 'source', to: ['sources'], what: 'source' }
];

export const resolvedReferences: Rule = (ctx) => {
	for (const ref of references) {
		for (const l of ctx.records[ref.kind]) {
			const rec = l.rec as Record<string, unknown>;
			const value = rec[ref.field];
			const named: [unknown, (string | number)[]][] = ref.list
				? Array.isArray(value)
					? value.map((v, i) => [v, [ref.field, i]])
					: []
				: [[value, [ref.field]]];
			for (const [id, path] of named) {
				if (typeof id !== 'string') continue;
				if (ref.self && id === rec.id) ctx.errors.push(l.file.error(at(l, ...path), ref.self));
				else if (!ref.to.some((kind) => ctx.known(kind, id))) {
					const names = ref.to.flatMap((kind) => [...ctx.ids[kind].keys()]);
					ctx.errors.push(l.file.error(at(l, ...path), `unknown ${ref.what} "${id}"${didYouMean(id, names)}`));
				}
			}
		}
	}
};
