/**
 * Greedy label placement in screen space. Given each label's symbol (centre and radius, container
 * pixels) and the label's size, places labels one by one, highest priority first, at the first
 * free position of a fixed list around its symbol; a label with no free position tries its short
 * form (if it has one) at each position, else it is dropped (its symbol stays). A label marked
 * `keepOut` also avoids the areas `keepOut(rect)` reports (government-held Ukraine for Russia's
 * marks before the invasion). Placed labels and obstacles are kept in a uniform grid (RectGrid), so
 * a candidate is checked against its neighbours only, not against every label placed so far.
 * Pure and deterministic (ties broken by id); tested in node.
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
	/** Avoid the areas PlaceOptions.keepOut reports. */
	keepOut?: boolean;
	/** A shorter form of the label (tried at every position when the full one fits nowhere). */
	short?: { w: number; h: number };
}

export type Side = 'e' | 'w' | 'ne' | 'se' | 'nw' | 'sw' | 'n' | 's' | 'n>' | 'n<' | 's>' | 's<' | 'e+1' | 'w+1' | 'e-1' | 'w-1' | 'e+2' | 'w+2' | 'n>2' | 'n<2' | 's>2' | 's<2';

/** Where a label goes: its top-left corner relative to its symbol's centre, and which side. */
export interface Placement {
	dx: number;
	dy: number;
	side: Side;
	/** The label's short form was placed. */
	short?: true;
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
	/** True where a `keepOut` label may not go (container px). */
	keepOut?: (rect: Rect) => boolean;
	/** Side of the grid's cells (px). */
	cell?: number;
}

/**
 * Positions tried, in order: beside the symbol first, then diagonals, above/below (centred, then
 * mostly east or west of the symbol: `n>` starts just west of it), then stacked beside, last one
 * label height further above or below (`n>2`: as `n>`, a step higher). The last ones only place
 * labels that would otherwise be dropped, so adding them changed no placement that existed.
 */
export const sides: readonly Side[] = ['e', 'w', 'ne', 'se', 'nw', 'sw', 'n', 's', 'n>', 's>', 'n<', 's<', 'e+1', 'w+1', 'e-1', 'w-1', 'e+2', 'w+2', 'n>2', 'n<2', 's>2', 's<2'];

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
		case 'n>2':
		case 'n<2':
		case 's>2':
		case 's<2':
			return { dx: side[1] === '>' ? -w * 0.15 : -w * 0.85, dy: side[0] === 'n' ? -r - gap - h - step : r + gap + step, side };
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

/**
 * A uniform grid of rectangles: each is listed in every cell it touches, so a query looks at the
 * rectangles near it only. `some` answers in the order the rectangles were added (first match).
 */
export class RectGrid<T extends Rect = Rect> {
	private cells = new Map<number, T[]>();
	constructor(private readonly size: number) {}

	private span(r: Rect, pad: number): [number, number, number, number] {
		const s = this.size;
		return [Math.floor((r.x - pad) / s), Math.floor((r.y - pad) / s), Math.floor((r.x + r.w + pad) / s), Math.floor((r.y + r.h + pad) / s)];
	}

	add(r: T): void {
		const [x0, y0, x1, y1] = this.span(r, 0);
		for (let gy = y0; gy <= y1; gy++)
			for (let gx = x0; gx <= x1; gx++) {
				const key = gy * 65536 + gx;
				const list = this.cells.get(key);
				if (list) list.push(r);
				else this.cells.set(key, [r]);
			}
	}

	/** True when a rectangle within `pad` of r passes `test` (each candidate tested at most once per cell). */
	some(r: Rect, pad: number, test: (t: T) => boolean): boolean {
		const [x0, y0, x1, y1] = this.span(r, pad);
		for (let gy = y0; gy <= y1; gy++)
			for (let gx = x0; gx <= x1; gx++) {
				const list = this.cells.get(gy * 65536 + gx);
				if (list) for (const t of list) if (overlaps(r, t, pad) && test(t)) return true;
			}
		return false;
	}
}

/** Placement order: forced first, then fresh before stale, then larger symbols, then more recent. */
export function labelPriority({ r, ageDays, stale }: { r: number; ageDays: number; stale: boolean }): number {
	return (stale ? 0 : 1e8) + Math.round(Math.min(r, 999) * 100) * 1e3 + Math.max(0, 999 - Math.min(999, Math.max(0, ageDays)));
}

/** Places the labels; returns, for each id, its placement or null when it was dropped. */
export function placeLabels(labels: readonly LabelRequest[], options: PlaceOptions): Record<string, Placement | null> {
	const { width, height, margin = 4, gap = 3, pad = 2, obstacles = [], keepOut, cell = 64 } = options;
	const order = [...labels].sort(
		(a, b) => Number(!!b.force) - Number(!!a.force) || b.priority - a.priority || (a.id < b.id ? -1 : a.id > b.id ? 1 : 0)
	);
	const taken = new RectGrid(cell);
	const blocked = new RectGrid<Obstacle>(cell);
	for (const o of obstacles) blocked.add(o);
	const out: Record<string, Placement | null> = {};
	const always = () => true;
	const find = (l: LabelRequest, w: number, h: number): Placement | null => {
		const notOwn = (o: Obstacle) => o.owner === undefined || o.owner !== l.owner;
		for (const side of sides) {
			const c = candidate(side, l.r, w, h, gap);
			const rect = { x: l.x + c.dx, y: l.y + c.dy, w, h };
			if (rect.x < margin || rect.y < margin || rect.x + rect.w > width - margin || rect.y + rect.h > height - margin) continue;
			if (taken.some(rect, pad, always)) continue;
			if (blocked.some(rect, 0, notOwn)) continue;
			if (l.keepOut && keepOut?.(rect)) continue;
			return c;
		}
		return null;
	};
	for (const l of order) {
		let chosen = find(l, l.w, l.h);
		let size = { w: l.w, h: l.h };
		if (!chosen && l.short) {
			const short = find(l, l.short.w, l.short.h);
			if (short) [chosen, size] = [{ ...short, short: true }, l.short];
		}
		if (!chosen && l.force) chosen = candidate(l.x > width / 2 ? 'w' : 'e', l.r, l.w, l.h, gap);
		if (chosen) taken.add({ x: l.x + chosen.dx, y: l.y + chosen.dy, w: size.w, h: size.h });
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
