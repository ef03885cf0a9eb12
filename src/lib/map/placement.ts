/**
 * Greedy label placement in screen space. Given each label's symbol (centre and radius, container
 * pixels) and the label's size, places labels one by one, highest priority first, at the first
 * free position of a fixed list around its symbol; a label with no free position is dropped (its
 * symbol stays). Pure and deterministic (ties broken by id); tested in node.
 */

export interface Rect {
	x: number;
	y: number;
	w: number;
	h: number;
}

/** An area labels avoid; a label ignores the obstacles of its own symbol (same `owner`). */
export interface Obstacle extends Rect {
	owner?: string;
}

export interface LabelRequest {
	id: string;
	/** Centre of the symbol the label belongs to (container px). */
	x: number;
	y: number;
	/** Radius the label keeps clear of (the outermost ring drawn at that point). */
	r: number;
	w: number;
	h: number;
	/** Higher is placed first (see labelPriority). */
	priority: number;
	/** Placed even when no position is free (the figure the reader selected). */
	force?: boolean;
	/** The symbol (group) the label belongs to: its own obstacles do not block it. */
	owner?: string;
}

export type Side = 'e' | 'w' | 'ne' | 'se' | 'nw' | 'sw' | 'n' | 's' | 'n>' | 'n<' | 's>' | 's<' | 'e+1' | 'w+1' | 'e-1' | 'w-1' | 'e+2' | 'w+2';

/** Where a label goes: its top-left corner relative to its symbol's centre, and which side. */
export interface Placement {
	dx: number;
	dy: number;
	side: Side;
}

export interface PlaceOptions {
	/** The visible area: labels stay inside [margin, width − margin] × [margin, height − margin]. */
	width: number;
	height: number;
	margin?: number;
	/** Space between a symbol's ring and its label. */
	gap?: number;
	/** Space kept between two labels. */
	pad?: number;
	/** Areas no label may cover: map controls, other symbols. */
	obstacles?: readonly Obstacle[];
}

/**
 * Positions tried, in order: beside the symbol first, then diagonals, above/below (centred, then
 * mostly east or west of the symbol: `n>` starts just west of it), then stacked beside.
 */
export const sides: readonly Side[] = ['e', 'w', 'ne', 'se', 'nw', 'sw', 'n', 's', 'n>', 's>', 'n<', 's<', 'e+1', 'w+1', 'e-1', 'w-1', 'e+2', 'w+2'];

export function candidate(side: Side, r: number, w: number, h: number, gap: number): Placement {
	const d = r * Math.SQRT1_2;
	const step = h + 2;
	switch (side) {
		case 'e':
			return { dx: r + gap, dy: -h / 2, side };
		case 'w':
			return { dx: -r - gap - w, dy: -h / 2, side };
		case 'ne':
			return { dx: d + gap / 2, dy: -d - h, side };
		case 'se':
			return { dx: d + gap / 2, dy: d, side };
		case 'nw':
			return { dx: -d - gap / 2 - w, dy: -d - h, side };
		case 'sw':
			return { dx: -d - gap / 2 - w, dy: d, side };
		case 'n':
			return { dx: -w / 2, dy: -r - gap - h, side };
		case 's':
			return { dx: -w / 2, dy: r + gap, side };
		case 'n>':
		case 'n<':
		case 's>':
		case 's<':
			return { dx: side[1] === '>' ? -w * 0.15 : -w * 0.85, dy: side[0] === 'n' ? -r - gap - h : r + gap, side };
		default: {
			const east = side.startsWith('e');
			const k = Number(side.slice(1));
			return { dx: east ? r + gap : -r - gap - w, dy: -h / 2 + k * step, side };
		}
	}
}

function overlaps(a: Rect, b: Rect, pad: number): boolean {
	return a.x < b.x + b.w + pad && b.x < a.x + a.w + pad && a.y < b.y + b.h + pad && b.y < a.y + a.h + pad;
}

/** Placement order: forced first, then fresh before stale, then larger symbols, then more recent. */
export function labelPriority({ r, ageDays, stale }: { r: number; ageDays: number; stale: boolean }): number {
	return (stale ? 0 : 1e8) + Math.round(Math.min(r, 999) * 100) * 1e3 + Math.max(0, 999 - Math.min(999, Math.max(0, ageDays)));
}

/** Places the labels; returns, for each id, its placement or null when it was dropped. */
export function placeLabels(labels: readonly LabelRequest[], options: PlaceOptions): Record<string, Placement | null> {
	const { width, height, margin = 4, gap = 3, pad = 2, obstacles = [] } = options;
	const order = [...labels].sort(
		(a, b) => Number(!!b.force) - Number(!!a.force) || b.priority - a.priority || (a.id < b.id ? -1 : a.id > b.id ? 1 : 0)
	);
	const taken: Rect[] = [];
	const out: Record<string, Placement | null> = {};
	for (const l of order) {
		let chosen: Placement | null = null;
		for (const side of sides) {
			const c = candidate(side, l.r, l.w, l.h, gap);
			const rect = { x: l.x + c.dx, y: l.y + c.dy, w: l.w, h: l.h };
			if (rect.x < margin || rect.y < margin || rect.x + rect.w > width - margin || rect.y + rect.h > height - margin) continue;
			if (taken.some((t) => overlaps(rect, t, pad))) continue;
			if (obstacles.some((o) => (o.owner === undefined || o.owner !== l.owner) && overlaps(rect, o, 0))) continue;
			chosen = c;
			break;
		}
		if (!chosen && l.force) chosen = candidate(l.x > width / 2 ? 'w' : 'e', l.r, l.w, l.h, gap);
		if (chosen) taken.push({ x: l.x + chosen.dx, y: l.y + chosen.dy, w: l.w, h: l.h });
		out[l.id] = chosen;
	}
	return out;
}

/** Two placements records are the same (to skip a DOM update). */
export function samePlacements(a: Record<string, Placement | null> | undefined, b: Record<string, Placement | null>): boolean {
	if (!a) return false;
	const keys = Object.keys(b);
	if (Object.keys(a).length !== keys.length) return false;
	return keys.every((k) => {
		const p = a[k];
		const q = b[k];
		return p === q || (!!p && !!q && p.side === q.side && Math.round(p.dx) === Math.round(q.dx) && Math.round(p.dy) === Math.round(q.dy));
	});
}
