/**
 * Everything the map draws at a date D, in lat/lon, as plain data: the scene. The SVG renderer,
 * the "Known on D" panel and the CSV/GeoJSON downloads all read it, so what is drawn and what is
 * downloaded cannot drift apart.
 */
import type { Echelon, ForceSide, Front, IsoDate } from '$lib/data/types';
import type { LatLon } from '../frame';
import type { MapEvent, MapFigure, MapPlace, MapUnit } from '../types';

/** Fronts drawn as places on the map (outlined, named, tinted while something is reported). */
export const mapFrontIds = ['north', 'east', 'donbas', 'south', 'sea', 'nato_east'] as const;
export type MapFront = (typeof mapFrontIds)[number];

/** A figure as the scene holds it: the record, its age on D, and whether it is past the age limit. */
export interface SceneFigure {
	figure: MapFigure;
	/** Days from the end of the figure's date interval to D (0 while D is inside it). */
	ageDays: number;
	/** Older than RECENT_FIGURE_DAYS: drawn only with "show older", lighter. */
	stale: boolean;
}

export interface Totals {
	/** `around` (all fronts together) troop figures, largest first. */
	troops: SceneFigure[];
	/** The latest `around` BTG count. */
	btgs: SceneFigure | null;
	/** Other `around` counts (missile systems, …). */
	other: SceneFigure[];
	/** Figures that cover several fronts at once: never split, never drawn at a point. */
	severalFronts: SceneFigure[];
	/** Whole-period standing strengths stated without a date (infobox): apart from the dated ones. */
	undated: MapFigure[];
	/** Figures of the totals hidden because they are older than the limit (0 with "show older"). */
	hiddenOlder: number;
}

/** Figures that sit at one real place (a place the figure names on its front, or the front's anchor). */
export interface FigureSite {
	key: string;
	front: MapFront;
	point: LatLon;
	/** The place's name, or the front's. */
	name: string;
	figures: SceneFigure[];
}

export type FormationStatus = 'present' | 'transit' | 'withdrawal';

export interface SceneUnit {
	unit: MapUnit;
	/** The formation's label on the map. */
	label: string;
	echelon: Echelon;
	status: FormationStatus;
	/** Arrived within the last FRESH_DAYS (a new arrival). */
	fresh: boolean;
	/** Days since the movement ended (0 while it goes on). */
	ageDays: number;
	/** For `other` reports and withdrawals: older than the age limit (only with "show older"). */
	stale: boolean;
}

/** Formations and other unit reports that sit at one place. */
export interface UnitSite {
	key: string;
	place: MapPlace;
	front: Front | string;
	point: LatLon;
	/** Named formations (echelon other than `other`). */
	formations: SceneUnit[];
	/** Troops, equipment, ships, aircraft: reports of a movement, not formations. */
	reports: SceneUnit[];
}

/** A movement under way with a known origin: an arrow (or an arrow entering at the edge). */
export interface SceneArrow {
	id: string;
	side: ForceSide;
	from: LatLon;
	to: LatLon;
	fromName: string;
	toName: string;
	/** The origin lies outside the frame: drawn entering at the map's edge, labelled. */
	far: boolean;
	/** Great-circle distance origin → destination, km (rounded to 100 km for the label). */
	km: number;
	label: string;
	formation: boolean;
}

export interface FrontState {
	id: MapFront;
	name: string;
	/** Something is reported there on D: a recent figure, a formation, a report, a recent event. */
	active: boolean;
	/** What makes it active, in words (the legend and the tooltip). */
	reasons: string[];
	/** Recent figures on this front (single-front ones, drawn at its sites). */
	figures: number;
}

export interface SceneEvent {
	event: MapEvent;
	ageDays: number;
}

export interface PlacedEvent extends SceneEvent {
	point: LatLon;
	placeName: string;
}

/** A movement the map cannot place (destination off the frame, or not stated): listed only. */
export interface ListedUnit extends SceneUnit {
	why: string;
}

export interface Scene {
	date: IsoDate;
	older: boolean;
	/** D is the day of the invasion (or later). */
	invasion: boolean;
	totals: Totals;
	sites: FigureSite[];
	units: UnitSite[];
	arrows: SceneArrow[];
	fronts: FrontState[];
	/** Events of the last RECENT_EVENT_DAYS with a place on the frame. */
	pins: PlacedEvent[];
	/** Every event of the last RECENT_EVENT_DAYS (the panel). */
	events: SceneEvent[];
	listed: ListedUnit[];
	/**
	 * From 24 February 2022: movements of Russia's, Belarus' or the separatists' forces into Ukraine
	 * as a whole (the destination is the country, no place in it). The sources state no origin or
	 * axes, so they are drawn as the invasion's area (Ukraine outlined), not at a point; they stay in
	 * their site's reports for the panel and the downloads.
	 */
	intoUkraine: SceneUnit[];
}
