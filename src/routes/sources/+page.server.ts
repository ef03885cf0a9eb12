import { dataset } from '$lib/generated/dataset';
import { citedSource } from '$lib/sources/cite';
import { fronts } from '$lib/data/types';
import { sourcesList, firstCount } from '$lib/sources/list.server';
import type { PageServerLoad } from './$types';

/** The dataset files and what each holds, in the order the page lists them. */
const downloadFiles = [
	{ file: 'figures.csv', what: 'every figure, one row each' },
	{ file: 'events.csv', what: 'every dated event' },
	{ file: 'units.csv', what: 'every unit movement and deployment' },
	{ file: 'places.csv', what: 'the gazetteer, with coordinates' },
	{ file: 'dataset.json', what: 'all of it, with sources and estimators' }
];

/**
 * Build time only: the first records (the rest come from the JSON slices as the reader scrolls),
 * the list's chunks, and what the filters can choose from. Every record's permalink anchor is
 * added to the HTML by src/hooks.server.ts, outside this data (so it is not sent twice).
 */
export const load: PageServerLoad = () => {
	const { records: entries, chunks, months } = sourcesList;
	const usedEstimators = new Set(dataset.figures.map((f) => f.estimator));
	const estimators = dataset.estimators
		.filter((e) => usedEstimators.has(e.id))
		.map((e) => ({ id: e.id, name: e.name }))
		.sort((a, b) => a.name.localeCompare(b.name));
	const metrics = [...new Set(dataset.figures.map((f) => f.metric))].sort();
	const usedFronts = new Set(entries.flatMap((e) => e.fronts));
	const sources = dataset.sources.map(citedSource);

	// Link only the data endpoints that are part of the build (prerendering fails on a dead link).
	const endpoints = Object.keys(import.meta.glob('/src/routes/data/*/+server.ts'));
	const downloads = downloadFiles.filter((d) => endpoints.some((p) => p.includes(`/data/${d.file}/`)));

	return {
		first: entries.slice(0, firstCount),
		chunks,
		months,
		estimators,
		metrics,
		fronts: fronts.filter((f) => usedFronts.has(f)),
		sources,
		downloads,
		retired: dataset.retired,
		version: dataset.version
	};
};
