// Data is shown as text, never parsed as markup: no `{@html}`, no innerHTML-style writes, and no
// Leaflet tooltip/popup/icon content given as a string (Leaflet puts strings in via innerHTML;
// the map builds DOM nodes with textContent instead). A guard over src/, so a new page is covered.
import { describe, it, expect } from 'vitest';
import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join, relative } from 'node:path';

const root = join(import.meta.dirname, '..', '..');
const srcDir = join(root, 'src');

function sourceFiles(dir: string): string[] {
	return readdirSync(dir).flatMap((name) => {
		const full = join(dir, name);
		if (statSync(full).isDirectory()) return name === 'generated' ? [] : sourceFiles(full);
		return /\.(svelte|ts|js)$/.test(name) ? [full] : [];
	});
}

// Each pattern with what it catches. A string argument starts with a quote or a backtick.
const forbidden: { name: string; pattern: RegExp }[] = [
	{ name: '{@html}', pattern: /\{@html\s/ },
	{ name: 'innerHTML / outerHTML assignment', pattern: /\.(inner|outer)HTML\s*[+]?=(?!=)/ },
	{ name: 'insertAdjacentHTML', pattern: /\binsertAdjacentHTML\s*\(/ },
	{ name: 'document.write', pattern: /\bdocument\.write(ln)?\s*\(/ },
	{ name: 'createContextualFragment', pattern: /\bcreateContextualFragment\s*\(/ },
	{ name: 'Leaflet content as a string', pattern: /\.(bindTooltip|bindPopup|setContent|setTooltipContent|setPopupContent)\s*\(\s*['"`]/ },
	{ name: 'Leaflet divIcon html as a string', pattern: /\bhtml\s*:\s*['"`]/ }
];

function findings(text: string): string[] {
	const out: string[] = [];
	text.split('\n').forEach((line, i) => {
		for (const { name, pattern } of forbidden) if (pattern.test(line)) out.push(`${i + 1}: ${name}`);
	});
	return out;
}

describe('the guard catches what it should', () => {
	it.each([
		{ input: '<p>{@html record.excerpt}</p>', expected: ['1: {@html}'] },
		{ input: 'el.innerHTML = excerpt;', expected: ['1: innerHTML / outerHTML assignment'] },
		{ input: 'el.innerHTML += excerpt;', expected: ['1: innerHTML / outerHTML assignment'] },
		{ input: "if (el.innerHTML === '') {}", expected: [] },
		{ input: "el.insertAdjacentHTML('beforeend', x)", expected: ['1: insertAdjacentHTML'] },
		{ input: 'marker.bindTooltip(`<b>${f.excerpt}</b>`)', expected: ['1: Leaflet content as a string'] },
		{ input: 'marker.bindTooltip(tipElement, { sticky: true })', expected: [] },
		{ input: "L.divIcon({ html: '<span>' + name + '</span>' })", expected: ['1: Leaflet divIcon html as a string'] },
		{ input: 'L.divIcon({ html: textElement("span", name) })', expected: [] },
		{ input: 'el.textContent = excerpt;', expected: [] }
	])('$input', ({ input, expected }) => {
		expect(findings(input)).toEqual(expected);
	});
});

// The exceptions: markup rendered at build time by Svelte's own server renderer from our own
// components (which escape every text they render), inserted as it is so that it is not hydrated —
// read back from the page or from the same build's prerendered /map/multiples.json, never from
// reader input: the small multiples ($lib/map/multiplesMarkup.ts, SmallMultiples.svelte); the map
// page's static map and list of its default date ($lib/map/stageMarkup.ts: MapStage and KnownPanel,
// two blocks), whose map carries its data layer for the phone widths and its drawn layers inline
// (SceneMap's `prerendered`: the basemap, sea-front and invasion SVG of $lib/map/basemap/build.ts,
// drawn from the committed TopoJSON).
// Each entry is one use; a name listed twice allows two.
const allowed: Record<string, string[]> = {
	'src/lib/map/StaticMultiples.svelte': ['{@html}'],
	'src/lib/map/SceneMap.svelte': ['{@html}', '{@html}'],
	'src/routes/map/+page.svelte': ['{@html}', '{@html}']
};

describe('src/ never renders data as markup', () => {
	const files = sourceFiles(srcDir);
	it('finds the source files', () => {
		expect(files.length).toBeGreaterThan(10);
	});
	it.each(files.map((f) => ({ file: relative(root, f) })))('$file', ({ file }) => {
		const found = findings(readFileSync(join(root, file), 'utf8'));
		const allowedHere = allowed[file] ?? [];
		expect(found.filter((f) => !allowedHere.includes(f.replace(/^\d+: /, '')))).toEqual([]);
		// An allowance that is no longer used goes (so that it cannot cover a new one).
		for (const name of new Set(allowedHere)) expect(found.filter((f) => f.endsWith(`: ${name}`)), `${file}: ${name}`).toHaveLength(allowedHere.filter((n) => n === name).length);
	});
});
