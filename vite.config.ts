import { sveltekit } from '@sveltejs/kit/vite';
import { defineConfig } from 'vitest/config';

export default defineConfig({
	plugins: [sveltekit()],
	test: {
		include: ['tests/unit/**/*.test.ts'],
		environment: 'node',
		// The map's layer rules are read as text (`?raw`) by the basemap's builder; other CSS stays out of unit tests.
		css: { include: [/basemap\/layers\.css/] },
		expect: { requireAssertions: true }
	}
});
