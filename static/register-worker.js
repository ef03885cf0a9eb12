// Registers the site's service worker (offline copy) on the pages that ship no app code: /about and
// the long lists' static pages (`csr = false`). Pages that hydrate get the same registration from
// SvelteKit's own start-up script. The worker lives next to this file, at the site's root.
(function () {
	if (!('serviceWorker' in navigator) || !document.currentScript) return;
	var worker = new URL('service-worker.js', document.currentScript.src).href;
	addEventListener('load', function () {
		navigator.serviceWorker.register(worker);
	});
})();
