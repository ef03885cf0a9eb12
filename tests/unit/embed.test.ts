import { describe, it, expect } from 'vitest';
import { wantsEmbed, iframeCode, fullViewUrl } from '$lib/share/embed.svelte';

describe('wantsEmbed', () => {
	const cases = [
		{ input: 'http://x/map?embed', expected: true },
		{ input: 'http://x/map?embed=1', expected: true },
		{ input: 'http://x/map?date=2022-01-15&embed=true', expected: true },
		{ input: 'http://x/map?embed=0', expected: false },
		{ input: 'http://x/map?embed=false', expected: false },
		{ input: 'http://x/map?date=2022-01-15', expected: false }
	];
	for (const { input, expected } of cases) {
		it(`${input} → ${expected}`, () => expect(wantsEmbed(new URL(input))).toBe(expected));
	}
});

describe('iframeCode', () => {
	it('keeps the state, adds the embed flag once and escapes the attributes', () => {
		expect(iframeCode('http://x/charts/troops?troops-hide=hur&embed#top', 'Troops "by" estimator', 560.4)).toBe(
			'<iframe src="http://x/charts/troops?troops-hide=hur&amp;embed" title="Troops &quot;by&quot; estimator" width="100%" height="560" style="border:0" loading="lazy"></iframe>'
		);
	});
	it('adds ?embed to an address without parameters', () => {
		expect(iframeCode('http://x/map', 'Map', 600)).toContain('src="http://x/map?embed"');
	});
});

describe('fullViewUrl', () => {
	it('drops only the embed flag', () => {
		expect(fullViewUrl('http://x/map?date=2022-01-15&embed')).toBe('http://x/map?date=2022-01-15');
	});
});
