/**
 * Embed mode: `?embed` on /map or /charts/<id> shows just the graphic with a one-line credit, for
 * an iframe. Prerendered pages cannot read the query string at build time, so the layout reads it
 * once the app has started and sets `embedMode.on`; pages read it from here.
 */
export const embedMode = $state({ on: false });

/** True when the URL asks for the embed view (`?embed`, `?embed=1`, `?embed=true`; not `embed=0`/`false`). */
export function wantsEmbed(url: URL): boolean {
	if (!url.searchParams.has('embed')) return false;
	const value = url.searchParams.get('embed')?.toLowerCase() ?? '';
	return value !== '0' && value !== 'false';
}

/** The iframe code for a page's embed view. `pageUrl` is absolute; its own parameters are kept. */
export function iframeCode(pageUrl: string, title: string, height: number): string {
	const url = new URL(pageUrl);
	url.searchParams.delete('embed');
	url.hash = '';
	const src = `${url.toString()}${url.search ? '&' : '?'}embed`;
	const escape = (s: string) => s.replaceAll('&', '&amp;').replaceAll('"', '&quot;').replaceAll('<', '&lt;');
	return `<iframe src="${escape(src)}" title="${escape(title)}" width="100%" height="${Math.round(height)}" style="border:0" loading="lazy"></iframe>`;
}

/** The same page without the embed flag: where the credit line's "open" link goes. */
export function fullViewUrl(pageUrl: string): string {
	const url = new URL(pageUrl);
	url.searchParams.delete('embed');
	return url.toString();
}
