/**
 * Reads a text file that must be UTF-8: invalid bytes are an error with their line and column
 * (never replaced by U+FFFD and published), and a file over `maxBytes` is refused before it is
 * read. A leading byte-order mark is dropped. Build-time only.
 */
import { readFileSync, statSync } from 'node:fs';

export type ReadText = { ok: true; text: string } | { ok: false; reason: string; line: number | null };

/** Offset of the first byte that is not part of a well-formed UTF-8 sequence, or -1. */
export function firstInvalidUtf8(bytes: Uint8Array): number {
	let i = 0;
	while (i < bytes.length) {
		const b = bytes[i];
		if (b < 0x80) {
			i += 1;
			continue;
		}
		// Lead byte: length and the allowed range of the second byte (no overlongs, no surrogates, ≤ U+10FFFF).
		let length: number;
		let lo = 0x80;
		let hi = 0xbf;
		if (b >= 0xc2 && b <= 0xdf) length = 2;
		else if (b >= 0xe0 && b <= 0xef) {
			length = 3;
			if (b === 0xe0) lo = 0xa0;
			if (b === 0xed) hi = 0x9f;
		} else if (b >= 0xf0 && b <= 0xf4) {
			length = 4;
			if (b === 0xf0) lo = 0x90;
			if (b === 0xf4) hi = 0x8f;
		} else return i;
		if (i + length > bytes.length) return i;
		if (bytes[i + 1] < lo || bytes[i + 1] > hi) return i;
		for (let k = 2; k < length; k++) if (bytes[i + k] < 0x80 || bytes[i + k] > 0xbf) return i;
		i += length;
	}
	return -1;
}

function position(bytes: Uint8Array, offset: number): { line: number; column: number } {
	let line = 1;
	let lineStart = 0;
	for (let i = 0; i < offset; i++) {
		if (bytes[i] === 0x0a) {
			line += 1;
			lineStart = i + 1;
		}
	}
	// Column in characters: count the lead bytes between the line start and the offset.
	let column = 1;
	for (let i = lineStart; i < offset; i++) if ((bytes[i] & 0xc0) !== 0x80) column += 1;
	return { line, column };
}

const megabytes = (n: number) => `${(n / 1_000_000).toFixed(n < 10_000_000 ? 1 : 0)} MB`;

export function readUtf8(path: string, { maxBytes }: { maxBytes?: number } = {}): ReadText {
	let bytes: Buffer;
	try {
		if (maxBytes !== undefined) {
			const size = statSync(path).size;
			if (size > maxBytes) return { ok: false, reason: `the file is ${megabytes(size)}, over the limit of ${megabytes(maxBytes)} for one file`, line: null };
		}
		bytes = readFileSync(path);
	} catch (error) {
		return { ok: false, reason: (error as Error).message, line: null };
	}
	const bad = firstInvalidUtf8(bytes);
	if (bad >= 0) {
		const { line, column } = position(bytes, bad);
		const hex = `0x${bytes[bad].toString(16).padStart(2, '0')}`;
		return { ok: false, reason: `not valid UTF-8: byte ${hex} at line ${line}, column ${column} (save the file as UTF-8)`, line };
	}
	const text = bytes.toString('utf8');
	return { ok: true, text: text.charCodeAt(0) === 0xfeff ? text.slice(1) : text };
}
