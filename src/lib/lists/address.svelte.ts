/**
 * Writes a list page's filters into the address (`?…`, only what differs from the defaults), a
 * moment after the last change, without a navigation. Call it while a component initialises;
 * `query` gives the query string, or null until the page has read the address itself.
 */
import { replaceState } from '$app/navigation';
import { page } from '$app/state';

export function keepQueryInAddress(query: () => string | null, delayMs = 250): void {
	$effect(() => {
		const search = query();
		if (search === null) return;
		const timer = setTimeout(() => {
			if (search === location.search) return;
			replaceState(location.pathname + search + location.hash, page.state);
		}, delayMs);
		return () => clearTimeout(timer);
	});
}
