import { error } from '@sveltejs/kit';
import { dataset } from '$lib/generated/dataset';
import { sourcesList, chunkLabel } from '$lib/sources/list.server';
import type { EntryGenerator, PageServerLoad } from './$types';

// A plain page of records: prerendered HTML that reads without JavaScript and ships none.
export const csr = false;

export const entries: EntryGenerator = () => sourcesList.chunks.map((c) => ({ chunk: c.name }));

/** Build time only: one chunk of the Sources list, and its neighbours for "previous / next". */
export const load: PageServerLoad = ({ params }) => {
	const chunk = sourcesList.chunk(params.chunk);
	if (!chunk) error(404, `No such page of records: ${params.chunk}`);
	const { chunks } = sourcesList;
	const at = chunks.indexOf(chunk);
	const neighbour = (i: number) => (chunks[i] ? { name: chunks[i].name, label: chunkLabel(chunks[i]) } : null);
	const records = sourcesList.entriesOf(chunk);
	const used = new Set(records.map((e) => e.estimator));
	// Related records (contradicts, same event as) are linked on the page that holds them.
	const relatedChunks: Record<string, string> = {};
	for (const r of records.flatMap((e) => e.related)) {
		const holder = sourcesList.chunkOf(r.id);
		if (!holder) error(500, `${chunk.name}: related record ${r.id} is in no chunk`);
		relatedChunks[r.id] = holder.name;
	}
	return {
		label: chunkLabel(chunk),
		chunk,
		total: sourcesList.entries.length,
		records,
		previous: neighbour(at - 1),
		next: neighbour(at + 1),
		relatedChunks,
		estimatorNames: Object.fromEntries(Object.entries(sourcesList.estimatorNames).filter(([id]) => used.has(id))),
		sources: dataset.sources.map((s) => ({ id: s.id, title: s.title, url: s.url, licence: s.licence }))
	};
};
