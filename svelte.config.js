import adapter from '@sveltejs/adapter-static';
import { vitePreprocess } from '@sveltejs/vite-plugin-svelte';
import { dirname } from 'node:path';
import { fileURLToPath } from 'node:url';
import { buildVersion } from './scripts/build-version.mjs';

/** @type {import('@sveltejs/kit').Config} */
const config = {
	preprocess: vitePreprocess(),
	kit: {
		// No `precompress` here: scripts/precompress.mjs (run after `vite build` by `npm run build`)
		// writes the .br and .gz beside every file with an effort that follows the file's size; the
		// adapter's maximum brotli on every file took minutes on a large dataset.
		adapter: adapter({ pages: 'build', assets: 'build', fallback: undefined, precompress: false, strict: true }),
		prerender: { handleHttpError: 'fail', handleMissingId: 'fail' },
		paths: { relative: true },
		// The dataset version plus a hash of the build's inputs (not kit's default, the build time):
		// it names the service worker's cache, so a reader's offline copy is replaced exactly when
		// the data, the code or the basemap changed.
		// Stylesheets stay files (no inlineStyleThreshold): inlining them painted ~0.1 s sooner but
		// moved the first parse, layout and hydration after the first paint, where Lighthouse counts
		// them as blocking (interleaved runs: /about TBT 111–913 ms inlined vs 75–179 ms as files).
		version: { name: buildVersion(dirname(fileURLToPath(import.meta.url))) },
		// Content Security Policy. Every page is prerendered, so `mode: 'hash'` puts a
		// <meta http-equiv="content-security-policy"> in each page with the hashes of kit's inline
		// hydration script. Only what the site needs:
		// - style-src 'self': stylesheets from our own origin only (kit would add a hash for any
		//   <style> it inlined; there are none).
		// - style-src-attr 'unsafe-inline': Svelte renders `style="…"` attributes (sizes, colours
		//   from data) and Leaflet positions its panes the same way; attributes cannot run code.
		// - img-src data: blob:: the PNG export draws the chart's SVG into a canvas via a blob:
		//   or data: URL, and Leaflet's CSS uses inlined data: images.
		// - no frame-ancestors: browsers ignore it in a <meta> policy (set it as a header if the
		//   host allows; embedding through ?embed must keep working anyway).
		csp: {
			mode: 'hash',
			directives: {
				'default-src': ['self'],
				'script-src': ['self'],
				'style-src': ['self'],
				'style-src-attr': ['unsafe-inline'],
				'img-src': ['self', 'data:', 'blob:'],
				'connect-src': ['self'],
				'object-src': ['none'],
				'base-uri': ['self'],
				'form-action': ['self']
			}
		}
	}
};

export default config;
