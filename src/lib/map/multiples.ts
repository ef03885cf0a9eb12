/**
 * The small multiples: the map's scene at a few dates, reduced to what reads at a thumbnail's
 * size — the fronts tinted, one symbol per figure site (its largest figure) and per formation
 * site (with the count), and the largest troop total with its estimator. Same scene, same rules
 * as the full map. Pure; runs at build time for the overview and the map page.
 */
import { formatFigureValue } from '$lib/data/format';
import type { IsoDate, ForceSide } from '$lib/data/types';
import { project } from './frame';
import { symbolRings } from './symbols';
import type { SceneIndex, MapFront } from './scene';

export interface MiniMark {
	key: string;
	x: number;
	y: number;
	/** Radius in px at the thumbnail's scale. */
	r: number;
	side: ForceSide;
	/** A site of formations (a frame with their count) or of figures (a circle). */
	formations: number;
	label: string;
}

export interface MiniFrame {
	date: IsoDate;
	label: string;
	phase: string;
	active: MapFront[];
	marks: MiniMark[];
	/** "127,000 troops · Ukraine MoD" (the largest estimate for all fronts together), or that there is none. */
	headline: string;
	/** Every record drawn, for the text alternative. */
	summary: string;
}

const forces = (side: string) => side === 'russia' || side === 'belarus' || side === 'separatist';

export function miniFrames(index: SceneIndex, dates: readonly { date: IsoDate; label: string; phase: string }[], estimatorsShort: Record<string, string>): MiniFrame[] {
	return dates.map(({ date, label, phase }) => {
		const scene = index.at(date);
		const marks: MiniMark[] = [];
		for (const site of scene.sites) {
			const top = site.figures.find((f) => forces(f.figure.side));
			if (!top) continue;
			const [x, y] = project(...site.point);
			marks.push({ key: site.key, x, y, r: Math.max(2.5, symbolRings(top.figure).outer * 0.45), side: top.figure.side, formations: 0, label: `${formatFigureValue(top.figure)} at ${site.name}` });
		}
		for (const site of scene.units) {
			const n = site.formations.filter((f) => f.status !== 'withdrawal' && forces(f.unit.side)).length;
			if (!n) continue;
			const [x, y] = project(...site.point);
			marks.push({ key: `u:${site.key}`, x, y, r: 5, side: site.formations[0].unit.side, formations: n, label: `${n} formation${n > 1 ? 's' : ''} at ${site.place.name}` });
		}
		// The largest observed estimate (a projection only when there is nothing else, and then said).
		const troops = scene.totals.troops;
		const top = troops.find((t) => t.figure.kind !== 'projection' && t.figure.kind !== 'plan') ?? troops[0];
		const kind = top && (top.figure.kind === 'projection' || top.figure.kind === 'plan') ? ` (${top.figure.kind})` : '';
		const headline = top ? `${formatFigureValue(top.figure)} troops${kind} · ${estimatorsShort[top.figure.estimator] ?? top.figure.estimator}` : 'no troop estimate in the last 60 days';
		const active = scene.fronts.filter((f) => f.active && f.id !== 'nato_east').map((f) => f.id);
		return { date, label, phase, active, marks, headline, summary: marks.map((m) => m.label).join('; ') || 'nothing drawn' };
	});
}
