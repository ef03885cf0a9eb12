import { defineConfig } from '@playwright/test';
import { chromiumPath, chromiumArgs } from './scripts/chromium.mjs';

const port = Number(process.env.E2E_PORT ?? 4321);

export default defineConfig({
	testDir: 'tests/e2e',
	testMatch: '**/*.spec.ts',
	fullyParallel: true,
	workers: process.env.CI ? 2 : undefined,
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
	webServer: {
		// E2E_BUILD_DIR: serve another built site (e.g. one from scripts/build-site-copy.mjs).
		command: `node scripts/serve.mjs --port ${port}${process.env.E2E_BUILD_DIR ? ` --dir ${JSON.stringify(process.env.E2E_BUILD_DIR)}` : ''}`,
		url: `http://127.0.0.1:${port}/`,
		reuseExistingServer: false,
		timeout: 20_000
	}
});
