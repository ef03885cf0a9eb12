/**
 * The overview's small static map of the fronts: the basemap projected to SVG paths and, for a
 * few dates, the map page's symbols at that date (the same selection and as-of rules as /map).
 * Runs at build time only (d3-geo, topojson); the page receives plain path strings and numbers.
 */
import { geoConicConformal, geoPath } from 'd3-geo';
import { feature } from 'topojson-client';
import type { Topology, GeometryCollection } from 'topojson-specification';
import type { FeatureCollection, Geometry } from 'geojson';
import { createMapTimeline } from '$lib/map/state';
import { groupFigures, symbolRings, frontNames, metricFamily } from '$lib/map/symbols';
import type { MapFigure, MapSlice } from '$lib/map/types';
import type { IsoDate } from '$lib/data/types';
import { daysBetween } from '$lib/data/days';
import { MINI_MAX_AGE_DAYS } from './dates';

export const MINI_WIDTH = 560;
export const MINI_HEIGHT = 400;


export interface MiniShape {
	id: string;
	d: string;
	role: 'ukraine' | 'russia' | 'belarus' | 'other' | 'occupied';
}

export interface MiniSymbol {
	id: string;
	x: number;
	y: number;
	r: number;
	inner: number | null;
	open: 'outward' | 'inward' | null;
	side: MapFigure['side'];
	/** e.g. "Occupied Crimea (south)". */
	where: string;
	figure: MapFigure;
}

export interface MiniLabel {
	text: string;
	x: number;
	y: number;
}

export interface MiniMapFrame {
	date: IsoDate;
	symbols: MiniSymbol[];
	/** Figures for all fronts together ("around Ukraine"), which have no single point. */
	around: MapFigure[];
}

export interface MiniMap {
	width: number;
	height: number;
	shapes: MiniShape[];
	labels: MiniLabel[];
	frames: MiniMapFrame[];
}

type Props = { id?: string; name?: string };

/**
 * Rounds an SVG path from d3-geo ("M1.23,4.56L…Z") to whole pixels and drops points that round to
 * the one before: at the small map's size a pixel is the finest detail that shows, and the path
 * data is most of the overview's weight. Rings that collapse to fewer than three points go.
 */
export function compactPath(d: string): string {
	const rings = d.split('M').filter((ring) => ring.length > 0);
	const out: string[] = [];
	for (const ring of rings) {
		const closed = ring.endsWith('Z');
		const points = (closed ? ring.slice(0, -1) : ring).split('L').map((pair) => pair.split(',').map((n) => Math.round(Number(n))));
		const kept: number[][] = [];
		for (const [x, y] of points) {
			const last = kept[kept.length - 1];
			if (last && last[0] === x && last[1] === y) continue;
			kept.push([x, y]);
		}
		if (kept.length < 3) continue;
		out.push(`M${kept.map(([x, y]) => `${x},${y}`).join('L')}${closed ? 'Z' : ''}`);
	}
	return out.join('');
}

const miniSides: readonly string[] = ['russia', 'belarus', 'separatist'];

export function buildMiniMap(topology: Topology, slice: MapSlice, dates: IsoDate[]): MiniMap {
	const objects = topology.objects as Record<string, GeometryCollection<Props>>;
	const countries = feature(topology, objects.countries) as FeatureCollection<Geometry, Props>;
	const occupied = feature(topology, objects.occupied) as FeatureCollection<Geometry, Props>;
	const ukraine = countries.features.find((f) => f.properties.id === 'ukr');
	if (!ukraine) throw new Error('basemap: no feature with id "ukr" in objects.countries');

	// Ukraine with room for Belarus to the north, Russia's border oblasts to the east and the sea.
	const projection = geoConicConformal()
		.parallels([44, 52])
		.rotate([-32, 0])
		.fitExtent(
			[
				[60, 70],
				[MINI_WIDTH - 60, MINI_HEIGHT - 70]
			],
			ukraine
		)
		// Cut everything outside the frame (most of Russia), so the paths hold only what is seen.
		.clipExtent([
			[-4, -4],
			[MINI_WIDTH + 4, MINI_HEIGHT + 4]
		]);
	const path = geoPath(projection);
	const digits = (d: string | null) => compactPath(d ?? '');

	const roleOf = (id = ''): MiniShape['role'] =>
		id === 'ukr' ? 'ukraine' : id === 'rus' ? 'russia' : id === 'blr' ? 'belarus' : 'other';
	const shapes: MiniShape[] = [
		...countries.features.map((f) => ({ id: f.properties.id ?? '', d: digits(path(f)), role: roleOf(f.properties.id) })),
		...occupied.features.map((f) => ({ id: `occupied-${f.properties.id ?? ''}`, d: digits(path(f)), role: 'occupied' as const }))
	].filter((s) => s.d.length > 0);

	const project = (lat: number, lon: number) => projection([lon, lat]) ?? [0, 0];
	const labels: MiniLabel[] = (
		[
			['UKRAINE', 49.2, 31.2],
			['BELARUS', 53.0, 27.8],
			['RUSSIA', 52.6, 38.5],
			['Black Sea', 43.6, 31.2],
			['Crimea', 45.3, 34.2]
		] as const
	).map(([text, lat, lon]) => {
		const [x, y] = project(lat, lon);
		return { text, x: Math.round(x), y: Math.round(y) };
	});

	// The small map shows the buildup itself: troop counts of Russia, Belarus and the separatists
	// (one family of symbols, so areas compare). Everything else is on the full map.
	const timeline = createMapTimeline({
		...slice,
		figures: slice.figures.filter((f) => miniSides.includes(f.side) && metricFamily(f.metric) === metricFamily('troops'))
	});
	const frames = dates.map((date) => {
		const recent = timeline.stateAt(date).figures.filter((f) => daysBetween(f.date_start, date) <= MINI_MAX_AGE_DAYS);
		const { groups, around } = groupFigures(recent, slice.places);
		const symbols = groups.flatMap((g) => {
			// The largest symbol of each group is drawn; the others are listed in the page's table.
			const figure = g.figures[0];
			const rings = symbolRings(figure);
			const [x, y] = project(g.anchor.point[0], g.anchor.point[1]);
			return [
				{
					id: figure.id,
					x: Math.round(x),
					y: Math.round(y),
					r: Math.max(3, rings.outer * 0.6),
					inner: rings.inner === null ? null : rings.inner * 0.6,
					open: rings.open,
					side: figure.side,
					where: g.anchor.fronts.map((f) => frontNames[f]).join(' + '),
					figure
				}
			];
		});
		return { date, symbols, around };
	});
	return { width: MINI_WIDTH, height: MINI_HEIGHT, shapes, labels, frames };
}
