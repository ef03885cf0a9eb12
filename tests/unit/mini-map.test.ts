import { describe, expect, it } from 'vitest';
import { readFileSync } from 'node:fs';
import type { Topology } from 'topojson-specification';
import { buildMiniMap, compactPath, MINI_HEIGHT, MINI_WIDTH } from '$lib/overview/miniMap';
import { mapSlice } from '$lib/map/select';
import { dataset } from '$lib/generated/dataset';

describe('compactPath', () => {
	it('rounds to whole pixels and drops points that round to the one before', () => {
		expect(compactPath('M0.2,0.1L0.4,0.3L10.6,0.2L10.4,9.6L0,10Z')).toBe('M0,0L11,0L10,10L0,10Z');
	});

	it('keeps each ring, and its closing Z only where the input closed it', () => {
		expect(compactPath('M0,0L5,0L5,5ZM20,20L30,20L30,30')).toBe('M0,0L5,0L5,5ZM20,20L30,20L30,30');
	});

	it('drops rings that collapse below three points', () => {
		expect(compactPath('M0,0L5,0L5,5ZM1.1,1.2L1.3,1.4L0.9,1.1Z')).toBe('M0,0L5,0L5,5Z');
		expect(compactPath('')).toBe('');
	});
});

describe('buildMiniMap', () => {
	const topology = JSON.parse(readFileSync('static/geo/basemap.topo.json', 'utf8')) as Topology;
	const map = buildMiniMap(topology, mapSlice(dataset), ['2022-02-23']);

	it('draws Ukraine and the occupied areas with whole-pixel coordinates inside the frame', () => {
		expect(map.shapes.some((s) => s.role === 'ukraine')).toBe(true);
		expect(map.shapes.filter((s) => s.role === 'occupied').length).toBeGreaterThanOrEqual(2);
		for (const shape of map.shapes) {
			const numbers = shape.d.match(/-?[\d.]+/g)!.map(Number);
			expect(numbers.every(Number.isInteger)).toBe(true);
			expect(Math.min(...numbers)).toBeGreaterThanOrEqual(-4);
			expect(Math.max(...numbers)).toBeLessThanOrEqual(Math.max(MINI_WIDTH, MINI_HEIGHT) + 4);
		}
	});

	it('keeps the path data small enough for the overview budget', () => {
		const bytes = map.shapes.reduce((sum, s) => sum + s.d.length, 0);
		expect(bytes).toBeLessThan(60_000);
	});
});
