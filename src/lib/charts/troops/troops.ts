/** Chart 1, Russian forces near Ukraine by estimator: which figures, and how they are grouped. */
import { groupSeries } from '../series';
import type { ChartFigure } from '../types';

type FigureLike = Pick<ChartFigure, 'metric' | 'side' | 'fronts' | 'kind'>;

/**
 * Troop figures for Russia's forces near Ukraine as a whole: all fronts together (`around`) or
 * several fronts at once. Single-front figures are in "Forces by front"; a country's whole armed
 * forces (`total`) and exercise sizes are not figures of the buildup.
 */
export function isTroopEstimate(f: FigureLike): boolean {
	return (
		f.metric === 'troops' &&
		f.side === 'russia' &&
		!f.fronts.includes('total') &&
		f.kind !== 'exercise' &&
		(f.fronts.includes('around') || f.fronts.length > 1)
	);
}

/** One series per estimator, in order of their first figure. */
export function troopSeries(figures: ChartFigure[]) {
	return groupSeries(
		figures,
		(f) => f.estimator,
		(f) => f.estimator_name
	);
}
