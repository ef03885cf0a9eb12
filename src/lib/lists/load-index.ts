/**
 * Loads a list's prebuilt search index once per page (browser only): the first search, filter or
 * permalink asks for it; later calls get the same promise. An index of another dataset version
 * than the page's (a stale cache) is refused with a message saying to reload.
 */
import { SearchIndex, type SearchIndexFile } from './search';

const loaded = new Map<string, Promise<SearchIndex>>();

export function loadSearchIndex(url: string, version: string): Promise<SearchIndex> {
	let promise = loaded.get(url);
	if (!promise) {
		promise = fetch(url)
			.then((response) => {
				if (!response.ok) throw new Error(`${response.status} ${response.statusText}`);
				return response.json() as Promise<SearchIndexFile>;
			})
			.then((file) => {
				if (file.version !== version) {
					throw new Error(`it belongs to dataset version ${file.version}, this page to ${version}: reload the page`);
				}
				return new SearchIndex(file);
			});
		// A failed load may be tried again.
		promise.catch(() => loaded.delete(url));
		loaded.set(url, promise);
	}
	return promise;
}
