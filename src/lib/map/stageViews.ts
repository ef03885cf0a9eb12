/**
 * The box sizes the static map of the default date is laid out for at build time (stageMarkup.ts):
 * the map's box on a 1280 px desktop (with a scrollbar), a 412 px phone and a 360 px phone. The
 * CSS in map.css shows the data layer laid out for the reader's width; a box that is none of these
 * (within `fits`) makes the page lay the map out live for its own size as soon as it is idle.
 */
import { viewFor, type View } from './frame';
import type { Obstacle } from './placement';

export interface StageView {
	id: 'wide' | 'phone' | 'narrow';
	view: View;
	/** The totals panel's corner kept free of labels (px; none where the panel sits below the map). */
	panel: { w: number; h: number };
}

/** The panel on the desktop box: 14.5rem wide (+ padding), as tall as its max-height (100% − 5rem). */
const widePanel = (h: number) => ({ w: 232, h: h - 80 });

export const stageViews: readonly StageView[] = [
	{ id: 'wide', view: viewFor(856, 571), panel: widePanel(571) },
	{ id: 'phone', view: viewFor(378, 411), panel: { w: 0, h: 0 } },
	{ id: 'narrow', view: viewFor(326, 355), panel: { w: 0, h: 0 } }
];

/** The layout for a box of w × h px is the one made for `view` (the same size, or up to 4 % larger). */
export function fits(view: View, w: number, h: number): boolean {
	const within = (actual: number, planned: number) => actual >= planned - 1 && actual <= planned * 1.04;
	return within(w, view.w) && within(h, view.h);
}

/** The static layout a box of w × h px shows (as the CSS chooses it), if it fits it. */
export function stageViewFor(w: number, h: number, viewportWidth: number): StageView | undefined {
	const shown = viewportWidth > 640 ? stageViews[0] : viewportWidth > 384 ? stageViews[1] : stageViews[2];
	return fits(shown.view, w, h) ? shown : undefined;
}

/** The rectangle labels keep off for a totals panel of w × h px in the view's bottom-left corner. */
export function panelReserve(view: View, panel: { w: number; h: number }): Obstacle[] {
	return panel.w ? [{ x: 0, y: view.h - panel.h - 8, w: panel.w + 8, h: panel.h + 8 }] : [];
}
