/**
 * Permalinks without JavaScript. A long list's page (/sources, /timeline) prerenders only its first
 * records; the others are on its static chunk pages. So that /sources#<id> still leads to record
 * <id> with JavaScript off, the page carries, inside a <noscript>, an empty target per record that
 * is not in its HTML (`<i id="<id>"></i>`), grouped by chunk and, within a chunk, in runs of
 * `runLength` consecutive records with one link per run to the chunk page at the run's first record
 * (`sources/<chunk>#<first id>`). Everything is hidden until a target matches the address: then its
 * chunk and its run show, as "On the page “Figures, April 2021”: Record “<id>” — open that page at
 * the record or up to 9 records before it". So a reader lands on the record itself when it opens
 * its run, otherwise at most `runLength` − 1 records above it, on the same page.
 *
 * Why runs and not one link per record (`<a id="<id>" href="sources/<chunk>#<id>">`, as before):
 * the second copy of every id and the chunk path in every href cost more than half the page. At
 * ×100 (32,800 records) that index was 261 KB gzip of /sources' 277 KB; this one is 147 KB.
 *
 * With JavaScript on, a <noscript>'s content is inert text, so the targets cost bytes but no DOM and
 * no ids that would clash with the list the script renders. They are written into the prerendered
 * HTML by src/hooks.server.ts, not through the page's data, so they are not sent a second time
 * for hydration. Pure.
 */

/** Records per link: a reader without JavaScript lands at most this many − 1 records above the one asked for. */
export const runLength = 10;

export interface PermalinkGroup {
	/** The chunk's URL segment ('figures-2021-04') and its label ('Figures, April 2021'). */
	chunk: string;
	label: string;
	ids: readonly string[];
}

const escapes: Record<string, string> = { '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&#39;' };
const escape = (text: string) => text.replace(/[&<>"']/g, (c) => escapes[c]);

/** The targets and links of `groups` as HTML; `pageHref(chunk)` is the chunk page's href relative to the list page. */
export function recordIndexHtml(groups: readonly PermalinkGroup[], pageHref: (chunk: string) => string): string {
	const linkText = `open that page at the record or up to ${runLength - 1} records before it`;
	const items = groups.map((g) => {
		const href = escape(pageHref(g.chunk));
		const runs: string[] = [];
		for (let at = 0; at < g.ids.length; at += runLength) {
			const run = g.ids.slice(at, at + runLength);
			const targets = run.map((id) => `<i id="${escape(id)}"></i>`).join('');
			runs.push(`<p>${targets}<a href="${href}#${escape(run[0])}">${linkText}</a></p>`);
		}
		return `<li><span>${escape(g.label)}</span>${runs.join('')}</li>`;
	});
	return `<ul class="record-index">${items.join('')}</ul>`;
}

const marker = /<noscript data-record-index="([a-z-]+)"><\/noscript>/g;

/**
 * Fills every `<noscript data-record-index="NAME"></noscript>` of `html` with the targets of the
 * list NAME. `pagePath` is the page's URL path (its chunk pages are its children). Throws on a
 * marker for an unknown list: a page that asks for targets must get them.
 */
export function fillRecordIndexes(
	html: string,
	pagePath: string,
	lists: Record<string, () => readonly PermalinkGroup[]>
): string {
	const here = pagePath.replace(/\/$/, '').split('/').pop() ?? '';
	return html.replace(marker, (_, name: string) => {
		const groups = lists[name];
		if (!groups) throw new Error(`${pagePath}: no list called “${name}” for its record index`);
		return `<noscript data-record-index="${name}">${recordIndexHtml(groups(), (chunk) => `${here}/${chunk}`)}</noscript>`;
	});
}
