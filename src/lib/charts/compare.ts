/**
 * Orderings for the charts' sorts without `localeCompare`: its first call in a page builds a
 * collator (100 ms or more on a phone) inside the task that draws a chart.
 *  - `compareCodes`: by UTF-16 code units; for ISO dates and the dataset's ids (lowercase ASCII,
 *    digits, hyphens) the same order as `localeCompare`.
 *  - `compareLabels`: case-insensitive first, then lowercase before uppercase; the same order as
 *    `localeCompare` for the English labels of series (estimators, sides, fronts) — a unit test
 *    checks it on the dataset's labels.
 */
export const compareCodes = (a: string, b: string): number => (a < b ? -1 : a > b ? 1 : 0);

export const compareLabels = (a: string, b: string): number => compareCodes(a.toLowerCase(), b.toLowerCase()) || compareCodes(b, a);
