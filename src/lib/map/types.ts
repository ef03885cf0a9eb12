/**
 * The compact slice of the dataset that the map page loads (built at prerender time by
 * src/routes/map/+page.server.ts): only the fields the map, its panel and its downloads use.
 * The records' excerpts are not in it: they are the prerendered `/map/excerpts.json`
 * (`MapExcerpts`), fetched when a reader needs one (see excerpts.svelte.ts).
 */
import type { Echelon, ForceSide, Front, FigureKind, IsoDate, Qualifier } from '$lib/data/types';

export interface MapProvenance {
	id: string;
	date_start: IsoDate;
	date_end: IsoDate;
	date_text: string;
	source: string;
}

/** Every map record's verbatim excerpt, by record id (`/map/excerpts.json`). */
export type MapExcerpts = Record<string, string>;

export interface MapFigure extends MapProvenance {
	metric: string;
	value: number | null;
	low: number | null;
	high: number | null;
	qualifier: Qualifier;
	estimator: string;
	side: ForceSide;
	fronts: Front[];
	places: string[];
	kind: FigureKind;
	subject: string;
}

export interface MapUnit extends MapProvenance {
	unit: string;
	short_name: string | null;
	echelon: Echelon | null;
	note: string | null;
	side: ForceSide;
	kind: 'movement' | 'deployment' | 'naval';
	from: string | null;
	to: string;
	count: number | null;
	count_metric: string | null;
}

export interface MapEvent extends MapProvenance {
	title: string;
	category: string;
	type: string;
	place: string | null;
	key: boolean;
}

export interface MapPlace {
	id: string;
	name: string;
	lat: number;
	lon: number;
	front: string;
}

export interface MapSlice {
	version: string;
	/** First and last date of the scrubber (first map figure … 24 Feb 2022). */
	start: IsoDate;
	end: IsoDate;
	/** The date shown before a reader picks one (and in the prerendered HTML). */
	defaultDate: IsoDate;
	figures: MapFigure[];
	/** Standing strengths for all fronts together with no date of their own (the infobox): shown apart. */
	undated: MapFigure[];
	units: MapUnit[];
	events: MapEvent[];
	places: Record<string, MapPlace>;
	estimators: Record<string, string>;
	/** Estimator names for the one-line map labels (shortEstimator). */
	estimatorsShort: Record<string, string>;
	sources: Record<string, string>;
}
