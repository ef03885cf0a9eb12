import { describe, it, expect } from 'vitest';
import { chartSize, wideFrom, type ChartLayout } from '$lib/charts/frame';
import { chartConfigs } from '$lib/charts/registry';
import { chartIds } from '$lib/charts/types';

// A layout like the troop chart's: taller when wide, more room above for event labels.
const layout: ChartLayout = {
	height: (wide) => (wide ? 420 : 320),
	margin: (width, wide) => ({ top: wide ? 62 : 16, right: width < 480 ? 10 : 18, bottom: 28, left: 56 })
};

describe('the frame owns the chart size', () => {
	it.each([
		{ width: 720, wide: true, height: 420, innerWidth: 720 - 56 - 18, innerHeight: 420 - 62 - 28 },
		{ width: wideFrom, wide: true, height: 420, innerWidth: wideFrom - 56 - 18, innerHeight: 420 - 62 - 28 },
		{ width: wideFrom - 1, wide: false, height: 320, innerWidth: wideFrom - 1 - 56 - 18, innerHeight: 320 - 16 - 28 },
		{ width: 360, wide: false, height: 320, innerWidth: 360 - 56 - 10, innerHeight: 320 - 16 - 28 }
	])('at $width px: wide $wide, $height tall, inner $innerWidth × $innerHeight', ({ width, ...expected }) => {
		expect(chartSize(width, layout)).toMatchObject({ width, ...expected });
	});
});

describe('the chart registry', () => {
	it('has one config per chart id, under its own id, in a layout the charts know', () => {
		for (const id of chartIds) {
			expect(chartConfigs[id].id).toBe(id);
			expect(['time', 'panels', 'tracks']).toContain(chartConfigs[id].layout);
		}
		expect(Object.keys(chartConfigs).sort()).toEqual([...chartIds].sort());
	});
});
