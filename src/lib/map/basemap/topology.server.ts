// Build time only: the committed basemap TopoJSON, read once.
import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import type { Topology } from 'topojson-specification';

let cached: Topology | null = null;

export function basemapTopology(): Topology {
	cached ??= JSON.parse(readFileSync(resolve('static/geo/basemap.topo.json'), 'utf8')) as Topology;
	return cached;
}
