/** Chart 5, two tracks: the troop estimates above, the diplomacy below, on one time axis. */
import type { TracksChartConfig } from '../config';
import { tracksMeta } from './meta';
import { isTroopEstimate } from '../troops/troops';
import { isDiplomacyEvent } from './tracks';

export const tracksChart: TracksChartConfig = {
	id: 'tracks',
	layout: 'tracks',
	meta: tracksMeta,
	figures: isTroopEstimate,
	events: isDiplomacyEvent
};
