/** Chart 2, battalion tactical groups: reported, expected and projected counts kept apart. */
import { groupSeries } from '../series';
import type { ChartFigure } from '../types';

export function isBtgFigure(f: Pick<ChartFigure, 'metric' | 'side'>): boolean {
	return f.metric === 'btgs' && f.side === 'russia';
}

export type BtgGroup = 'reported' | 'expected' | 'projected' | 'planned';

export const btgGroupLabels: Record<BtgGroup, string> = {
	reported: 'Reported count',
	expected: 'Expected size',
	projected: 'Projection',
	planned: 'Plan'
};

/** Projections whose subject says "expected" are expected sizes; other projections stay projections. */
export function btgGroup(f: Pick<ChartFigure, 'kind' | 'subject'>): BtgGroup {
	if (f.kind === 'plan') return 'planned';
	if (f.kind === 'projection') return /expect/i.test(f.subject) ? 'expected' : 'projected';
	return 'reported';
}

export function btgSeries(figures: ChartFigure[]) {
	return groupSeries(
		figures,
		(f) => btgGroup(f),
		(f) => btgGroupLabels[btgGroup(f)],
		(id) => (id === 'reported' ? 'var(--russia)' : id === 'expected' ? 'var(--series-3)' : 'var(--series-5)')
	);
}
