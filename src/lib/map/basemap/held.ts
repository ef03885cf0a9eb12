/**
 * Build time: government-held Ukraine (Ukraine less the areas occupied before 24 February 2022) as
 * a grid mask in the map's frame, for the label placement (Russia's marks keep their labels off
 * it before the invasion). A cell of HELD_CELL design units is held when its centre or any of its
 * corners is (so a label clear of every held cell is clear of the area, to within the outline's
 * detail between those points). Rows are run lengths: "out in out in …" in base 36, one row per
 * line of cells. `scripts/geodata/build-held-mask.ts` writes it to $lib/map/generated/held.ts;
 * tests/unit/map-held.test.ts checks the committed file is current.
 */
import { geoBounds, geoContains } from 'd3-geo';
import { feature } from 'topojson-client';
import type { GeometryCollection, Topology } from 'topojson-specification';
import type { Feature, Geometry } from 'geojson';
import { H, W, invert } from '../frame';

export const HELD_CELL = 4;

/** A test for "inside government-held Ukraine" at [lat, lon], from the basemap. */
export function governmentHeldTest(topology: Topology): (lat: number, lon: number) => boolean {
	const layer = (name: string) => {
		const object = topology.objects[name] as GeometryCollection | undefined;
		if (!object) throw new Error(`basemap: no object "${name}" in the TopoJSON`);
		return feature(topology, object).features as Feature<Geometry, { id?: string }>[];
	};
	const ukraine = layer('countries').find((f) => f.properties.id === 'ukr');
	if (!ukraine) throw new Error('basemap: no feature with id "ukr" in objects.countries');
	const occupied = layer('occupied');
	const [[w, s], [e, n]] = geoBounds(ukraine);
	return (lat, lon) => lon >= w && lon <= e && lat >= s && lat <= n && geoContains(ukraine, [lon, lat]) && !occupied.some((o) => geoContains(o, [lon, lat]));
}

/** The mask, encoded (see above): `cols` × `rows` cells. */
export function heldMask(topology: Topology): { cols: number; rows: number; runs: string } {
	const held = governmentHeldTest(topology);
	const cols = Math.ceil(W / HELD_CELL);
	const rows = Math.ceil(H / HELD_CELL);
	const at = (x: number, y: number) => held(...invert(x, y));
	const corner: boolean[][] = Array.from({ length: rows + 1 }, (_, gy) => Array.from({ length: cols + 1 }, (_, gx) => at(gx * HELD_CELL, gy * HELD_CELL)));
	const lines: string[] = [];
	for (let gy = 0; gy < rows; gy++) {
		const runs: number[] = [];
		let state = false;
		let n = 0;
		for (let gx = 0; gx < cols; gx++) {
			const c = corner[gy][gx] || corner[gy][gx + 1] || corner[gy + 1][gx] || corner[gy + 1][gx + 1] || at((gx + 0.5) * HELD_CELL, (gy + 0.5) * HELD_CELL);
			if (c === state) n++;
			else {
				runs.push(n);
				state = c;
				n = 1;
			}
		}
		if (state) runs.push(n);
		lines.push(runs.map((r) => r.toString(36)).join('.'));
	}
	return { cols, rows, runs: lines.join(' ') };
}
