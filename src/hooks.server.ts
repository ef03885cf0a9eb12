import type { Handle } from '@sveltejs/kit';
import { fillRecordIndexes } from '$lib/lists/record-index';
import { startAfterPaint } from '$lib/server/start-after-paint';
import { sourcesList } from '$lib/sources/list.server';
import { timelineList } from '$lib/timeline/list.server';

/** The long lists whose pages carry a record index for permalinks without JavaScript. */
const lists = { sources: sourcesList.permalinks, timeline: timelineList.permalinks };

/**
 * Build time (every page is prerendered): writes the long lists' permalink anchors into the HTML of
 * the pages that ask for them with `<noscript data-record-index="…">` (see src/lib/lists/record-index.ts),
 * and makes each page start its app after its first paint (src/lib/server/start-after-paint.ts).
 */
export const handle: Handle = ({ event, resolve }) =>
	resolve(event, { transformPageChunk: ({ html }) => startAfterPaint(fillRecordIndexes(html, event.url.pathname, lists), event.url.pathname) });
