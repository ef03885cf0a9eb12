/**
 * The compact records the charts draw. The slices are built at build time (see ./slices.ts, called
 * from +page.server.ts files) so that client components never import the whole dataset.
 */
import type { Figure, IsoDate } from '$lib/data/types';

/** The fields of a figure a chart draws and credits (as the dataset has them). */
export const chartFigureFields = [
	'id', 'metric', 'value', 'low', 'high', 'qualifier', 'date_text', 'date_start', 'date_end',
	'estimator', 'side', 'fronts', 'kind', 'subject', 'source', 'excerpt'
] as const satisfies readonly (keyof Figure)[];

/** One figure as a chart needs it: the number, its qualifier, its date interval and its provenance. */
export type ChartFigure = Pick<Figure, (typeof chartFigureFields)[number]> & {
	/** The estimator's display name (from estimators.yaml). */
	estimator_name: string;
};

/** One dated event as a chart needs it. */
export interface ChartEvent {
	id: string;
	category: string;
	type: string;
	title: string;
	key: boolean;
	date_text: string;
	date_start: IsoDate;
	date_end: IsoDate;
	source: string;
	excerpt: string;
}

/** What every chart component takes: its figures, the events it marks, and the data version. */
export interface ChartData {
	version: string;
	figures: ChartFigure[];
	events: ChartEvent[];
	/** The sources the figures and events come from (for the source line). */
	sources: { id: string; title: string; publisher: string; licence: string }[];
}

export const chartIds = ['troops', 'btgs', 'fronts', 'support', 'tracks'] as const;
export type ChartId = (typeof chartIds)[number];

/** What the tooltip shows: a figure or an event, and where (in SVG units). */
export type ActiveItem =
	| { kind: 'figure'; figure: ChartFigure; x: number; y: number }
	| { kind: 'event'; event: ChartEvent; x: number; y: number };
