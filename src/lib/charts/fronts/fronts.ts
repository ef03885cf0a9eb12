/**
 * Chart 3, forces by front: one panel per front on a shared time axis. A figure that covers
 * several fronts goes to the "several fronts" panel, labelled with them — never split.
 */
import type { Front } from '$lib/data/types';
import { groupSeries, sideColour } from '../series';
import type { ChartFigure } from '../types';

export const frontPanels = [
	{ id: 'north', label: 'Belarus (north)' },
	{ id: 'east', label: "Russia's border oblasts (east)" },
	{ id: 'donbas', label: 'Occupied Donbas' },
	{ id: 'south', label: 'Crimea (south)' },
	{ id: 'sea', label: 'Black Sea and Sea of Azov' },
	{ id: 'several', label: 'Several fronts at once' }
] as const;
export type PanelId = (typeof frontPanels)[number]['id'];

const panelFronts: Front[] = ['north', 'east', 'donbas', 'south', 'sea'];
const frontNames: Record<string, string> = {
	north: 'Belarus',
	east: 'border oblasts',
	donbas: 'Donbas',
	south: 'Crimea',
	sea: 'sea'
};

export function isFrontFigure(f: Pick<ChartFigure, 'metric' | 'side' | 'fronts'>): boolean {
	return (
		(f.metric === 'troops' || f.metric === 'exercise_troops') &&
		['russia', 'belarus', 'separatist'].includes(f.side) &&
		f.fronts.length > 0 &&
		f.fronts.every((front) => panelFronts.includes(front))
	);
}

export function panelOf(f: Pick<ChartFigure, 'fronts'>): PanelId {
	return f.fronts.length === 1 ? (f.fronts[0] as PanelId) : 'several';
}

/** "Crimea + Donbas" for a figure's fronts. */
export function frontsLabel(fronts: readonly string[]): string {
	return fronts.map((f) => frontNames[f] ?? f).join(' + ');
}

const sideLabels: Record<string, string> = {
	russia: 'Russian forces',
	belarus: 'Belarusian forces',
	separatist: 'Separatist forces'
};

export function frontSeries(figures: ChartFigure[]) {
	return groupSeries(
		figures,
		(f) => f.side,
		(f) => sideLabels[f.side] ?? f.side,
		(side) => sideColour(side)
	);
}
