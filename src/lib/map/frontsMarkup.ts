/** Build time only (a prerendering load or endpoint; never in the browser): the fronts' outlines from the committed basemap. */
import type { Topology } from 'topojson-specification';
import topology from '../../../static/geo/basemap.topo.json';
import { frontShapes, type FrontShape } from './basemap/build';

export const prerenderedFronts = (): FrontShape[] => frontShapes(topology as unknown as Topology);
