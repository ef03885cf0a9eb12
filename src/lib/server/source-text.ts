/**
 * The source documents as text, with whitespace-folded search: an excerpt matches when it appears
 * in the text with runs of whitespace folded to one space, nothing else (quotes, dashes and case
 * must be exact). Spans are reported in the original text's offsets. Build-time only.
 */
import { existsSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { readUtf8 } from './read-text';

export interface Span {
	start: number;
	end: number;
}

/** Folds every run of whitespace to one space and trims. */
export function foldWhitespace(s: string): string {
	return s.replace(/\s+/g, ' ').trim();
}

export interface Heading {
	level: number;
	title: string;
	/** Offset of the heading line in the text. */
	offset: number;
	line: number;
}

export class SourceText {
	readonly folded: string;
	/** folded index → original index */
	private readonly map: number[];
	private readonly lineStarts: number[];

	constructor(
		readonly id: string,
		readonly file: string,
		readonly text: string
	) {
		let folded = '';
		const map: number[] = [];
		let inSpace = false;
		for (let i = 0; i < text.length; i++) {
			const ch = text[i];
			if (/\s/.test(ch)) {
				if (!inSpace) {
					folded += ' ';
					map.push(i);
				}
				inSpace = true;
			} else {
				folded += ch;
				map.push(i);
				inSpace = false;
			}
		}
		this.folded = folded;
		this.map = map;
		this.lineStarts = [0];
		for (let i = 0; i < text.length; i++) if (text[i] === '\n') this.lineStarts.push(i + 1);
	}

	/** Every place the excerpt occurs (whitespace folded), in original offsets. */
	find(excerpt: string): Span[] {
		const needle = foldWhitespace(excerpt);
		if (needle === '') return [];
		const spans: Span[] = [];
		let from = 0;
		for (;;) {
			const at = this.folded.indexOf(needle, from);
			if (at < 0) break;
			spans.push({ start: this.map[at], end: this.map[at + needle.length - 1] + 1 });
			from = at + 1;
		}
		return spans;
	}

	private headingList: Heading[] | null = null;

	/** The text's headings (`==Title==` lines, level = number of `=`), in order. */
	get headings(): Heading[] {
		if (this.headingList) return this.headingList;
		const list: Heading[] = [];
		const pattern = /^(={1,6})\s*(.*?)\s*\1[ \t]*$/gm;
		for (const m of this.text.matchAll(pattern)) list.push({ level: m[1].length, title: m[2], offset: m.index, line: this.lineAt(m.index) });
		this.headingList = list;
		return list;
	}

	/**
	 * The innermost section around `offset` whose heading names years ("Initial tensions
	 * (March–April2021)" → 2021; "(October 2021–February 2022)" → 2021–2022; "(February 2022present)"
	 * → 2022 onwards), walking out through the enclosing headings; null when none names a year.
	 * The title (level 1) is not a section.
	 */
	datedSectionAt(offset: number): (Heading & { from: number; to: number }) | null {
		const enclosing: Heading[] = [];
		for (const h of this.headings) {
			if (h.offset > offset) break;
			while (enclosing.length && enclosing[enclosing.length - 1].level >= h.level) enclosing.pop();
			enclosing.push(h);
		}
		// Level 1 is the document's title ("= Prelude to the 2022 Russian invasion of Ukraine ="), not a section.
		for (const h of enclosing.reverse().filter((e) => e.level > 1)) {
			const years = [...h.title.matchAll(/(?<!\d)(1[89]|20)\d{2}(?!\d)/g)].map((m) => Number(m[0]));
			if (years.length === 0) continue;
			const to = /present/i.test(h.title) ? Infinity : Math.max(...years);
			return { ...h, from: Math.min(...years), to };
		}
		return null;
	}

	/** 1-based line of an offset. */
	lineAt(offset: number): number {
		let lo = 0;
		let hi = this.lineStarts.length - 1;
		while (lo < hi) {
			const mid = (lo + hi + 1) >> 1;
			if (this.lineStarts[mid] <= offset) lo = mid;
			else hi = mid - 1;
		}
		return lo + 1;
	}

	/**
	 * Why an excerpt is not found: where the longest matching beginning stops, e.g.
	 * `matches up to "…massing thousands of" then the source has "personnel" where the excerpt has "soldiers"`.
	 */
	explainMismatch(excerpt: string): string {
		const needle = foldWhitespace(excerpt);
		let lo = 0;
		let hi = needle.length;
		while (lo < hi) {
			const mid = (lo + hi + 1) >> 1;
			if (this.folded.includes(needle.slice(0, mid))) lo = mid;
			else hi = mid - 1;
		}
		if (lo < 12) return 'its beginning is not in the source either';
		const at = this.folded.indexOf(needle.slice(0, lo));
		const shown = (s: string) => JSON.stringify(s);
		const matched = needle.slice(Math.max(0, lo - 30), lo);
		const sourceHas = this.folded.slice(at + lo, at + lo + 20);
		const excerptHas = needle.slice(lo, lo + 20);
		return `matches up to ${shown((lo > 30 ? '…' : '') + matched)} (line ${this.lineAt(this.map[at + lo - 1])}), then the source has ${shown(sourceHas)} where the excerpt has ${shown(excerptHas)}`;
	}

	/** Up to `size` characters before and after a span, within its paragraph, cut at word boundaries, whitespace folded. */
	context(span: Span, size = 160): { before: string; after: string } {
		const lineStart = this.text.lastIndexOf('\n', span.start - 1) + 1;
		let lineEnd = this.text.indexOf('\n', span.end);
		if (lineEnd < 0) lineEnd = this.text.length;
		let before = this.text.slice(Math.max(lineStart, span.start - size), span.start);
		let after = this.text.slice(span.end, Math.min(lineEnd, span.end + size));
		if (span.start - size > lineStart) before = before.replace(/^\S*\s/, '');
		if (span.end + size < lineEnd) after = after.replace(/\s\S*$/, '');
		const fold = (s: string) => s.replace(/\s+/g, ' ');
		return { before: fold(before).trimStart(), after: fold(after).trimEnd() };
	}
}

export interface SourceFileRef {
	id: string;
	file: string;
}

export interface LoadedSources {
	/** Texts by source id: every listed source whose file could be read. */
	texts: Map<string, SourceText>;
	/** Listed sources whose file is missing, unreadable, empty or not UTF-8, with why. */
	problems: (SourceFileRef & { problem: string })[];
	/** One line saying what was read. */
	status: string;
}

/** The default sources folder: $SOURCES_DIR, else the repository's own `sources/`. */
export function defaultSourcesDir(projectRoot: string): string {
	return process.env.SOURCES_DIR || join(projectRoot, 'sources');
}

/**
 * Reads the text of every listed source from `sourcesDir`. A missing folder, a missing, unreadable
 * or empty file and invalid UTF-8 are problems of the source that lists the file: the verbatim
 * check has no way around them.
 */
export function loadSourceTexts(sourcesDir: string, sources: SourceFileRef[]): LoadedSources {
	const texts = new Map<string, SourceText>();
	const problems: LoadedSources['problems'] = [];
	const folder = existsSync(sourcesDir) && statSync(sourcesDir).isDirectory();
	for (const s of sources) {
		if (!folder) {
			problems.push({ ...s, problem: `cannot read "${s.file}": the sources folder ${sourcesDir} does not exist (it is the repository's sources/ unless --sources-dir or $SOURCES_DIR names another)` });
			continue;
		}
		const path = join(sourcesDir, s.file);
		if (!existsSync(path)) {
			problems.push({ ...s, problem: `no file "${s.file}" in the sources folder ${sourcesDir}` });
			continue;
		}
		const read = readUtf8(path);
		if (!read.ok) problems.push({ ...s, problem: `cannot read "${s.file}" in ${sourcesDir}: ${read.reason}` });
		else if (read.text.trim() === '') problems.push({ ...s, problem: `"${s.file}" in ${sourcesDir} is empty` });
		else texts.set(s.id, new SourceText(s.id, s.file, read.text));
	}
	return {
		texts,
		problems,
		status: `source texts from ${sourcesDir}: ${texts.size} of ${sources.length} read; every excerpt checked verbatim`
	};
}
