/** ' (did you mean "hur"?)' hints for a misspelt id, field or enum value. Build-time only. */

function levenshtein(a: string, b: string): number {
	const row = Array.from({ length: b.length + 1 }, (_, j) => j);
	for (let i = 1; i <= a.length; i++) {
		let prev = row[0];
		row[0] = i;
		for (let j = 1; j <= b.length; j++) {
			const tmp = row[j];
			row[j] = Math.min(row[j] + 1, row[j - 1] + 1, prev + (a[i - 1] === b[j - 1] ? 0 : 1));
			prev = tmp;
		}
	}
	return row[b.length];
}

/** ' (did you mean "hur"?)' when a known name is close, else ''. */
export function didYouMean(value: string, known: Iterable<string>): string {
	let best: string | null = null;
	let bestDistance = Infinity;
	for (const k of known) {
		const d = levenshtein(value, k);
		if (d < bestDistance) {
			best = k;
			bestDistance = d;
		}
	}
	return best !== null && bestDistance <= Math.max(2, Math.floor(value.length / 3)) ? ` (did you mean "${best}"?)` : '';
}
