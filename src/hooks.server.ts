import type { Handle } from '@sveltejs/kit';
import { fillRecordIndexes } from '$lib/lists/record-index';
import { sourcesPermalinks } from '$lib/sources/list.server';
import { timelinePermalinks } from '$lib/timeline/list.server';

/** The long lists whose pages carry a record index for permalinks without JavaScript. */
const lists = { sources: sourcesPermalinks, timeline: timelinePermalinks };

/**
 * Build time (every page is prerendered): writes the long lists' permalink anchors into the HTML of
 * the pages that ask for them with `<noscript data-record-index="…">` (see src/lib/lists/record-index.ts).
 */
export const handle: Handle = ({ event, resolve }) =>
	resolve(event, { transformPageChunk: ({ html }) => fillRecordIndexes(html, event.url.pathname, lists) });
