// Where Debian's Chromium lives and how we start it. Playwright's own browser downloads cannot
// reach their servers from these machines, so the tests and the benchmark use Debian's package.
import { existsSync } from 'node:fs';
import { spawnSync } from 'node:child_process';

export const chromiumPath = process.env.CHROMIUM_PATH ?? '/usr/bin/chromium';

export const chromiumArgs = [
	'--no-sandbox',
	'--disable-gpu',
	'--disable-background-networking',
	'--disable-component-update',
	'--no-first-run',
	'--disable-sync',
	'--disable-quic'
];

export const installCommand = 'apt-get update && apt-get install -y chromium';

/**
 * Makes sure Chromium is there. When it is missing and we run as root with apt-get, installs it
 * from Debian's packages; otherwise throws at once with the command that installs it.
 */
export function ensureChromium({ log = console.log } = {}) {
	if (existsSync(chromiumPath)) return chromiumPath;
	const isRoot = typeof process.getuid === 'function' && process.getuid() === 0;
	const hasApt = spawnSync('sh', ['-c', 'command -v apt-get'], { stdio: 'ignore' }).status === 0;
	if (!isRoot || !hasApt || process.env.CHROMIUM_PATH) {
		throw new Error(
			`Chromium is not installed at ${chromiumPath}. Install it with:\n\n    sudo sh -c '${installCommand}'\n`
		);
	}
	log(`Chromium is missing; installing it from Debian's packages (${installCommand})…`);
	const result = spawnSync('sh', ['-c', installCommand], {
		stdio: 'inherit',
		env: { ...process.env, DEBIAN_FRONTEND: 'noninteractive' }
	});
	if (result.status !== 0 || !existsSync(chromiumPath)) {
		throw new Error(`Installing Chromium failed (exit ${result.status}). Run: ${installCommand}`);
	}
	return chromiumPath;
}
