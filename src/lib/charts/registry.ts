/** Every chart, by id: its config (./config.ts; its texts are in ./meta.ts too). Add a chart here, to ./meta.ts and to `chartIds` (./types.ts). */
import { btgsChart } from './btgs/config';
import type { ChartConfig } from './config';
import { frontsChart } from './fronts/config';
import { supportChart } from './support/config';
import { tracksChart } from './tracks/config';
import { troopsChart } from './troops/config';
import type { ChartId } from './types';

export const chartConfigs: Record<ChartId, ChartConfig> = {
	troops: troopsChart,
	btgs: btgsChart,
	fronts: frontsChart,
	support: supportChart,
	tracks: tracksChart
};
