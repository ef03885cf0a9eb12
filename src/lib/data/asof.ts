/**
 * As-of selection: what was the latest figure known at a date D? For each series (a key such as
 * side · metric · fronts · estimator · kind), the record(s) whose interval started last, on or
 * before D. Nothing is interpolated; records that start on the same latest day are all kept (the
 * source gave them together, e.g. "127,000 … of which 106,000 land forces").
 * Pure and client-safe; the map, the overview and the charts use it.
 */
import type { Figure, IsoDate } from './types';

export interface Dated {
	date_start: IsoDate;
}

/** The default series key of a figure: one series per side, metric, front set, estimator and kind. */
export function figureSeriesKey(
	figure: Pick<Figure, 'side' | 'metric' | 'fronts' | 'estimator' | 'kind'>
): string {
	const fronts = [...figure.fronts].sort().join('+');
	return `${figure.side}|${figure.metric}|${fronts}|${figure.estimator}|${figure.kind}`;
}

/** Index of the last element of `sortedStarts` that is ≤ `date`, or -1. Binary search. */
export function lastStartedIndex(sortedStarts: readonly IsoDate[], date: IsoDate): number {
	let lo = 0;
	let hi = sortedStarts.length - 1;
	let found = -1;
	while (lo <= hi) {
		const mid = (lo + hi) >> 1;
		if (sortedStarts[mid] <= date) {
			found = mid;
			lo = mid + 1;
		} else {
			hi = mid - 1;
		}
	}
	return found;
}

interface Series<T> {
	key: string;
	records: T[];
	starts: IsoDate[];
}

export interface AsOfIndex<T> {
	/** The latest records of every series at `date`, in a stable order (series order, then input order). */
	at(date: IsoDate): T[];
	/** The number of series. */
	readonly size: number;
}

/**
 * Groups `records` into series by `keyOf` and sorts each by `date_start`, once; `at(date)` then
 * costs one binary search per series.
 */
export function createAsOfIndex<T extends Dated>(records: readonly T[], keyOf: (record: T) => string): AsOfIndex<T> {
	const byKey = new Map<string, Series<T>>();
	for (const record of records) {
		const key = keyOf(record);
		let series = byKey.get(key);
		if (!series) {
			series = { key, records: [], starts: [] };
			byKey.set(key, series);
		}
		series.records.push(record);
	}
	const all = [...byKey.values()];
	for (const series of all) {
		// A stable sort keeps the input order for records that start on the same day.
		series.records.sort((a, b) => (a.date_start < b.date_start ? -1 : a.date_start > b.date_start ? 1 : 0));
		series.starts = series.records.map((r) => r.date_start);
	}
	return {
		size: all.length,
		at(date: IsoDate): T[] {
			const out: T[] = [];
			for (const series of all) {
				const last = lastStartedIndex(series.starts, date);
				if (last < 0) continue;
				const latestStart = series.starts[last];
				let first = last;
				while (first > 0 && series.starts[first - 1] === latestStart) first--;
				for (let i = first; i <= last; i++) out.push(series.records[i]);
			}
			return out;
		}
	};
}

/** One-off as-of selection; build an index with `createAsOfIndex` when asking for many dates. */
export function asOf<T extends Dated>(records: readonly T[], date: IsoDate, keyOf: (record: T) => string): T[] {
	return createAsOfIndex(records, keyOf).at(date);
}
