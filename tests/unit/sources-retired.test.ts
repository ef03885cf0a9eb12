/** The Sources page keeps an anchor for every retired id, saying why it was retired (data/retired.yaml). */
import { describe, it, expect } from 'vitest';
import { render } from 'svelte/server';
import RetiredIds from '$lib/sources/RetiredIds.svelte';

describe('RetiredIds', () => {
	it('renders one anchor per retired id with its reason, and marks the one the address points at', () => {
		const retired = [
			{ id: 'old-figure-2021-04', reason: 'Recorded twice; see hur-troops-east-2021-04.' },
			{ id: 'old-event-2022-01-10', reason: 'Not in the source after its correction.' }
		];
		const { body } = render(RetiredIds, { props: { retired, target: 'old-event-2022-01-10' } });
		const html = body.replace(/<!--[^>]*-->/g, '');
		expect(html).toContain('Retired records');
		expect(html).toMatch(/<li id="old-figure-2021-04"[^>]*><code>old-figure-2021-04<\/code> — retired: Recorded twice; see hur-troops-east-2021-04\.<\/li>/);
		expect(html).toMatch(/<li id="old-event-2022-01-10"[^>]* class="[^"]*\btarget\b/);
		expect(html).not.toMatch(/<li id="old-figure-2021-04"[^>]* class="[^"]*\btarget\b/);
	});

	it('renders nothing when no id is retired', () => {
		const { body } = render(RetiredIds, { props: { retired: [] } });
		expect(body.replace(/<!--[^>]*-->/g, '').trim()).toBe('');
	});
});
