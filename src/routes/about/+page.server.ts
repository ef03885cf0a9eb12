import { dataset } from '$lib/generated/dataset';
import { citedSource } from '$lib/sources/cite';
import { dateRuleRows, numberRuleRows, qualifierRuleRows } from '$lib/sources/method';
import type { PageServerLoad } from './$types';

// A page of text: prerendered HTML that ships no app code (hydrating it was most of its blocking
// time); it registers the offline worker with RegisterWorker, and its links are plain page loads.
export const csr = false;

/** Build time only: the method tables (computed by the pipeline's own parsers) and the dataset's counts. */
export const load: PageServerLoad = () => {
	const frontCounts: Record<string, number> = {};
	for (const f of dataset.figures) for (const front of f.fronts) frontCounts[front] = (frontCounts[front] ?? 0) + 1;
	return {
		dateRows: dateRuleRows(),
		qualifierRows: qualifierRuleRows(),
		numberRows: numberRuleRows(),
		counts: {
			figures: dataset.figures.length,
			units: dataset.units.length,
			events: dataset.events.length,
			estimators: dataset.estimators.length,
			places: dataset.places.length,
			withNote: [...dataset.figures, ...dataset.units, ...dataset.events].filter((r) => r.date_note).length
		},
		frontCounts,
		sources: dataset.sources.map(citedSource),
		version: dataset.version
	};
};
