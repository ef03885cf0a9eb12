/**
 * A chart's size, owned by its frame (ChartFrame): the width it is drawn at, its height, its
 * margins and the inner plot size that the chart body lays its plots out in. Pure.
 *
 * A chart says how it is laid out with a `ChartLayout`; its height may depend on the width only
 * through `wide`, so the frame knows both possible heights before it has measured anything.
 */
import type { ActiveItem } from './types';

export interface Margin {
	top: number;
	right: number;
	bottom: number;
	left: number;
}

export interface ChartLayout {
	height: (wide: boolean) => number;
	margin: (width: number, wide: boolean) => Margin;
}

export interface ChartSize {
	width: number;
	height: number;
	/** `width` ≥ `wideFrom`: room for event labels, taller plots. */
	wide: boolean;
	margin: Margin;
	innerWidth: number;
	innerHeight: number;
}

/** What a chart body is rendered with: its size, and where to send the mark under the pointer. */
export interface ChartBody extends ChartSize {
	onactive: (item: ActiveItem | null) => void;
}

/** The width a chart is drawn at before it is measured (and so in the prerendered page). */
export const defaultWidth = 720;
/** From this width (CSS pixels) a chart is laid out wide. */
export const wideFrom = 560;

export function chartSize(width: number, layout: ChartLayout): ChartSize {
	const wide = width >= wideFrom;
	const height = layout.height(wide);
	const margin = layout.margin(width, wide);
	return {
		width,
		height,
		wide,
		margin,
		innerWidth: width - margin.left - margin.right,
		innerHeight: height - margin.top - margin.bottom
	};
}
