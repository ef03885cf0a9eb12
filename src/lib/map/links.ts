/** Where a map record's entry is: its anchor on the sources page (null where the site has no such page). */
import { base } from '$app/paths';
import { nav } from '$lib/site';

const hasSourcesPage = nav.some((item) => item.href === '/sources');

export const sourceHref = (id: string): string | null => (hasSourcesPage ? `${base}/sources#${id}` : null);
