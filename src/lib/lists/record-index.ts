/**
 * Permalinks without JavaScript. A long list's page (/sources, /timeline) prerenders only its first
 * records; the others are on its static chunk pages. So that /sources#<id> still lands on record
 * <id> with JavaScript off, the page carries, inside a <noscript>, one anchor per record that is not
 * in its HTML: `<a id="<id>" href="sources/<chunk>#<id>">`, hidden until it is the target, when it
 * shows as "Record <id> is on the page <chunk>: open the record" (styled by the page).
 *
 * With JavaScript on, a <noscript>'s content is inert text, so the anchors cost bytes but no DOM and
 * no ids that would clash with the list the script renders. They are written into the prerendered
 * HTML by src/hooks.server.ts, not through the page's data, so they are not sent a second time
 * for hydration. Pure.
 */

export interface PermalinkGroup {
	/** The chunk's URL segment ('figures-2021-04') and its label ('Figures, April 2021'). */
	chunk: string;
	label: string;
	ids: readonly string[];
}

const escapes: Record<string, string> = { '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&#39;' };
const escape = (text: string) => text.replace(/[&<>"']/g, (c) => escapes[c]);

/** The anchors of `groups` as HTML; `pageHref(chunk)` is the chunk page's href relative to the list page. */
export function recordIndexHtml(groups: readonly PermalinkGroup[], pageHref: (chunk: string) => string): string {
	const items = groups.map((g) => {
		const href = escape(pageHref(g.chunk));
		const links = g.ids.map((id) => `<a id="${escape(id)}" href="${href}#${escape(id)}">open the record</a>`).join('');
		return `<li><span>${escape(g.label)}</span>${links}</li>`;
	});
	return `<ul class="record-index">${items.join('')}</ul>`;
}

const marker = /<noscript data-record-index="([a-z-]+)"><\/noscript>/g;

/**
 * Fills every `<noscript data-record-index="NAME"></noscript>` of `html` with the anchors of the
 * list NAME. `pagePath` is the page's URL path (its chunk pages are its children). Throws on a
 * marker for an unknown list: a page that asks for anchors must get them.
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
