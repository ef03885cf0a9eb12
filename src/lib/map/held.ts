/**
 * Government-held Ukraine as the label placement sees it: the grid mask from the basemap
 * (./basemap/held.ts, committed in ./generated/held.ts), decoded once into per-row prefix counts,
 * so "does this rectangle touch a held cell?" costs one subtraction per row it spans. Pure and
 * client-safe; tested in node.
 */
import { heldCell, heldCols, heldRows, heldRuns } from './generated/held';
import type { View } from './frame';
import type { Rect } from './placement';

/** prefix[gy][gx]: held cells in row gy before column gx. */
const prefix: Uint16Array[] = heldRuns.split(' ').map((line) => {
	const row = new Uint16Array(heldCols + 1);
	let gx = 0;
	let held = false;
	const runs = line ? line.split('.').map((r) => parseInt(r, 36)) : [];
	for (const run of runs) {
		for (let i = 0; i < run; i++, gx++) row[gx + 1] = row[gx] + (held ? 1 : 0);
		held = !held;
	}
	for (; gx < heldCols; gx++) row[gx + 1] = row[gx];
	return row;
});
if (prefix.length !== heldRows) throw new Error(`generated/held.ts: ${prefix.length} rows, expected ${heldRows}`);

/** True when a rectangle in design units touches government-held Ukraine. */
export function touchesHeld(x0: number, y0: number, x1: number, y1: number): boolean {
	const c0 = Math.max(0, Math.floor(x0 / heldCell));
	const c1 = Math.min(heldCols - 1, Math.floor(x1 / heldCell));
	const r0 = Math.max(0, Math.floor(y0 / heldCell));
	const r1 = Math.min(heldRows - 1, Math.floor(y1 / heldCell));
	if (c0 > c1) return false;
	for (let gy = r0; gy <= r1; gy++) if (prefix[gy][c1 + 1] - prefix[gy][c0] > 0) return true;
	return false;
}

/** The same test for a rectangle in a view's px. */
export function heldKeepOut(view: View): (r: Rect) => boolean {
	return (r) => touchesHeld((r.x - view.ox) / view.k, (r.y - view.oy) / view.k, (r.x + r.w - view.ox) / view.k, (r.y + r.h - view.oy) / view.k);
}
