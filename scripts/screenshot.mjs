// Screenshots of built pages for a look by eye: each path at 1280 px and 360 px wide, light and
// dark. Usage: `node scripts/screenshot.mjs /map /charts?x=1 [--out /tmp/shots] [--full]
// [--selector CSS]` (--selector: only the first element that matches)
// (needs `npm run build` first). Prints the PNG paths.
import { mkdirSync } from 'node:fs';
import { join } from 'node:path';
import { chromium } from '@playwright/test';
import { serve } from './serve.mjs';
import { chromiumPath, chromiumArgs } from './chromium.mjs';

const args = process.argv.slice(2);
const outIndex = args.indexOf('--out');
const out = outIndex >= 0 ? args[outIndex + 1] : '/tmp/shots';
const fullPage = args.includes('--full');
const selectorIndex = args.indexOf('--selector');
const selector = selectorIndex >= 0 ? args[selectorIndex + 1] : undefined;
const optionValues = new Set([outIndex, selectorIndex].filter((i) => i >= 0).map((i) => i + 1));
const paths = args.filter((a, i) => a.startsWith('/') && !optionValues.has(i));
if (paths.length === 0) paths.push('/');
mkdirSync(out, { recursive: true });

const { server, url } = await serve({ port: 0 });
const browser = await chromium.launch({ executablePath: chromiumPath, args: chromiumArgs });
try {
	for (const path of paths) {
		for (const width of [1280, 360]) {
			for (const scheme of ['light', 'dark']) {
				const context = await browser.newContext({
					viewport: { width, height: width === 360 ? 780 : 900 },
					colorScheme: scheme,
					deviceScaleFactor: 1
				});
				const page = await context.newPage();
				await page.goto(url + path, { waitUntil: 'networkidle' });
				await page.waitForTimeout(400);
				const name = `${path.replace(/[^a-z0-9]+/gi, '_').replace(/^_|_$/g, '') || 'home'}-${width}-${scheme}.png`;
				const file = join(out, name);
				if (selector) await page.locator(selector).first().screenshot({ path: file });
				else await page.screenshot({ path: file, fullPage });
				console.log(file);
				await context.close();
			}
		}
	}
} finally {
	await browser.close();
	server.close();
}
