/**
 * From a scene to what the data layer draws, in the map's frame: every site's symbol and label
 * text, sizes in px, and where each label goes (placeLabels, in px for the view shown). Label
 * widths come from a fixed table of character widths (no DOM or canvas reads), so the prerendered
 * page and the browser agree, and a step costs no layout. Pure; tested in node.
 */
import { formatDate, formatFigureValue, formatInterval, metricLabel } from '$lib/data/format';
import type { Echelon, ForceSide } from '$lib/data/types';
import { exitPoint, project, type View } from './frame';
import { shortMetric, kindWords } from './labels';
import { placeLabels, type LabelRequest, type Obstacle, type Rect } from './placement';
import { symbolRings } from './symbols';
import { formatKm, isForces, type FigureSite, type PlacedEvent, type Scene, type SceneArrow, type SceneFigure, type SceneUnit, type UnitSite } from './scene';
import { mapLabels } from './places';
import { heldKeepOut } from './held';

export const LINE = 14;


const widths = new Map<string, number>();

/** Width in px of text at 12 px system sans (a table of glyph widths; bold is wider). Cached. */
export function textWidth(text: string, bold = false): number {
	const key = bold ? `b${text}` : text;
	let known = widths.get(key);
	if (known === undefined) widths.set(key, (known = measure(text, bold)));
	return known;
}

function measure(text: string, bold: boolean): number {
	let w = 0;
	for (const ch of text) {
		if ('ilI.,:;·|!\'’ '.includes(ch)) w += 3.4;
		else if ('fjrt()-/'.includes(ch)) w += 4.3;
		else if ('mwMW'.includes(ch)) w += 10;
		else if (ch >= 'A' && ch <= 'Z') w += 8;
		else if (ch >= '0' && ch <= '9') w += 6.9;
		else w += 6.7;
	}
	return Math.ceil(w * (bold ? 1.13 : 1.07));
}

export interface LabelLine {
	/** Bold lead (a number, a name) and the rest of the line. */
	lead: string;
	rest: string;
	muted?: boolean;
	/** The record the line is about (its excerpt opens from it). */
	id?: string;
}

export interface PlacedLabel {
	lines: LabelLine[];
	/** Top-left of the label relative to the anchor (px); null: no room (hidden from sight). */
	dx: number;
	dy: number;
	w: number;
	west: boolean;
	shown: boolean;
}

const frameSize: Record<Echelon, [number, number]> = {
	army: [30, 20],
	corps: [27, 18],
	headquarters: [26, 17],
	division: [24, 16],
	brigade: [20, 13],
	regiment: [20, 13],
	other: [15, 10]
};

/** A formation frame's size by echelon (army largest). */
export function formationFrame(echelon: Echelon): [number, number] {
	return frameSize[echelon];
}

/** APP-6 style echelon mark above a frame. */
export const echelonMark: Record<Echelon, string> = {
	army: 'XXXX',
	corps: 'XXX',
	division: 'XX',
	brigade: 'X',
	regiment: 'III',
	headquarters: 'HQ',
	other: ''
};

export function figureLine(s: SceneFigure, estimator: string, compact = false): LabelLine[] {
	const f = s.figure;
	const kind = kindWords[f.kind];
	if (compact) return [{ lead: formatFigureValue(f), rest: ` ${shortMetric(f.metric, metricLabel(f.metric, f.value ?? 2))}`, id: f.id, muted: s.stale }];
	return [
		{ lead: formatFigureValue(f), rest: ` ${shortMetric(f.metric, metricLabel(f.metric, f.value ?? 2))} · ${estimator}`, id: f.id, muted: s.stale },
		{ lead: '', rest: `${kind ? `${kind} · ` : ''}${formatInterval(f.date_start, f.date_end)}${s.ageDays > 0 ? ` · ${s.ageDays} d ago` : ''}`, muted: true }
	];
}

export function unitStatus(u: SceneUnit): string {
	if (u.status === 'transit') return 'arriving';
	if (u.status === 'withdrawal') return `withdrawal announced ${formatDate(u.unit.date_start).replace(/ \d{4}$/, '')}`;
	if (u.fresh) return 'new';
	return '';
}

export interface SiteMark {
	kind: 'figures';
	key: string;
	x: number;
	y: number;
	site: FigureSite;
	/** The figures drawn at the site (its largest SITE_FIGURES); the others are counted in the label. */
	figures: SceneFigure[];
	/** How many of the site's figures are not drawn (listed in "Known on D"). */
	more: number;
	r: number;
	label: PlacedLabel;
}

/** An event's pin: at most PINS_PER_PLACE (the latest) at one point; `more` counts the others there. */
export interface PinMark {
	key: string;
	x: number;
	y: number;
	pin: PlacedEvent;
	/** Events of the last days at the same point not pinned (0 but on the last pin drawn there). */
	more: number;
}

export interface UnitMark {
	kind: 'units';
	key: string;
	x: number;
	y: number;
	site: UnitSite;
	r: number;
	label: PlacedLabel;
}

export interface ArrowMark {
	key: string;
	arrow: SceneArrow;
	/** Start (the origin, or where it enters the view) and end, in design units. */
	x1: number;
	y1: number;
	x2: number;
	y2: number;
	label: PlacedLabel;
	side: ForceSide;
}

/** A label at a fixed point (design units), not placed around a symbol. */
export interface FixedMark {
	key: string;
	x: number;
	y: number;
	label: PlacedLabel;
}

export interface Layout {
	sites: SiteMark[];
	units: UnitMark[];
	arrows: ArrowMark[];
	/** From 24 Feb 2022: the invasion's label over Ukraine (Ukraine is drawn as its area); null before. */
	invasion: FixedMark | null;
	/** Labels of the invasion's events pinned at a place (explosions reported in Kyiv, Kharkiv). */
	pinLabels: FixedMark[];
	/** The events' pins, newest first. */
	pins: PinMark[];
	/** Place names hidden for this view (covered by the data, or cut by the edge). */
	hiddenPlaces: string[];
}

const MAX_UNIT_LINES = 9;
/**
 * At most this many figures are drawn at one site (its largest; symbols at one point overlap), with
 * their label lines; the label counts the others ("+37 more figures, in the list"), which the
 * "Known on D" list shows. The real dataset never has more than 3 at a site, so its map is drawn as
 * before; a dataset of many sources has dozens.
 */
export const SITE_FIGURES = 4;
/** At most this many event pins at one point (the latest; the dataset has up to 4 in 14 days). */
export const PINS_PER_PLACE = 4;

/** The label line that counts a site's figures not drawn. */
export function moreFiguresLine(n: number): LabelLine {
	return { lead: `+${n} more figure${n === 1 ? '' : 's'}`, rest: ', in the list', muted: true };
}

/** Where the invasion's label is centred: Ukraine's middle, south of the Western reports at its
 *  centre point; on a narrow map further west, clear of Donbas' symbols. */
const INVASION_LABEL_AT: [number, number] = [48.25, 31.0];
const INVASION_LABEL_AT_NARROW: [number, number] = [47.95, 29.9];

function longDate(date: string): string {
	return new Date(`${date}T00:00:00Z`).toLocaleDateString('en-GB', { day: 'numeric', month: 'long', year: 'numeric', timeZone: 'UTC' });
}

function unitLines(site: UnitSite, compact: boolean): LabelLine[] {
	const lines: LabelLine[] = [];
	const n = site.formations.length;
	if (n > 1) lines.push({ lead: site.place.name, rest: ` · ${n} formations`, id: compact ? site.formations[0].unit.id : undefined });
	if (compact && n > 1) return lines;
	if (n > 0 && site.reports.length > 2) {
		// Formations are the story here; the other reports at this place are counted (listed in the panel).
		for (const f of site.formations) {
			const status = unitStatus(f);
			lines.push({ lead: f.label, rest: status ? ` ${status}` : '', id: f.unit.id, muted: f.status === 'withdrawal' || f.stale });
		}
		lines.push({ lead: '', rest: `and ${site.reports.length} other reports`, muted: true, id: site.reports[0].unit.id });
		return lines;
	}
	for (const f of site.formations) {
		const status = unitStatus(f);
		lines.push({ lead: f.label, rest: status ? ` ${status}` : n === 1 && !compact ? ` · ${site.place.name}` : '', id: f.unit.id, muted: f.status === 'withdrawal' || f.stale });
	}
	for (const r of site.reports) {
		const status = unitStatus(r);
		const count = r.unit.count !== null ? ` ${new Intl.NumberFormat('en-GB').format(r.unit.count)} ${metricLabel(r.unit.count_metric ?? '', r.unit.count)}` : '';
		lines.push({ lead: r.label, rest: `${count}${status ? ` · ${status}` : ''}`, id: r.unit.id, muted: true });
	}
	if (lines.length > MAX_UNIT_LINES) {
		const more = lines.length - (MAX_UNIT_LINES - 1);
		lines.splice(MAX_UNIT_LINES - 1, lines.length, { lead: `+${more} more`, rest: '', muted: true });
	}
	return lines;
}

/** A unit site's label in one line: its compact form when that is one line, else the first
 *  formation (or report) and how many more there are (the panel lists them all). */
function shortUnitLines(site: UnitSite): LabelLine[] {
	const compact = unitLines(site, true);
	if (compact.length <= 1) return compact;
	const all = [...site.formations, ...site.reports];
	const first = all[0];
	return [{ lead: first.label, rest: ` +${all.length - 1} more`, id: first.unit.id, muted: site.formations.length === 0 }];
}

function widthOf(lines: LabelLine[]): number {
	return Math.max(...lines.map((l) => textWidth(l.lead, true) + textWidth(l.rest))) + 8;
}

function sizeOf(lines: LabelLine[]): { w: number; h: number } {
	return { w: widthOf(lines), h: lines.length * LINE + 4 };
}

/** A figure site's label shortened to its values: one line per figure, the value and metric. */
function valuesOnly(lines: LabelLine[]): LabelLine[] {
	return lines.filter((l) => l.lead).map((l) => ({ ...l, rest: l.rest.split(' · ')[0] }));
}

/** The radius of a site's largest symbol (px). */
function siteRadius(site: FigureSite): number {
	return Math.max(5, ...site.figures.map((f) => symbolRings(f.figure).outer));
}

/** A unit site's symbol half-size (px): the stacked frames. */
export function unitRadius(site: UnitSite): number {
	const top = site.formations[0];
	const [w, h] = top ? formationFrame(top.echelon) : [12, 12];
	return Math.max(w, h) / 2 + Math.min(site.formations.length, 4) * 2 + 2;
}

const placeDesign = mapLabels.map((l) => {
	const [x, y] = project(l.lat, l.lon);
	return { ...l, x, y, w: textWidth(l.text) * 0.95 + 4 };
});

/** Lays the scene out for a view: symbols where their places are, labels where they fit. */
export function layoutScene(scene: Scene, view: View, estimatorsShort: Record<string, string>, reserved: Obstacle[] = []): Layout {
	const px = (x: number, y: number): [number, number] => [view.ox + x * view.k, view.oy + y * view.k];
	const compact = view.w < 520;
	const requests: LabelRequest[] = [];
	const obstacles: Obstacle[] = [];
	const labelLines = new Map<string, LabelLine[]>();
	// Russia's, Belarus' and the separatists' labels keep off government-held Ukraine before the
	// invasion: where the full label fits nowhere else, its short form (the values; for a unit site
	// its one-line form) is tried; else it is dropped from the map (the panel lists every mark).
	const shortLines = new Map<string, LabelLine[]>();
	// Place names give way to the data: each is hidden where a data label or symbol covers it, or
	// where it does not fit in the view.
	const placeRects = placeDesign.map((l) => {
		const [x, y] = px(l.x, l.y);
		const w = l.w;
		return { text: l.text, x: x - w / 2, y: y - 8, w, h: l.front ? 30 : 16 };
	});
	// Keep labels off the as-of stamp (top-left) and the zoom buttons (top-right).
	obstacles.push({ x: 0, y: 0, w: 190, h: 54 }, { x: view.w - 44, y: 0, w: 44, h: 110 }, ...reserved);

	// The invasion: Ukraine as its area, and one label for it, centred where the sources' words are
	// about (the country, no axis). It is placed first; every other label keeps off it.
	let invasion: FixedMark | null = null;
	const intoUkraine = new Set(scene.intoUkraine.map((u) => u.unit.id));
	const first = scene.intoUkraine[0];
	if (first) {
		const lines: LabelLine[] = [
			{ lead: 'Invasion', rest: `, ${longDate(first.unit.date_start)}`, id: first.unit.id },
			...(compact ? [] : [{ lead: '', rest: 'Ukraine; origin and axes not stated', muted: true, id: first.unit.id }])
		];
		const [x, y] = project(...(compact ? INVASION_LABEL_AT_NARROW : INVASION_LABEL_AT));
		const { w, h } = sizeOf(lines);
		const [cx, cy] = px(x, y);
		obstacles.push({ x: cx - w / 2, y: cy - h / 2, w, h });
		invasion = { key: `i:${first.unit.id}`, x, y, label: { lines, dx: Math.round(-w / 2), dy: Math.round(-h / 2), w, west: false, shown: true } };
	}
	const pinLabels: FixedMark[] = [];
	for (const p of scene.pins) {
		if (p.event.category !== 'invasion') continue;
		const [x, y] = project(p.point[0], p.point[1]);
		const key = `p:${p.event.id}`;
		const lines: LabelLine[] = [{ lead: p.event.title, rest: '', id: p.event.id }];
		labelLines.set(key, lines);
		const [cx, cy] = px(x, y);
		obstacles.push({ x: cx - 7, y: cy - 7, w: 14, h: 14, owner: key });
		requests.push({ id: key, owner: key, x: cx, y: cy, r: 7, w: widthOf(lines), h: LINE + 4, priority: 9.5e6 });
		pinLabels.push({ key, x, y, label: hidden(lines) });
	}

	const sites: SiteMark[] = scene.sites.map((site) => {
		const [x, y] = project(site.point[0], site.point[1]);
		const r = siteRadius(site);
		// The site's figures are sorted largest first: the ones drawn are its largest symbols.
		const figures = site.figures.length > SITE_FIGURES ? site.figures.slice(0, SITE_FIGURES) : site.figures;
		const more = site.figures.length - figures.length;
		const lines = figures.flatMap((f) => figureLine(f, estimatorsShort[f.figure.estimator] ?? f.figure.estimator, compact));
		if (more) lines.push(moreFiguresLine(more));
		const key = `s:${site.key}`;
		labelLines.set(key, lines);
		const [cx, cy] = px(x, y);
		obstacles.push({ x: cx - r * 0.7, y: cy - r * 0.7, w: r * 1.4, h: r * 1.4, owner: key });
		const stale = site.figures.every((f) => f.stale);
		const forces = site.figures.some((f) => isForces(f.figure.side));
		const keepOut = forces && !scene.invasion;
		// A crowded site's label where the full one fits nowhere: its largest figure and the count of the others.
		const crowded = more ? [figureLine(figures[0], estimatorsShort[figures[0].figure.estimator] ?? figures[0].figure.estimator, true)[0], moreFiguresLine(site.figures.length - 1)] : null;
		if (crowded) shortLines.set(key, crowded);
		else if (keepOut) shortLines.set(key, valuesOnly(lines));
		const short = shortLines.get(key);
		requests.push({ id: key, owner: key, x: cx, y: cy, r, w: widthOf(lines), h: lines.length * LINE + 4, priority: (stale ? 0 : 1e6) + (forces ? 4e6 : 0) + r * 100, keepOut, short: short ? sizeOf(short) : undefined });
		return { kind: 'figures', key, x, y, site, figures, more, r, label: hidden(lines) };
	});
	const unitSites = intoUkraine.size
		? scene.units
				.map((site) => ({ ...site, formations: site.formations.filter((u) => !intoUkraine.has(u.unit.id)), reports: site.reports.filter((u) => !intoUkraine.has(u.unit.id)) }))
				.filter((site) => site.formations.length + site.reports.length > 0)
		: scene.units;
	const units: UnitMark[] = unitSites.map((site) => {
		const [x, y] = project(site.point[0], site.point[1]);
		const r = unitRadius(site);
		const lines = unitLines(site, compact);
		const key = `u:${site.key}`;
		labelLines.set(key, lines);
		const [cx, cy] = px(x, y);
		obstacles.push({ x: cx - r, y: cy - r, w: r * 2, h: r * 2, owner: key });
		const forces = [...site.formations, ...site.reports].some((u) => isForces(u.unit.side));
		const keepOut = forces && !scene.invasion;
		if (keepOut) shortLines.set(key, shortUnitLines(site));
		requests.push({ id: key, owner: key, x: cx, y: cy, r, w: widthOf(lines), h: lines.length * LINE + 4, priority: (site.formations.length ? 6e6 : 1e6) + (forces ? 4e6 : 0) + site.formations.length * 1e4 + site.reports.length, keepOut, short: keepOut ? sizeOf(shortLines.get(key)!) : undefined });
		return { kind: 'units', key, x, y, site, r, label: hidden(lines) };
	});
	const rect: [number, number, number, number] = [(-view.ox + 6) / view.k, (-view.oy + 6) / view.k, (view.w - view.ox - 6) / view.k, (view.h - view.oy - 6) / view.k];
	const arrows: ArrowMark[] = scene.arrows.map((arrow) => {
		const [x2, y2] = project(arrow.to[0], arrow.to[1]);
		let [x1, y1] = project(arrow.from[0], arrow.from[1]);
		const inside = x1 >= rect[0] && x1 <= rect[2] && y1 >= rect[1] && y1 <= rect[3];
		if (!inside) [x1, y1] = exitPoint([x2, y2], [x1, y1], rect);
		const key = `a:${arrow.id}`;
		const lines: LabelLine[] = [{ lead: arrow.far || !inside ? `from ${arrow.fromName}` : '', rest: arrow.far || !inside ? ` · ${formatKm(arrow.km)}` : '', id: arrow.id, muted: false }].filter((l) => l.lead);
		labelLines.set(key, lines);
		if (lines.length) {
			const [cx, cy] = px(x1, y1);
			requests.push({ id: key, owner: key, x: cx, y: cy, r: 4, w: widthOf(lines), h: LINE + 4, priority: 9e6, keepOut: isForces(arrow.side) && !scene.invasion });
		}
		return { key, arrow, x1, y1, x2, y2, label: hidden(lines), side: arrow.side };
	});

	const pinsAt = new Map<string, PinMark[]>();
	const pins: PinMark[] = [];
	for (const pin of scene.pins) {
		const at = `${pin.point[0]},${pin.point[1]}`;
		let here = pinsAt.get(at);
		if (!here) pinsAt.set(at, (here = []));
		if (here.length === PINS_PER_PLACE) {
			here[PINS_PER_PLACE - 1].more++;
			continue;
		}
		const [x, y] = project(pin.point[0], pin.point[1]);
		const mark = { key: pin.event.id, x, y, pin, more: 0 };
		here.push(mark);
		pins.push(mark);
	}

	const placed = placeLabels(requests, { width: view.w, height: view.h, obstacles, keepOut: heldKeepOut(view) });
	const apply = (key: string, mark: { label: PlacedLabel }) => {
		const p = placed[key];
		if (!p) return;
		const lines = (p.short ? shortLines.get(key) : labelLines.get(key)) ?? [];
		mark.label = { lines, dx: Math.round(p.dx), dy: Math.round(p.dy), w: widthOf(lines), west: p.dx < 0 && p.side !== 'n' && p.side !== 's', shown: true };
	};
	for (const m of sites) apply(m.key, m);
	for (const m of units) apply(m.key, m);
	for (const m of arrows) apply(m.key, m);
	for (const m of pinLabels) apply(m.key, m);
	const taken: Rect[] = [
		...obstacles,
		...requests.flatMap((r) => {
			const p = placed[r.id];
			return p ? [{ x: r.x + p.dx, y: r.y + p.dy, ...(p.short && r.short ? r.short : { w: r.w, h: r.h }) }] : [];
		})
	];
	const hiddenPlaces = placeRects
		.filter((p) => p.x < 2 || p.y < 2 || p.x + p.w > view.w - 2 || p.y + p.h > view.h - 2 || taken.some((t) => overlaps(p, t)))
		.map((p) => p.text);
	return { sites, units, arrows, invasion, pinLabels, pins, hiddenPlaces };
}

function overlaps(a: Rect, b: Rect): boolean {
	return a.x < b.x + b.w && b.x < a.x + a.w && a.y < b.y + b.h && b.y < a.y + a.h;
}

function hidden(lines: LabelLine[]): PlacedLabel {
	return { lines, dx: 0, dy: 0, w: widthOf(lines.length ? lines : [{ lead: '', rest: '' }]), west: false, shown: false };
}
