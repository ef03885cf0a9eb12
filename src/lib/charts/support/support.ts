/**
 * Chart 4, Western support: one panel per unit of measure (never dollars added to missiles).
 * Aid to Ukraine (money, weapons, ammunition, trainers) and forces sent to NATO's east.
 */
import { groupSeries } from '../series';
import type { ChartFigure } from '../types';

export const supportPanels = [
	{ metric: 'aid_usd', front: 'ukraine', label: 'Aid to Ukraine, US dollars' },
	{ metric: 'aid_eur', front: 'ukraine', label: 'Aid to Ukraine, euros' },
	{ metric: 'aid_gbp', front: 'ukraine', label: 'Aid to Ukraine, pounds' },
	{ metric: 'weapons', front: 'ukraine', label: 'Weapons sent to Ukraine (missiles, launchers)' },
	{ metric: 'ammunition_tonnes', front: 'ukraine', label: 'Ammunition sent to Ukraine, tonnes' },
	{ metric: 'trainers', front: 'ukraine', label: 'Western trainers in Ukraine' },
	{ metric: 'troops', front: 'nato_east', label: "Troops sent to NATO's east" },
	{ metric: 'aircraft', front: 'nato_east', label: "Aircraft sent to NATO's east" }
] as const;

const western = ['us', 'uk', 'west', 'nato'];

export function supportPanelOf(f: Pick<ChartFigure, 'metric' | 'fronts'>): string | null {
	const panel = supportPanels.find((p) => p.metric === f.metric && f.fronts.includes(p.front));
	return panel ? `${panel.metric}@${panel.front}` : null;
}

export function isSupportFigure(f: Pick<ChartFigure, 'metric' | 'side' | 'fronts' | 'kind'>): boolean {
	return western.includes(f.side) && f.kind !== 'exercise' && supportPanelOf(f) !== null;
}

const sideLabels: Record<string, string> = {
	us: 'United States',
	uk: 'United Kingdom',
	nato: 'NATO members',
	west: 'Other Western countries'
};

export function supportSeries(figures: ChartFigure[]) {
	return groupSeries(
		figures,
		(f) => f.side,
		(f) => sideLabels[f.side] ?? f.side
	);
}
