/** What both sides of a lazy chart's prerendered part take (PrerenderedChart, PendingChart). */
import type { ControlKey } from './wake';
import type { ChartData, ChartId } from '../types';

export type WakeReason = 'mount' | 'link' | 'pointer' | 'focus' | 'click';

/** What the reader did that the live chart should repeat: focus a control, or click it. */
export interface Replay {
	action: 'focus' | 'click';
	key: ControlKey;
}

export interface PendingProps {
	id: ChartId;
	data: ChartData | null;
	headingLevel?: 1 | 2 | 3;
	embed?: boolean;
	/** Bring the chart to life; resolves once it is live (or could not be). */
	onwake: (reason: WakeReason, replay: Replay | null) => Promise<void>;
}
