/**
 * Loads a data/*.yaml file (a top-level list of records) keeping the line of every record and
 * field, so that each error can name `file:line: kind[i].field`. Build-time only.
 */
import { isMap, isPair, isScalar, isSeq, LineCounter, parseDocument, visit, type Document, type Node } from 'yaml';
import { readUtf8 } from './read-text';

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

/** The largest data file read (a data file is tens of kilobytes; this refuses a runaway before parsing it). */
export const maxFileBytes = 20_000_000;

export interface ParsedYaml {
	doc: Document;
	lineOf(path: readonly PathKey[]): number;
	/** The line of the document's top node (1 when it is empty). */
	topLine: number;
}

const fileError = (file: string, line: number | null, field: string, message: string): DataError => ({ file, line, field, message });

/**
 * Reads and parses `absPath` as one YAML document of plain data: UTF-8 only, at most
 * `maxFileBytes`, no syntax error, and no anchors, aliases or tags (a data file needs none of
 * them, and aliases are how a small file expands into a huge one).
 */
export function parseYamlFile(absPath: string, file: string, kind: string): { parsed: ParsedYaml | null; errors: DataError[] } {
	const read = readUtf8(absPath, { maxBytes: maxFileBytes });
	if (!read.ok) return { parsed: null, errors: [fileError(file, read.line, kind, `cannot read the file: ${read.reason}`)] };
	// One build reads each data file twice (the dataset, then its coverage): the second read of the
	// same text reuses the first parse (documents are only read, never changed, by the callers).
	const cached = parsedFiles.get(absPath);
	if (cached && cached.text === read.text) return { parsed: cached.parsed, errors: cached.errors.map((e) => ({ ...e, file })) };
	const result = parseText(read.text, file);
	parsedFiles.set(absPath, { text: read.text, ...result });
	return result;
}

const parsedFiles = new Map<string, { text: string; parsed: ParsedYaml | null; errors: DataError[] }>();

function parseText(text: string, file: string): { parsed: ParsedYaml | null; errors: DataError[] } {
	const read = { text };
	const lineCounter = new LineCounter();
	const doc = parseDocument(read.text, { lineCounter, prettyErrors: false, uniqueKeys: true });
	const lineAt = (offset: number) => lineCounter.linePos(offset).line;
	if (doc.errors.length > 0) {
		// The first syntax error is the one to fix; the ones after it usually follow from it.
		const [first, ...rest] = doc.errors;
		const more = rest.length ? ` (${rest.length} more YAML error${rest.length === 1 ? '' : 's'} after it in this file may follow from it)` : '';
		return { parsed: null, errors: [fileError(file, lineAt(first.pos[0]), 'yaml', `YAML syntax error: ${firstLine(first.message)}${more}`)] };
	}
	// The first anchor, alias and tag of the file, each with how many more there are (an alias bomb has thousands).
	const found = { anchor: [] as { line: number; name: string }[], alias: [] as { line: number; name: string }[], tag: [] as { line: number; name: string }[] };
	visit(doc, {
		Alias(_, node) {
			found.alias.push({ line: lineAt(node.range?.[0] ?? 0), name: `*${node.source}` });
		},
		Node(_, node) {
			const line = lineAt(node.range?.[0] ?? 0);
			if (node.anchor) found.anchor.push({ line, name: `&${node.anchor}` });
			if (node.tag) found.tag.push({ line, name: node.tag.replace(/^tag:yaml\.org,2002:/, '!!') });
		}
	});
	const advice = { anchor: 'write each value out', alias: 'write the value out', tag: 'write plain values (quote a string that starts with "!")' };
	const errors: DataError[] = [];
	for (const what of ['anchor', 'alias', 'tag'] as const) {
		const [first, ...more] = found[what];
		if (!first) continue;
		const rest = more.length ? ` (${more.length} more ${what === 'alias' ? 'aliases' : `${what}s`} in this file)` : '';
		errors.push(fileError(file, first.line, 'yaml', `YAML ${what} ${first.name} is not allowed in data files: ${advice[what]}${rest}`));
	}
	for (const warning of doc.warnings) {
		if (!/^Unresolved tag/.test(warning.message)) errors.push(fileError(file, lineAt(warning.pos[0]), 'yaml', `YAML: ${firstLine(warning.message)}`));
	}
	if (errors.length > 0) return { parsed: null, errors };
	const topLine = nodeLine(doc.contents as Node | null, lineCounter) ?? 1;
	return { parsed: { doc, lineOf: makeLineOf(doc, lineCounter), topLine }, errors: [] };
}

/**
 * Reads and parses `absPath` as a list of records. A syntax error, a document that is not a list,
 * or an empty one gives errors and no records; otherwise every item of the list is a record.
 */
export function loadYamlList(absPath: string, file: string, kind: string): { loaded: LoadedFile | null; errors: DataError[] } {
	const { parsed, errors } = parseYamlFile(absPath, file, kind);
	if (!parsed) return { loaded: null, errors };
	const { doc, lineOf, topLine } = parsed;
	const contents = doc.contents;
	if (contents === null) return { loaded: null, errors: [fileError(file, null, kind, 'the file is empty: a data file holds at least one record (delete the file, or give it records)')] };
	if (!isSeq(contents)) return { loaded: null, errors: [fileError(file, topLine, kind, 'the file must be a YAML list of records (a top-level sequence)')] };
	if (contents.items.length === 0) return { loaded: null, errors: [fileError(file, topLine, kind, 'the list is empty: a data file holds at least one record (delete the file, or give it records)')] };
	const js = doc.toJS({ maxAliasCount: 0 }) as unknown[];
	const loaded = locatedFile(file, kind, lineOf, js.map((value, index) => ({ index, value })));
	return { loaded, errors: [] };
}

/** A LoadedFile around a parsed document's lines (records: the list's items, if it is a list). */
export function locatedFile(file: string, kind: string, lineOf: (path: readonly PathKey[]) => number, records: LoadedRecord[] = []): LoadedFile {
	return {
		file,
		kind,
		records,
		lineOf,
		fieldName: (path) => fieldName(kind, path),
		error: (path, message) => ({ file, line: lineOf(path), field: fieldName(kind, path), message })
	};
}
