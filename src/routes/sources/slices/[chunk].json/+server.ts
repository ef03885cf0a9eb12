import { json } from '@sveltejs/kit';
import { sourcesList } from '$lib/sources/list.server';
import type { EntryGenerator, RequestHandler } from './$types';

export const prerender = true;

export const entries: EntryGenerator = sourcesList.entries;

/** One chunk of the Sources list, as the page loads it while the reader scrolls. */
export const GET: RequestHandler = ({ params }) => json(sourcesList.slice(params.chunk));
