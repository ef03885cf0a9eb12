import { error } from '@sveltejs/kit';
import { dataset } from '$lib/generated/dataset';
import { sourcesList } from '$lib/sources/list.server';
import type { EntryGenerator, PageServerLoad } from './$types';

// A plain page of records: prerendered HTML that reads without JavaScript and ships none.
export const csr = false;

export const entries: EntryGenerator = sourcesList.entries;

/** Build time only: one chunk of the Sources list, and its neighbours for "previous / next". */
export const load: PageServerLoad = ({ params }) => {
	const page = sourcesList.page(params.chunk, 'records');
	const used = new Set(page.records.map((e) => e.estimator));
	// Related records (contradicts, same event as) are linked on the page that holds them.
	const relatedChunks: Record<string, string> = {};
	for (const r of page.records.flatMap((e) => e.related)) {
		const holder = sourcesList.chunkOf(r.id);
		if (!holder) error(500, `${page.chunk.name}: related record ${r.id} is in no chunk`);
		relatedChunks[r.id] = holder.name;
	}
	return {
		...page,
		total: sourcesList.records.length,
		relatedChunks,
		estimatorNames: Object.fromEntries(Object.entries(sourcesList.estimatorNames).filter(([id]) => used.has(id))),
		sources: dataset.sources.map((s) => ({ id: s.id, title: s.title, url: s.url, licence: s.licence }))
	};
};
