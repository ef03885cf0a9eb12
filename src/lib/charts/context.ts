/** The typed context a Plot shares with its layers (axes, marks, rules): its scales and size. */
import { createContext } from 'svelte';
import type { ScaleLinear, ScaleTime } from 'd3-scale';
import type { UndatedColumn } from './undated';

export interface PlotContext {
	readonly x: ScaleTime<number, number>;
	readonly y: ScaleLinear<number, number>;
	readonly innerWidth: number;
	readonly innerHeight: number;
	/** Where the plot's origin is in the whole SVG (for placing HTML tooltips). */
	readonly offsetX: number;
	readonly offsetY: number;
	/** The value metric, for tick labels (e.g. "aid_usd" → "$"). */
	readonly metric: string;
	/** The "no date" column right of the time axis (./undated.ts), or null. */
	readonly undated: UndatedColumn | null;
	/** Marks drawn as paths, not one element each (./dense.ts). */
	readonly dense: boolean;
}

const [get, set, has] = createContext<PlotContext>();

export function getPlot(): PlotContext {
	if (!has()) throw new Error('A chart layer must be placed inside <Plot>.');
	return get();
}

export const setPlot = set;
