import { defineConfig } from '@playwright/test';
import { chromiumPath, chromiumArgs } from './scripts/chromium.mjs';

const port = Number(process.env.E2E_PORT ?? 4321);
const workers = process.env.E2E_WORKERS;

// The e2e tests fall in two projects (run one with `npx playwright test --project=NAME`):
// - `quality-gates`: the checks every prerendered page must pass, found in build/ (axe in three
//   modes, CSP, byte budgets, Lighthouse, no-JS reading: quality.spec.ts; hostile URL input:
//   hostile.spec.ts). The slow part of the suite.
// - `features`: what a reader does on each page (every other *.spec.ts; a new spec lands here
//   by itself). Their visit() leaves axe on the pages as loaded to the gates (fixtures.ts).
// - `scale-smoke` (only with E2E_SMOKE=1): a smoke run for a large synthetic build, tests/e2e/scale/;
//   the scale bench runs it (`npm run bench -- --scale 10`), not `npm test`.
const gates = ['quality.spec.ts', 'hostile.spec.ts'].map((file) => `**/${file}`);
const smoke = '**/scale/*.spec.ts';

export default defineConfig({
	testDir: 'tests/e2e',
	testMatch: '**/*.spec.ts',
	fullyParallel: true,
	// One worker per core: on a 2-core machine two workers overlap one test's waiting (page
	// loads, network-idle and Lighthouse's quiet windows) with another's work. E2E_WORKERS overrides.
	workers: workers ? (workers.endsWith('%') ? workers : Number(workers)) : '100%',
	retries: 0,
	forbidOnly: true,
	timeout: 30_000,
	reporter: process.env.PW_JSON_OUTPUT
		? [['list'], ['json', { outputFile: process.env.PW_JSON_OUTPUT }]]
		: [['list']],
	use: {
		baseURL: `http://127.0.0.1:${port}`,
		browserName: 'chromium',
		launchOptions: { executablePath: chromiumPath, args: chromiumArgs },
		acceptDownloads: true,
		// The site registers a service worker that precaches the whole site after the first load.
		// Tests meet the site as a first-time reader with it blocked: otherwise every new context
		// would download the whole site in the background (load on a 2-core machine), and the
		// requests it answers would bypass page.route (the off-origin guard) and the request
		// counts of the byte budgets. offline.spec.ts allows it and tests it.
		serviceWorkers: 'block',
		trace: 'off'
	},
	projects: [
		// The gates first: their tests are the longest, so the workers start on them.
		{ name: 'quality-gates', testMatch: gates },
		{ name: 'features', testIgnore: [...gates, smoke] },
		...(process.env.E2E_SMOKE ? [{ name: 'scale-smoke', testMatch: smoke }] : [])
	],
	webServer: {
		// E2E_BUILD_DIR: serve another built site (e.g. one from scripts/build-site-copy.mjs).
		command: `node scripts/serve.mjs --port ${port}${process.env.E2E_BUILD_DIR ? ` --dir ${JSON.stringify(process.env.E2E_BUILD_DIR)}` : ''}`,
		url: `http://127.0.0.1:${port}/`,
		reuseExistingServer: false,
		timeout: 20_000
	}
});
