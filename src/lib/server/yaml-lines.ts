/**
 * Loads a data/*.yaml file (a top-level list of records) keeping the line of every record and
 * field, so that each error can name `file:line: kind[i].field`. Build-time only.
 */
import { readFileSync } from 'node:fs';
import { isMap, isPair, isScalar, isSeq, LineCounter, parseDocument, type Document, type Node } from 'yaml';

/** One problem in the data, located. */
export interface DataError {
	/** The file as shown to people, e.g. "data/figures/prelude-part1.yaml". */
	file: string;
	/** 1-based line, or null when the problem is the file as a whole. */
	line: number | null;
	/** The field, e.g. "figures[4].estimator" (or the kind, or "yaml" for a syntax error). */
	field: string;
	message: string;
}

/** `data/figures/prelude-part1.yaml:123: figures[4].estimator: unknown estimator "hurr"` */
export function formatError(e: DataError): string {
	return `${e.file}${e.line === null ? '' : `:${e.line}`}: ${e.field}: ${e.message}`;
}

export type PathKey = string | number;

export interface LoadedRecord {
	/** Position in the file's list. */
	index: number;
	/** The record as plain data (`doc.toJS()`). */
	value: unknown;
}

export interface LoadedFile {
	/** Display path ("data/units.yaml"). */
	file: string;
	/** Kind label used in field paths ("figures", "units", …). */
	kind: string;
	records: LoadedRecord[];
	/** Line of the node at `path` (e.g. [4, 'estimator']), or of its nearest existing ancestor. */
	lineOf(path: readonly PathKey[]): number;
	/** "figures[4].places[2]" */
	fieldName(path: readonly PathKey[]): string;
	/** A located error at `path`. */
	error(path: readonly PathKey[], message: string): DataError;
}

export function fieldName(kind: string, path: readonly PathKey[]): string {
	let out = kind;
	for (const key of path) out += typeof key === 'number' ? `[${key}]` : `.${key}`;
	return out;
}

function nodeLine(node: Node | null | undefined, lineCounter: LineCounter): number | null {
	const range = node?.range;
	if (!range) return null;
	return lineCounter.linePos(range[0]).line;
}

function makeLineOf(doc: Document, lineCounter: LineCounter) {
	return (path: readonly PathKey[]): number => {
		let node: unknown = doc.contents;
		let line = nodeLine(node as Node | null, lineCounter) ?? 1;
		for (const key of path) {
			if (isSeq(node) && typeof key === 'number') {
				const item = node.items[key] as Node | undefined;
				if (!item) break;
				line = nodeLine(item, lineCounter) ?? line;
				node = item;
			} else if (isMap(node)) {
				const pair = node.items.find((p) => isPair(p) && isScalar(p.key) && String(p.key.value) === String(key));
				if (!pair) break;
				// A field's line is the line of its key.
				line = nodeLine(pair.key as Node, lineCounter) ?? nodeLine(pair.value as Node, lineCounter) ?? line;
				node = pair.value;
				if (!node) break;
			} else break;
		}
		return line;
	};
}

function firstLine(message: string): string {
	return message.split('\n')[0].replace(/ at line \d+, column \d+:?$/, '');
}

/**
 * Reads and parses `absPath`. A syntax error, or a document that is not a list, gives errors and no
 * records; otherwise every item of the list is a record.
 */
export function loadYamlList(absPath: string, file: string, kind: string): { loaded: LoadedFile | null; errors: DataError[] } {
	let text: string;
	try {
		text = readFileSync(absPath, 'utf8');
	} catch (error) {
		return { loaded: null, errors: [{ file, line: null, field: kind, message: `cannot read the file (${(error as Error).message})` }] };
	}
	const lineCounter = new LineCounter();
	const doc = parseDocument(text, { lineCounter, prettyErrors: false, uniqueKeys: true });
	const lineOf = makeLineOf(doc, lineCounter);
	if (doc.errors.length > 0) {
		// The first syntax error is the one to fix; the ones after it usually follow from it.
		const [first, ...rest] = doc.errors;
		const more = rest.length ? ` (${rest.length} more YAML error${rest.length === 1 ? '' : 's'} after it in this file may follow from it)` : '';
		return {
			loaded: null,
			errors: [{ file, line: lineCounter.linePos(first.pos[0]).line, field: 'yaml', message: `YAML syntax error: ${firstLine(first.message)}${more}` }]
		};
	}
	const contents = doc.contents;
	if (contents !== null && !isSeq(contents)) {
		return {
			loaded: null,
			errors: [{ file, line: nodeLine(contents as Node, lineCounter) ?? 1, field: kind, message: 'the file must be a YAML list of records (a top-level sequence)' }]
		};
	}
	const js = (doc.toJS() ?? []) as unknown[];
	const loaded: LoadedFile = {
		file,
		kind,
		records: js.map((value, index) => ({ index, value })),
		lineOf,
		fieldName: (path) => fieldName(kind, path),
		error: (path, message) => ({ file, line: lineOf(path), field: fieldName(kind, path), message })
	};
	return { loaded, errors: [] };
}
