import type { SourceEntry } from './entries';

/**
 * The facts of a Sources entry as lines of text ("Normalised: “mid-January” → 11–20 Jan 2022", …),
 * joined by newlines: the page shows them with `white-space: pre-line`, one line each, without
 * an element per line (the page lists a few hundred entries).
 */
export function entryFacts(
	entry: Pick<SourceEntry, 'date_text' | 'date_note' | 'estimator' | 'normalisation' | 'note'>,
	words: { interval: string; estimator: string; fronts: string[] }
): string {
	const lines: string[] = [];
	// The dataset's normalisation strings already say what the date words became; otherwise say it here.
	const dateSaid = entry.normalisation.some((n) => n.startsWith(`“${entry.date_text}”`));
	if (!dateSaid) lines.push(`Date: “${entry.date_text}” → ${words.interval}`);
	for (const n of entry.normalisation) lines.push(`Normalised: ${n}`);
	if (entry.date_note) lines.push(`Date note: ${entry.date_note}`);
	if (entry.estimator) lines.push(`Estimator: ${words.estimator}`);
	if (words.fronts.length > 0) lines.push(`Front: ${words.fronts.join(', ')}`);
	if (entry.note) lines.push(`Note: ${entry.note}`);
	return lines.join('\n');
}
