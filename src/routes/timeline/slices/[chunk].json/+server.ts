import { json } from '@sveltejs/kit';
import { timelineList } from '$lib/timeline/list.server';
import type { EntryGenerator, RequestHandler } from './$types';

export const prerender = true;

export const entries: EntryGenerator = timelineList.entries;

/** One month (or part of one) of the Timeline, as the page loads it while the reader scrolls. */
export const GET: RequestHandler = ({ params }) => json(timelineList.slice(params.chunk));
