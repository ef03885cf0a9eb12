/**
 * Reader input quoted back in a notice ("Ignored in the address: date “…”"): at most `max`
 * characters, then "…", so that a 100,000-character `?date=` makes a one-line notice. Characters are
 * counted as a reader sees them (grapheme clusters), so a cut never splits a flag or an accented
 * letter. Control and bidirectional-override characters are shown as "�" (they would reorder or
 * hide the notice's text). Pure.
 */
export const quoteMax = 60;

// C0 and C1 controls, and the bidi marks, embeddings, overrides and isolates.
const unsafe = /[\u0000-\u001f\u007f-\u009f\u200e\u200f\u202a-\u202e\u2066-\u2069]/g;
// Made on first use (a notice is rare; an Intl object costs main-thread time to create).
let graphemes: Intl.Segmenter | undefined;

export function quoteInput(text: string, max = quoteMax): string {
	// Short text needs no cut (a grapheme is at least one code unit).
	if (text.length <= max) return text.replace(unsafe, '�');
	graphemes ??= new Intl.Segmenter(undefined, { granularity: 'grapheme' });
	let count = 0;
	for (const { index } of graphemes.segment(text)) {
		if (count === max) return `${text.slice(0, index).replace(unsafe, '�')}…`;
		count++;
	}
	return text.replace(unsafe, '�');
}
