/**
 * Titles, subtitles, notes and index lines of the charts, by id: what a page shows about a chart
 * before (or without) loading its code. Each chart's config (./registry.ts) holds the same object.
 */
import { btgsMeta } from './btgs/meta';
import type { ChartMeta } from './config';
import { frontsMeta } from './fronts/meta';
import { supportMeta } from './support/meta';
import { tracksMeta } from './tracks/meta';
import { troopsMeta } from './troops/meta';
import type { ChartId } from './types';

export const chartMeta: Record<ChartId, ChartMeta> = {
	troops: troopsMeta,
	btgs: btgsMeta,
	fronts: frontsMeta,
	support: supportMeta,
	tracks: tracksMeta
};
