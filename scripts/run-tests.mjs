// `npm test`: type check, unit tests, build, HTML validation, then e2e tests in Debian's Chromium
// against the built site. Every step runs even when an earlier one failed (except HTML validation
// and e2e after a failed build), and the run ends with one plain summary line:
// `summary: N passed, N failed`.
import { spawnSync } from 'node:child_process';
import { readFileSync, rmSync, mkdirSync } from 'node:fs';
import { join, resolve, dirname } from 'node:path';
import { loadavg, availableParallelism } from 'node:os';
import { fileURLToPath } from 'node:url';
import { ensureChromium } from './chromium.mjs';

const root = resolve(dirname(fileURLToPath(import.meta.url)), '..');
const reports = join(root, 'test-results', 'reports');
rmSync(reports, { recursive: true, force: true });
mkdirSync(reports, { recursive: true });

const env = { ...process.env, TZ: 'UTC', FORCE_COLOR: process.env.CI ? '0' : process.env.FORCE_COLOR };
const steps = [];

function run(name, command, args, extraEnv = {}) {
	console.log(`\n━━ ${name} ━━ ${command} ${args.join(' ')}`);
	const started = Date.now();
	const result = spawnSync(command, args, { cwd: root, stdio: 'inherit', env: { ...env, ...extraEnv } });
	const step = { name, ok: result.status === 0, seconds: (Date.now() - started) / 1000 };
	steps.push(step);
	return step;
}

function readJson(file) {
	try {
		return JSON.parse(readFileSync(file, 'utf8'));
	} catch {
		return undefined;
	}
}

let passed = 0;
let failed = 0;

// 1. Chromium first: fail at once, before anything slow, if it is missing and cannot be installed.
try {
	ensureChromium();
} catch (error) {
	console.error(`\n${error.message}`);
	console.log('\nsummary: 0 passed, 1 failed');
	process.exit(1);
}

// 2. The dataset (validated and normalised; the generated modules the types depend on), then types.
const data = run('data', 'npm', ['run', 'data']);
if (!data.ok) failed += 1;
const check = run('kit sync', 'npx', ['svelte-kit', 'sync']);
const svelteCheck = check.ok
	? run('svelte-check', 'npx', ['svelte-check', '--tsconfig', './tsconfig.json', '--fail-on-warnings'])
	: check;
if (svelteCheck.ok) passed += 1;
else failed += 1;

// 3. Unit tests.
const unitReport = join(reports, 'unit.json');
run('unit tests', 'npx', ['vitest', 'run', '--reporter=default', '--reporter=json', `--outputFile.json=${unitReport}`]);
const unit = readJson(unitReport);
if (unit) {
	passed += unit.numPassedTests;
	failed += unit.numFailedTests + (unit.numTotalTestSuites > 0 && !unit.success && unit.numFailedTests === 0 ? 1 : 0);
} else failed += 1;

// 4. Build (runs the data pipeline first).
const build = run('build', 'npm', ['run', 'build']);
if (!build.ok) failed += 1;

// 5. Valid HTML: html-validate on every prerendered page (config: .htmlvalidate.json).
if (build.ok) {
	const html = run('html-validate', 'node', ['scripts/html-validate.mjs']);
	if (html.ok) passed += 1;
	else failed += 1;
}

/**
 * Per Playwright project: tests, failures and the summed time of its tests (workers overlap); and
 * each failed test with the start of its first error, to be printed again at the very end, where a
 * log that keeps only its tail still shows why.
 */
function e2eProjects(report) {
	/** @type {Map<string, { tests: number, failed: number, ms: number }>} */
	const projects = new Map();
	/** @type {string[]} */
	const failures = [];
	const walk = (suite) => {
		for (const spec of suite.specs ?? []) {
			for (const t of spec.tests) {
				const p = projects.get(t.projectName) ?? { tests: 0, failed: 0, ms: 0 };
				p.tests += 1;
				if (t.status === 'unexpected') {
					p.failed += 1;
					const error = t.results.find((r) => r.error)?.error;
					const message = (error?.message ?? 'no error message').replace(/\u001b\[[0-9;]*m/g, '');
					const lines = message.split('\n').filter((l) => l.trim() !== '').slice(0, 8);
					failures.push(`  ${t.projectName} › ${spec.file}:${spec.line} › ${spec.title}\n${lines.map((l) => `      ${l.slice(0, 300)}`).join('\n')}`);
				}
				p.ms += t.results.reduce((sum, r) => sum + r.duration, 0);
				projects.set(t.projectName, p);
			}
		}
		for (const child of suite.suites ?? []) walk(child);
	};
	for (const suite of report.suites ?? []) walk(suite);
	return { projects, failures };
}

// 6. e2e tests against the built site: the projects `quality-gates` and `features`
// (playwright.config.ts), in one run so that the workers share them.
let projects;
/** @type {string[]} */
let e2eFailures = [];
if (build.ok) {
	const e2eReport = join(reports, 'e2e.json');
	run('e2e tests', 'npx', ['playwright', 'test'], { PW_JSON_OUTPUT: e2eReport });
	const e2e = readJson(e2eReport);
	if (e2e?.stats) {
		passed += e2e.stats.expected;
		failed += e2e.stats.unexpected + (e2e.errors?.length ? 1 : 0);
		({ projects, failures: e2eFailures } = e2eProjects(e2e));
	} else failed += 1;
} else {
	console.log('\n(e2e tests not run: the build failed)');
}

console.log('\n━━ results ━━');
for (const step of steps) {
	console.log(`${step.ok ? 'ok  ' : 'FAIL'}  ${step.name.padEnd(14)} ${step.seconds.toFixed(1).padStart(6)} s`);
}
for (const [name, p] of projects ?? []) {
	console.log(`        ${name.padEnd(14)} ${String(p.tests).padStart(4)} tests, ${p.failed} failed, ${(p.ms / 1000).toFixed(0)} s of test time`);
}
if (e2eFailures.length > 0) console.log(`\nfailed e2e tests:\n${e2eFailures.join('\n')}`);
const total = steps.reduce((sum, s) => sum + s.seconds, 0);
console.log(`      ${'total'.padEnd(14)} ${total.toFixed(1).padStart(6)} s  (load average ${loadavg().map((n) => n.toFixed(2)).join(', ')}; ${availableParallelism()} cores)`);
console.log(`\nsummary: ${passed} passed, ${failed} failed`);
process.exit(failed > 0 || steps.some((s) => !s.ok) ? 1 : 0);
