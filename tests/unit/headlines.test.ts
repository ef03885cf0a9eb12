import { describe, it, expect } from 'vitest';
import { readFileSync } from 'node:fs';
import { selectHeadlines } from '$lib/overview/headlines';
import type { Dataset, Figure, CrisisEvent } from '$lib/data/types';

const base: Omit<Figure, 'id' | 'value' | 'low' | 'high' | 'qualifier' | 'kind' | 'date_start' | 'metric'> = {
	date_end: '2022-01-31',
	date_text: 'January',
	date_note: null,
	note: null,
	source: 's',
	excerpt: 'x',
	context_before: '',
	context_after: '',
	estimator: 'e',
	side: 'russia',
	fronts: ['around'],
	places: [],
	subject: 'troops',
	contradicted_by: [],
	contradicts: [],
	normalisation: []
};

function fig(id: string, metric: string, kind: Figure['kind'], date_start: string, value: number | null, low: number | null = value, high: number | null = value): Figure {
	return { ...base, id, metric, kind, date_start, value, low, high, qualifier: value === null ? 'range' : 'exact' };
}

function ev(id: string, category: string, title: string, date_start: string, key = true): CrisisEvent {
	return {
		id, category, title, date_start, date_end: date_start, date_text: date_start, type: 't', actors: [], place: null, key,
		same_as: null, source: 's', excerpt: 'x', context_before: '', context_after: '', date_note: null, note: null,
		normalisation: [], contradicts: []
	};
}

function dataset(figures: Figure[], events: CrisisEvent[]): Dataset {
	return {
		version: 'v', sources: [], actors: [], places: [], units: [], retired: [],
		estimators: [{ id: 'e', name: 'Estimator E', side: 'ukraine', kind: 'military' }],
		figures, events
	};
}

describe('selectHeadlines', () => {
	it('picks the largest estimate, the largest projection and the latest BTG estimate, before the invasion', () => {
		const d = dataset(
			[
				fig('small', 'troops', 'estimate', '2021-11-01', 90000),
				fig('large', 'troops', 'estimate', '2022-01-01', 127000),
				fig('after', 'troops', 'estimate', '2022-02-25', 200000),
				fig('proj', 'troops', 'projection', '2021-12-01', 175000),
				fig('infobox', 'troops', 'strength', '2021-03-03', null, 175000, 190000),
				fig('btg-old', 'btgs', 'estimate', '2021-03-30', 28),
				fig('btg-new', 'btgs', 'estimate', '2022-02-05', 83),
				fig('btg-proj', 'btgs', 'projection', '2022-02-10', 100)
			],
			[]
		);
		const ids = selectHeadlines(d).map((h) => (h.kind === 'figure' ? h.figure.id : h.label));
		expect(ids).toEqual(['large', 'proj', 'btg-new']);
	});

	it('derives the days between the first buildup and the invasion, and says so', () => {
		const d = dataset([], [ev('first', 'military', 'Russia begins massing troops (first buildup)', '2021-03-01'), ev('inv', 'invasion', 'Invasion', '2022-02-24')]);
		const [headline] = selectHeadlines(d);
		expect(headline.kind).toBe('derived');
		if (headline.kind !== 'derived') return;
		expect(headline.value).toBe(360);
		expect(headline.rule).toMatch(/^derived: /);
	});

	it('leaves a headline out when the dataset has nothing for it', () => {
		expect(selectHeadlines(dataset([], []))).toEqual([]);
	});

	it('finds all four headlines in the real dataset, each quoting its record', () => {
		const real: Dataset = JSON.parse(readFileSync('src/lib/generated/dataset.json', 'utf8'));
		const headlines = selectHeadlines(real);
		expect(headlines.map((h) => h.kind)).toEqual(['figure', 'figure', 'figure', 'derived']);
		for (const h of headlines) {
			if (h.kind !== 'figure') continue;
			const record = real.figures.find((f) => f.id === h.figure.id)!;
			expect(h.figure.excerpt).toBe(record.excerpt);
			expect(h.figure.value).toBe(record.value);
		}
	});
});
