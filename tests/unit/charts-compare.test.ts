// The charts sort without localeCompare (its collator costs a phone 100 ms in the task that draws
// a chart); on the dataset's dates, ids and series labels the orders must be localeCompare's.
import { readFileSync } from 'node:fs';
import { describe, it, expect } from 'vitest';
import { compareCodes, compareLabels } from '$lib/charts/compare';
import type { Dataset } from '$lib/data/types';

const dataset: Dataset = JSON.parse(readFileSync('src/lib/generated/dataset.json', 'utf8'));
const byLocale = (a: string, b: string) => a.localeCompare(b);

describe('chart orderings', () => {
	it('compareCodes orders the events’ dates and every id as localeCompare does', () => {
		const texts = [...dataset.events.flatMap((e) => [e.id, e.date_start]), ...dataset.figures.flatMap((f) => [f.id, f.date_start])];
		expect([...texts].sort(compareCodes)).toEqual([...texts].sort(byLocale));
	});
	it('compareLabels orders the estimators’ names and side labels as localeCompare does', () => {
		const labels = [...dataset.estimators.map((e) => e.name), 'Russia', 'Ukraine', 'NATO', 'Belarus', 'United States', 'UK', 'U.S.'];
		expect([...labels].sort(compareLabels)).toEqual([...labels].sort(byLocale));
	});
	it('compareLabels ignores case first, as localeCompare does, unlike code units', () => {
		expect(['b', 'A', 'a', 'B'].sort(compareLabels)).toEqual(['A', 'a', 'B', 'b'].sort(byLocale));
		expect(compareCodes('b', 'A')).toBe(1);
		expect(compareLabels('b', 'A')).toBe(1);
		expect(compareLabels('B', 'a')).toBe(1);
	});
});
