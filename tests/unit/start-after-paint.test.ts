import { describe, expect, it } from 'vitest';
import { createHash } from 'node:crypto';
import { startAfterPaint } from '../../src/lib/server/start-after-paint';

const hash = (code: string) => `'sha256-${createHash('sha256').update(code).digest('base64')}'`;

// A page in the shape SvelteKit 2 writes it with `csp: { mode: 'hash' }` (the build's own pages are
// checked end to end by the e2e suite: CSP gate, hydration, and shell.spec's paint-before-modules).
const startCode = `
				{
					__sveltekit_abc = {
						base: new URL(".", location).pathname.slice(0, -1)
					};

					const element = document.currentScript.parentElement;

					Promise.all([
						import("./_app/immutable/entry/start.A.js"),
						import("./_app/immutable/entry/app.B.js")
					]).then(([kit, app]) => {
						kit.start(app, element, { node_ids: [0, 7], data: [], form: null, error: null });
					});
				}
			`;
const page = (code = startCode, policyHash = hash(code)) =>
	`<!doctype html><html><head>` +
	`<meta http-equiv="content-security-policy" content="default-src 'self'; script-src 'self' ${policyHash}; style-src 'self'">` +
	`<link href="./_app/immutable/entry/start.A.js" rel="modulepreload">` +
	`<link href="./_app/immutable/chunks/C.js" rel="modulepreload">` +
	`<link href="./_app/immutable/assets/0.css" rel="stylesheet">` +
	`</head><body><div style="display: contents"><main>text</main><script>${code}</script></div></body></html>`;

const scriptOf = (html: string) => /<script>([\s\S]*?)<\/script>/.exec(html)![1];

/**
 * Runs a rewritten start script with a stand-in browser: records what it does, in order, and lets
 * the test fire the frame and the timers.
 */
function run(code: string, { visibility = 'visible', paintTiming = true }: { visibility?: 'visible' | 'hidden'; paintTiming?: boolean } = {}) {
	const log: string[] = [];
	const frames: (() => void)[] = [];
	const paints: string[] = [];
	const observers: ((list: { getEntriesByName: (name: string) => string[] }, observer: { disconnect: () => void }) => void)[] = [];
	const PerformanceObserver = Object.assign(
		function (this: unknown, callback: (typeof observers)[number]) {
			return { observe: () => observers.push(callback) };
		},
		{ supportedEntryTypes: paintTiming ? ['paint', 'resource'] : ['resource'] }
	);
	const performance = { getEntriesByName: (name: string) => paints.filter((p) => p === name) };
	const timers = new Map<number, { callback: () => void; delay: number }>();
	let nextTimer = 1;
	const document = {
		visibilityState: visibility,
		currentScript: { parentElement: 'root' },
		createElement: () => ({ rel: '', href: '' }),
		head: { append: (link: { rel: string; href: string }) => log.push(`${link.rel} ${link.href}`) }
	};
	const kit = { start: (_app: unknown, element: unknown) => log.push(`start ${String(element)}`) };
	const load = (url: string) => {
		log.push(`import ${url}`);
		return Promise.resolve(url.includes('start') ? kit : {});
	};
	const fn = new Function('document', 'performance', 'PerformanceObserver', 'location', 'requestAnimationFrame', 'setTimeout', 'clearTimeout', 'load', code.replaceAll('import(', 'load(').replace(/__sveltekit_\w+ =/, 'void'));
	fn(
		document,
		performance,
		PerformanceObserver,
		'http://site.invalid/map',
		(callback: () => void) => frames.push(callback),
		(callback: () => void, delay = 0) => {
			timers.set(nextTimer, { callback, delay });
			return nextTimer++;
		},
		(id: number) => timers.delete(id),
		load
	);
	const settle = () => new Promise((resolve) => setTimeout(resolve, 0));
	return {
		log,
		frame: () => frames.splice(0).forEach((f) => f()),
		/** The browser records a paint of `name`. */
		paint: (name: string) => {
			paints.push(name);
			for (const callback of observers) callback({ getEntriesByName: (n) => (n === name ? [name] : []) }, { disconnect: () => observers.splice(observers.indexOf(callback), 1) });
		},
		/** Fires the timers due within `ms`. */
		elapse: (ms: number) =>
			[...timers.entries()]
				.filter(([, t]) => t.delay <= ms)
				.forEach(([id, t]) => {
					timers.delete(id);
					t.callback();
				}),
		pendingTimers: () => timers.size,
		settle
	};
}

describe('startAfterPaint', () => {
	it('takes the modulepreload tags out of the page and keeps everything else', () => {
		const out = startAfterPaint(page());
		expect(out).not.toContain('rel="modulepreload"');
		expect(out).toContain('<link href="./_app/immutable/assets/0.css" rel="stylesheet">');
		expect(out).toContain('<main>text</main>');
	});

	it('puts the hash of the rewritten script in the policy, in place of the old one', () => {
		const out = startAfterPaint(page());
		const code = scriptOf(out);
		expect(code).not.toBe(startCode);
		expect(out).toContain(hash(code));
		expect(out).not.toContain(hash(startCode));
	});

	it('imports nothing before the first contentful paint, then preloads every module, then starts the app', async () => {
		const page1 = run(scriptOf(startAfterPaint(page())));
		await page1.settle();
		expect(page1.log).toEqual([]);
		page1.paint('first-paint');
		page1.elapse(0);
		await page1.settle();
		expect(page1.log, 'a paint without content is not enough').toEqual([]);
		page1.paint('first-contentful-paint');
		await page1.settle();
		expect(page1.log, 'the paint is reported; the start waits one task more').toEqual([]);
		page1.elapse(0);
		await page1.settle();
		await page1.settle();
		expect(page1.log).toEqual([
			'modulepreload ./_app/immutable/entry/start.A.js',
			'modulepreload ./_app/immutable/chunks/C.js',
			'import ./_app/immutable/entry/start.A.js',
			'import ./_app/immutable/entry/app.B.js',
			'start root'
		]);
		expect(page1.pendingTimers(), 'the backstop is cleared').toBe(0);
	});

	it('in a browser without Paint Timing, waits for a painted frame instead', async () => {
		const old = run(scriptOf(startAfterPaint(page())), { paintTiming: false });
		old.elapse(0);
		await old.settle();
		expect(old.log).toEqual([]);
		old.frame();
		old.elapse(0);
		await old.settle();
		await old.settle();
		expect(old.log.at(-1)).toBe('start root');
	});

	it('starts at once in a page that is not visible (nothing is painted)', async () => {
		const hidden = run(scriptOf(startAfterPaint(page())), { visibility: 'hidden' });
		await hidden.settle();
		await hidden.settle();
		expect(hidden.log.at(-1)).toBe('start root');
	});

	it('starts after the backstop when no paint is reported', async () => {
		const stuck = run(scriptOf(startAfterPaint(page())));
		stuck.elapse(250);
		await stuck.settle();
		expect(stuck.log).toEqual([]);
		stuck.elapse(3000);
		await stuck.settle();
		await stuck.settle();
		expect(stuck.log.at(-1)).toBe('start root');
	});

	it('leaves a page without an app (csr = false) as it is', () => {
		const still = '<!doctype html><html><head><link href="./a.css" rel="stylesheet"></head><body><script src="./register-worker.js" defer></script></body></html>';
		expect(startAfterPaint(still)).toBe(still);
	});

	it('refuses what it does not know, naming the page, instead of writing a page that cannot start', () => {
		expect(() => startAfterPaint(page().replace(/<script>[\s\S]*<\/script>/, ''), '/map')).toThrow(/\/map: 2 modulepreload tags but no SvelteKit start script/);
		expect(() => startAfterPaint(page(startCode.replace('Promise.all([', 'Promise.any([')), '/map')).toThrow(/\/map: SvelteKit's start script is not the shape/);
		expect(() => startAfterPaint(page(startCode, "'sha256-other='"), '/map')).toThrow(/\/map: the Content-Security-Policy does not hold the start script's hash/);
	});
});
