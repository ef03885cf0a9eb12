/** Laying out small multiples: which panels to draw and how tall the stack is. Pure. */
import type { ChartFigure } from './types';

export interface PanelSpec {
	id: string;
	label: string;
	metric: string;
}

export interface PanelLayout {
	id: string;
	label: string;
	metric: string;
	figures: ChartFigure[];
	scaleFigures: ChartFigure[];
}

/**
 * Panels that hold at least one figure (drawn or hidden), in the given order, each with its
 * visible figures; and the labels of panels with none (named in a note, not drawn empty).
 */
export function layoutPanels(
	specs: readonly PanelSpec[],
	figures: ChartFigure[],
	panelOf: (f: ChartFigure) => string,
	isVisible: (f: ChartFigure) => boolean
): { panels: PanelLayout[]; empty: string[] } {
	const panels: PanelLayout[] = [];
	const empty: string[] = [];
	for (const spec of specs) {
		const mine = figures.filter((f) => panelOf(f) === spec.id);
		if (mine.length === 0) empty.push(spec.label);
		else panels.push({ ...spec, figures: mine.filter(isVisible), scaleFigures: mine });
	}
	return { panels, empty };
}

/** Height of a stack of `count` panels. */
export function stackHeight(count: number, panelHeight: number): number {
	return 22 + Math.max(1, count) * (panelHeight + 12) + 8;
}
