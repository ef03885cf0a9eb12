// Validates every prerendered page (build/**/*.html, the 404 page included) with html-validate,
// using .htmlvalidate.json: `html-validate:recommended` with only these changes, each because
// SvelteKit's or Svelte's own output conflicts with a style rule (the markup is valid HTML):
// - void-style off: Svelte writes void elements self-closed (`<br/>`, `<input/>`), kit does not
//   (`<link …>`); both are valid HTML, so no single style can be asked for.
// - doctype-style off: `<!doctype html>` in lower case is SvelteKit's template default and valid.
// - attribute-boolean-style / attribute-empty-style off: Svelte renders `checked=""`,
//   `selected=""`, `download=""`; equivalent to the bare attribute in HTML.
// - no-trailing-whitespace off: kit's template injection leaves whitespace-only lines.
// - no-inline-style off: Svelte renders `style="…"` for `style:` directives (data-driven sizes
//   and colours); the CSP allows style attributes (style-src-attr) and kit's inlined <style> by hash.
// - valid-id relaxed: HTML ids may start with a digit; record ids (`/sources#5th-caa-…`) are
//   stable public URLs, so the strict CSS-identifier form is not asked for.
// Prints each error with file:line:column and rule; exits 1 when there is any.
import { relative, resolve, dirname } from 'node:path';
import { fileURLToPath } from 'node:url';
import { HtmlValidate, FileSystemConfigLoader, formatterFactory } from 'html-validate';
import { htmlFiles } from './transfer.mjs';

const root = resolve(dirname(fileURLToPath(import.meta.url)), '..');

/** Validates the files; resolves with the report (html-validate's `Report`). */
export async function validateBuild(files = htmlFiles()) {
	const validator = new HtmlValidate(new FileSystemConfigLoader());
	return validator.validateMultipleFiles(files);
}

if (process.argv[1] && resolve(process.argv[1]) === fileURLToPath(import.meta.url)) {
	let files;
	try {
		files = htmlFiles();
	} catch {
		console.error('No built site in build/: run `npm run build` first.');
		process.exit(1);
	}
	if (files.length === 0) {
		console.error('No HTML files in build/.');
		process.exit(1);
	}
	const report = await validateBuild(files);
	if (!report.valid) console.log(formatterFactory('stylish')(report.results));
	const pages = files.map((f) => relative(root, f)).join(', ');
	console.log(
		`html-validate: ${files.length} files (${pages}), ${report.errorCount} errors, ${report.warningCount} warnings`
	);
	process.exit(report.valid ? 0 : 1);
}
