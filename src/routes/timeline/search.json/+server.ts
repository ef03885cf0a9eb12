import { json } from '@sveltejs/kit';
import { timelineList } from '$lib/timeline/list.server';
import type { RequestHandler } from './$types';

export const prerender = true;

/** The Timeline page's search index (see src/lib/lists/search.ts), loaded when the reader searches or filters. */
export const GET: RequestHandler = () => json(timelineList.searchIndex());
