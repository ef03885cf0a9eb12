import { json } from '@sveltejs/kit';
import { sourcesList } from '$lib/sources/list.server';
import type { RequestHandler } from './$types';

export const prerender = true;

/** The Sources page's search index (see src/lib/lists/search.ts), loaded when the reader searches or filters. */
export const GET: RequestHandler = () => json(sourcesList.searchIndex());
