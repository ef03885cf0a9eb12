/**
 * Build time: makes a prerendered page start its app after the browser has painted it once.
 *
 * Every page is complete as served (prerendered markup; the map and the charts are SVG), so the
 * scripts only add interaction. As SvelteKit writes a page, its `<link rel="modulepreload">` tags
 * fetch every module at once and its start script (inline, at the end of the body) imports and
 * hydrates as soon as they arrive, which on a fast connection is before the first paint: the
 * reader waits for the scripts to be fetched, evaluated and hydrated before seeing text that was
 * already there. Here the page's HTML is rewritten so that:
 *
 * - the modulepreload tags are taken out of the `<head>`;
 * - the start script first waits for the page's first contentful paint, then adds the same
 *   modulepreload tags, so every module is still fetched in parallel rather than as a chain of
 *   imports, and only then imports and starts the app. A page that is not visible (a background
 *   tab paints nothing) starts at once; a backstop of 3 s covers a paint that is never reported;
 * - the page's Content-Security-Policy `<meta>` gets the hash of the rewritten script in place of
 *   the old one (kit hashes its inline script; `script-src` allows no other inline code).
 *
 * The cost: the modules are asked for after the paint instead of with the HTML, so on a slow
 * network the page becomes interactive later by about the time its HTML and stylesheets took; on
 * such a network the modules no longer compete with them for the first paint.
 *
 * Anything unexpected — modulepreload tags without a start script, a start script whose shape is
 * not the one this knows, a policy without the old hash — throws, and the build stops with it,
 * rather than writing a page whose app could not start.
 */
import { createHash } from 'node:crypto';

const hashOf = (code: string) => `'sha256-${createHash('sha256').update(code).digest('base64')}'`;

const modulePreload = /<link href="([^"]+)" rel="modulepreload">/g;
const startScript = /<script>(\s*\{\s*__sveltekit_[\s\S]*?)<\/script>/;
const importsOpen = 'Promise.all([';
const importsClose = ']).then(([kit, app]) =>';

/**
 * The code run before kit's imports: wait until the page's first contentful paint has been
 * recorded (Paint Timing; where a browser has none, a painted frame: requestAnimationFrame, then a
 * task), then preload every module.
 */
function waitThenPreload(hrefs: string[]): string {
	return (
		'new Promise((go) => {' +
		" if (document.visibilityState !== 'visible') return go();" +
		' const backstop = setTimeout(go, 3000);' +
		' const painted = () => { clearTimeout(backstop); setTimeout(go, 0); };' +
		" if (!PerformanceObserver.supportedEntryTypes?.includes('paint')) return void requestAnimationFrame(painted);" +
		" if (performance.getEntriesByName('first-contentful-paint').length > 0) return painted();" +
		" new PerformanceObserver((list, observer) => { if (list.getEntriesByName('first-contentful-paint').length > 0) { observer.disconnect(); painted(); } }).observe({ type: 'paint', buffered: true });" +
		'}).then(() => {' +
		` for (const href of ${JSON.stringify(hrefs)}) {` +
		" const link = document.createElement('link'); link.rel = 'modulepreload'; link.href = href; document.head.append(link);" +
		' }' +
		' return '
	);
}

/** `html` with its app started after the first paint (see above); a page without an app is returned as it is. */
export function startAfterPaint(html: string, page = 'the page'): string {
	const hrefs: string[] = [];
	const withoutPreloads = html.replace(modulePreload, (_, href: string) => {
		hrefs.push(href);
		return '';
	});
	const match = startScript.exec(withoutPreloads);
	if (!match) {
		if (hrefs.length > 0) throw new Error(`${page}: ${hrefs.length} modulepreload tags but no SvelteKit start script`);
		return html;
	}
	const code = match[1];
	if (code.split(importsOpen).length !== 2 || code.split(importsClose).length !== 2) {
		throw new Error(`${page}: SvelteKit's start script is not the shape start-after-paint knows (one "${importsOpen}" … "${importsClose}")`);
	}
	const oldHash = hashOf(code);
	if (withoutPreloads.split(oldHash).length !== 2) throw new Error(`${page}: the Content-Security-Policy does not hold the start script's hash once`);
	const next = code.replace(importsOpen, () => waitThenPreload(hrefs) + importsOpen).replace(importsClose, () => ']); }).then(([kit, app]) =>');
	const at = match.index + '<script>'.length;
	const rewritten = withoutPreloads.slice(0, at) + next + withoutPreloads.slice(at + code.length);
	return rewritten.replace(oldHash, () => hashOf(next));
}
