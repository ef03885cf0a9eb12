/**
 * What a chart is, as data: its texts, which records it draws, how they are grouped into series
 * and how it is laid out. Each chart's folder holds its config (`<id>/config.ts`) and its maths
 * (`<id>/<id>.ts`); ./registry.ts lists them. A chart with one of the shared layouts needs no
 * component of its own:
 *  - `time`: one plot of figures on the time axis, with shading and key-event rules (TimeChart);
 *  - `panels`: small multiples on one time axis, one panel per group (PanelChart);
 *  - `tracks`: the two-track chart (tracks/TwoTracksChart), laid out by hand.
 * Configs hold no components, so the build-time slicing (./slices.ts) can read them in Node.
 */
import type { CrisisEvent, Figure } from '$lib/data/types';
import type { Series } from './series';
import type { ChartData, ChartFigure, ChartId } from './types';

export interface ChartMeta {
	title: string;
	subtitle: string;
	notes: string[];
	/** One line for the index of charts. */
	summary: string;
}

/** The source line of a chart: every source its rows come from, however many. */
export function sourceLine(sources: ChartData['sources']): string {
	const list = sources.map((s) => `${s.publisher}, “${s.title}” (${s.licence})`).join('; ');
	return `${list || 'No source'}; every figure quoted with its sentence.`;
}

/** An extra table column (e.g. the front or the kind of count of a figure). */
export interface TableColumn {
	heading: string;
	value: (f: ChartFigure, series: Series | undefined) => string;
}

interface ChartConfigBase {
	id: ChartId;
	meta: ChartMeta;
	/** Which of the dataset's figures the chart draws (at build time, see ./slices.ts). */
	figures: (f: Figure) => boolean;
	/** Events the chart draws besides the key events and those the shading comes from. */
	events?: (e: CrisisEvent) => boolean;
}

export interface FigureChartConfig extends ChartConfigBase {
	/** The series (legend entries) of the chart's figures. */
	series: (figures: ChartFigure[]) => Series[];
	/** The series a figure belongs to (what the legend shows or hides). */
	seriesKey: (f: ChartFigure) => string;
	/** What the figures are, for the screen-reader description ("troop figures"). */
	what: string;
	/** The legend's accessible name. */
	legendLabel: string;
	tableColumn: TableColumn;
}

export interface TimeChartConfig extends FigureChartConfig {
	layout: 'time';
	/** The value metric (axis labels). */
	metric: string;
	heights: { wide: number; narrow: number };
	/** Left margin for the value axis labels (default 56). */
	marginLeft?: number;
}

export interface PanelChartConfig extends FigureChartConfig {
	layout: 'panels';
	panels: readonly { id: string; label: string; metric: string }[];
	/** The panel a figure is drawn in (null: none). */
	panelOf: (f: ChartFigure) => string | null;
	panelHeights: { wide: number; narrow: number };
	/** Shade the buildups (from the events) behind each panel. */
	shading: boolean;
	/** Name the panels without figures in a note. */
	noteEmptyPanels: boolean;
	/** Extra words for a mark's accessible name (e.g. the fronts it covers). */
	markLabel?: (f: ChartFigure) => string;
}

export interface TracksChartConfig extends ChartConfigBase {
	layout: 'tracks';
}

export type ChartConfig = TimeChartConfig | PanelChartConfig | TracksChartConfig;

/** What a chart component takes: its config, its slice of the data, and how the frame shows it. */
export interface ChartProps<C extends ChartConfig = ChartConfig> extends FrameOptions {
	config: C;
	data: ChartData;
}

/** How a chart's frame is shown, whatever the chart. */
export interface FrameOptions {
	/** A fixed width to draw at; by default the width the chart has on the page. */
	width?: number;
	headingLevel?: 1 | 2 | 3;
	embed?: boolean;
	/** The width the chart's box already has on the page (a lazy chart coming to life): drawn at it at once. */
	startWidth?: number;
}
