import type { Source } from '$lib/data/types';

/** What a page shows of a source to credit and cite it: everything but the pipeline's file name. */
export type CitedSource = Omit<Source, 'file'>;

export function citedSource({ id, title, publisher, licence, licence_url, url, cite }: Source): CitedSource {
	return { id, title, publisher, licence, licence_url, url, cite };
}
