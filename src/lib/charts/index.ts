/** The charts, by id: their components and titles. Import a single chart directly where only one is needed. */
import type { Component } from 'svelte';
import BtgChart from './btgs/BtgChart.svelte';
import FrontsChart from './fronts/FrontsChart.svelte';
import SupportChart from './support/SupportChart.svelte';
import TwoTracksChart from './tracks/TwoTracksChart.svelte';
import TroopEstimatesChart from './troops/TroopEstimatesChart.svelte';
import type { ChartData, ChartId } from './types';

export interface ChartProps {
	data: ChartData;
	width?: number;
	headingLevel?: 1 | 2 | 3;
	embed?: boolean;
}

export const chartComponents: Record<ChartId, Component<ChartProps>> = {
	troops: TroopEstimatesChart,
	btgs: BtgChart,
	fronts: FrontsChart,
	support: SupportChart,
	tracks: TwoTracksChart
};

export { chartIds, type ChartId, type ChartData } from './types';
export { chartMeta } from './meta';
export { TroopEstimatesChart };
