/** Every chart, by id: its config (./config.ts). Add a chart here and to `chartIds` (./types.ts). */
import { btgsChart } from './btgs/config';
import type { ChartConfig, ChartMeta } from './config';
import { frontsChart } from './fronts/config';
import { supportChart } from './support/config';
import { tracksChart } from './tracks/config';
import { troopsChart } from './troops/config';
import { chartIds, type ChartId } from './types';

export const chartConfigs: Record<ChartId, ChartConfig> = {
	troops: troopsChart,
	btgs: btgsChart,
	fronts: frontsChart,
	support: supportChart,
	tracks: tracksChart
};

/** Titles, subtitles, source lines and notes of the charts, by id. */
export const chartMeta = Object.fromEntries(chartIds.map((id) => [id, chartConfigs[id].meta])) as Record<ChartId, ChartMeta>;
