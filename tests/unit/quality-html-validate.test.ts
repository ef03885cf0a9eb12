// The HTML validation config (.htmlvalidate.json) relaxes only style rules that SvelteKit's output
// conflicts with; real errors still fail. Checked on small documents, table-driven.
import { describe, it, expect } from 'vitest';
import { HtmlValidate, FileSystemConfigLoader } from 'html-validate';

const validator = new HtmlValidate(new FileSystemConfigLoader());

const page = (body: string, head = '') =>
	`<!doctype html>\n<html lang="en">\n<head>\n<meta charset="utf-8"/>\n<title>Test</title>\n${head}\n</head>\n<body>\n${body}\n</body>\n</html>\n`;

async function ruleIds(html: string): Promise<string[]> {
	const report = await validator.validateString(html, 'build/test.html');
	return [...new Set(report.results.flatMap((r) => r.messages.map((m) => m.ruleId)))].sort();
}

describe('html-validate config', () => {
	it.each([
		{ what: 'Svelte output: self-closed void elements, empty boolean attributes, style attribute', body: '<p>a<br/>b</p><input type="checkbox" checked="" aria-label="x"/><div style="width: 3px">x</div>', expected: [] },
		{ what: 'a record id starting with a digit', body: '<p id="5th-caa-to-belarus-2022-01">x</p>', expected: [] },
		{ what: 'duplicate ids', body: '<p id="a">x</p><p id="a">y</p>', expected: ['no-dup-id'] },
		{ what: 'a button without a type', body: '<button>Go</button>', expected: ['no-implicit-button-type'] },
		{ what: 'an image without alt', body: '<img src="a.png">', expected: ['wcag/h37'] },
		{ what: 'a stray end tag', body: '<p>x</p></div>', expected: ['close-order'] },
		{ what: 'a deprecated element', body: '<blink>x</blink>', expected: ['deprecated', 'element-permitted-content'] }
	])('$what', async ({ body, expected }) => {
		expect(await ruleIds(page(body))).toEqual(expected);
	});
});
