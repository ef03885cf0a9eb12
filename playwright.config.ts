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
