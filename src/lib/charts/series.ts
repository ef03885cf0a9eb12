/**
 * Series: how figures are grouped (one series per estimator, per kind, per side …), in the order
 * their first figure appears, each with a colour slot and a marker shape. Pure.
 */
import { compareLabels } from './compare';
import { shapes, type Shape } from './glyphs';
import { dayStart } from './scales';

/** Colour slots: `--series-0` … `--series-6` (defined in ChartFrame, light and dark). */
export const colourCount = 7;

export interface Series {
	id: string;
	label: string;
	/** CSS colour expression for the series, e.g. "var(--series-2)". */
	colour: string;
	shape: Shape;
	count: number;
}

interface Item {
	date_start: string;
}

/**
 * Groups items by key, ordered by each group's earliest date (ties by label). Colours and shapes
 * cycle with co-prime periods (7 and 4), so the first 28 series each get a unique pair.
 */
export function groupSeries<T extends Item>(
	items: T[],
	keyOf: (item: T) => string,
	labelOf: (item: T) => string,
	colourOf?: (key: string, index: number) => string
): Series[] {
	const groups = new Map<string, { label: string; first: number; count: number }>();
	for (const item of items) {
		const key = keyOf(item);
		const t = dayStart(item.date_start);
		const group = groups.get(key);
		if (group) {
			group.first = Math.min(group.first, t);
			group.count += 1;
		} else groups.set(key, { label: labelOf(item), first: t, count: 1 });
	}
	return [...groups.entries()]
		.sort((a, b) => a[1].first - b[1].first || compareLabels(a[1].label, b[1].label))
		.map(([id, g], i) => ({
			id,
			label: g.label,
			colour: colourOf ? colourOf(id, i) : `var(--series-${i % colourCount})`,
			shape: shapes[i % shapes.length],
			count: g.count
		}));
}

/** Colours for whose forces a figure counts (for charts grouped by side). */
export function sideColour(side: string): string {
	const known = ['russia', 'belarus', 'separatist', 'ukraine', 'nato'];
	if (known.includes(side)) return `var(--${side})`;
	if (side === 'us' || side === 'uk' || side === 'west') return 'var(--nato)';
	return 'var(--neutral)';
}

/** A map from series id to series, for lookups while drawing. */
export function seriesIndex(series: Series[]): Map<string, Series> {
	return new Map(series.map((s) => [s.id, s]));
}
