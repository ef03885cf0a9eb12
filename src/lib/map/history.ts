/**
 * The totals panel's time chart reads every estimate of Russia's troops around Ukraine, whatever
 * the date shown: the page fetches them once (`/map/history.json`) rather than from each month.
 */
import type { MapFigure, MapSlice } from './types';

export const troopsHistory = (slice: Pick<MapSlice, 'figures'>): MapFigure[] =>
	slice.figures.filter((f) => f.fronts.includes('around') && f.metric === 'troops' && f.side === 'russia');

/** The parsed `/map/history.json`, or an error saying what is wrong with it. */
export function parseHistory(value: unknown): MapFigure[] {
	const list = (value as { history?: unknown } | null)?.history;
	if (!Array.isArray(list) || !list.every((f) => typeof f?.id === 'string' && typeof f?.date_start === 'string')) throw new Error('/map/history.json is not a list of figures');
	return list as MapFigure[];
}
