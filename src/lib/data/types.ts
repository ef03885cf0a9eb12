/**
 * The normalised dataset, as the build pipeline (scripts/build-data.ts) writes it to
 * src/lib/generated/dataset.json and to /data/dataset.json. Every page reads only this.
 * Field names follow the YAML in data/ (see data/README.md); derived fields are marked.
 */

export const fronts = ['north', 'east', 'donbas', 'south', 'sea', 'nato_east', 'ukraine', 'around', 'total', 'elsewhere'] as const;
export type Front = (typeof fronts)[number];

export const qualifiers = ['exact', 'about', 'over', 'at_least', 'up_to', 'nearly', 'fewer_than', 'range'] as const;
export type Qualifier = (typeof qualifiers)[number];

export const figureKinds = ['estimate', 'projection', 'plan', 'claim', 'announcement', 'exercise', 'report', 'strength'] as const;
export type FigureKind = (typeof figureKinds)[number];

export const forceSides = ['russia', 'separatist', 'belarus', 'ukraine', 'nato', 'us', 'uk', 'west', 'other'] as const;
export type ForceSide = (typeof forceSides)[number];

/** ISO date, YYYY-MM-DD. */
export type IsoDate = string;

export interface Source {
	id: string;
	title: string;
	publisher: string;
	licence: string;
	licence_url: string;
	url: string;
	file: string;
	cite: string;
}

export interface Estimator {
	id: string;
	name: string;
	/** For the map's one-line labels; when absent, the name up to its first comma or bracket. */
	short_name?: string;
	side: string;
	kind: string;
}

export interface Actor {
	id: string;
	name: string;
	kind: string;
}

export interface Place {
	id: string;
	name: string;
	kind: string;
	lat: number;
	lon: number;
	country: string;
	front: string;
}

/** What every record that quotes a source has. */
export interface Provenance {
	source: string;
	excerpt: string;
	/**
	 * Derived: up to ~160 characters of the source before and after the excerpt, within its paragraph,
	 * cut at word boundaries, whitespace folded ('' when the texts were absent at build time). The
	 * space at the join is kept, so `context_before + excerpt + context_after` reads as the source does.
	 */
	context_before: string;
	context_after: string;
	date_text: string;
	date_start: IsoDate;
	date_end: IsoDate;
	date_note: string | null;
	note: string | null;
}

export interface Figure extends Provenance {
	id: string;
	metric: string;
	/**
	 * The number as stated (null for a range). Derived bounds, from the qualifier:
	 * exact → low = high = value; over / at_least → low = value; up_to / fewer_than / nearly →
	 * high = value; about → no bounds; range → low and high as stated, value null.
	 */
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
	contradicted_by: string[];
	/** Derived: the ids of records whose contradicted_by names this one. */
	contradicts: string[];
	/** Derived: how the words were normalised, in words (e.g. "“mid-January” → 11–20 Jan 2022"). */
	normalisation: string[];
}

export const echelons = ['army', 'corps', 'division', 'brigade', 'regiment', 'headquarters', 'other'] as const;
export type Echelon = (typeof echelons)[number];

export interface UnitMovement extends Provenance {
	id: string;
	unit: string;
	/** The formation's label on the map ("41 CAA"); movements of one formation share it. Null: none given. */
	short_name: string | null;
	/** Null: not given (the map draws it as `other`). */
	echelon: Echelon | null;
	side: ForceSide;
	kind: 'movement' | 'deployment' | 'naval';
	from: string | null;
	to: string;
	count: number | null;
	count_metric: string | null;
	/** Derived: the ids of figures whose contradicted_by names this movement. */
	contradicts: string[];
	normalisation: string[];
}

export interface CrisisEvent extends Provenance {
	id: string;
	category: string;
	type: string;
	title: string;
	actors: string[];
	place: string | null;
	key: boolean;
	same_as: string | null;
	/** Derived: the ids of figures whose contradicted_by names this event. */
	contradicts: string[];
	normalisation: string[];
}

/** A published id (a figure, unit movement or event) that no record has any more, and why. */
export interface RetiredId {
	id: string;
	reason: string;
}

export interface Dataset {
	/** Derived: a short hash of the normalised content; changes whenever any record changes. */
	version: string;
	sources: Source[];
	estimators: Estimator[];
	actors: Actor[];
	places: Place[];
	figures: Figure[];
	units: UnitMovement[];
	events: CrisisEvent[];
	/** Ids once published (/sources#<id>) and retired since, with the reason (data/retired.yaml). */
	retired: RetiredId[];
}
