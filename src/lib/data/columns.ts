/**
 * One record vocabulary for every CSV the site writes: the columns of figures, unit movements,
 * events and places are defined here once, with one row builder per record kind. `/data/*.csv`,
 * the charts' downloads and the map's download are all built from these, so a column means the
 * same thing in every file (`estimator` is always the id, `estimator_name` the display name,
 * `front` the fronts joined with ";") and a chart download joins with `figures.csv` on `id`.
 * Downloads that hold several kinds of record say which in `record_type` and add their own
 * columns (the map: `map_date`, `status`, `age_days`, `lat`, `lon`) beside these.
 * The cells are written, and made safe for spreadsheets, by `toCsv` in ./csv.
 * Pure and client-safe.
 */
import type { CsvRow } from './csv';
import type { CrisisEvent, Figure, Place, UnitMovement } from './types';

/** The columns `figures.csv` promises (DESIGN.md), in its order. */
export const figureCoreColumns = [
	'id',
	'metric',
	'value',
	'low',
	'high',
	'qualifier',
	'date_start',
	'date_end',
	'date_text',
	'estimator',
	'side',
	'front',
	'subject',
	'kind',
	'source',
	'excerpt'
] as const;

/** Every column of `figures.csv`: the promised ones, then the rest of the record. */
export const figureColumns = [
	...figureCoreColumns,
	'places',
	'estimator_name',
	'date_note',
	'note',
	'contradicted_by',
	'contradicts',
	'normalisation',
	'data_version'
] as const;

export const eventColumns = [
	'id',
	'category',
	'type',
	'title',
	'actors',
	'date_start',
	'date_end',
	'date_text',
	'date_note',
	'place',
	'key',
	'same_as',
	'contradicts',
	'source',
	'excerpt',
	'note',
	'normalisation',
	'data_version'
] as const;

export const unitColumns = [
	'id',
	'unit',
	'side',
	'kind',
	'from',
	'from_lat',
	'from_lon',
	'to',
	'to_lat',
	'to_lon',
	'count',
	'count_metric',
	'date_start',
	'date_end',
	'date_text',
	'date_note',
	'source',
	'excerpt',
	'note',
	'contradicts',
	'normalisation',
	'short_name',
	'echelon',
	'data_version'
] as const;

export const placeColumns = ['id', 'name', 'kind', 'lat', 'lon', 'country', 'front', 'data_version'] as const;

/** What a figure row needs: the promised fields; the rest of a full record when it is there. */
export type FigureFields = Pick<
	Figure,
	'id' | 'metric' | 'value' | 'low' | 'high' | 'qualifier' | 'date_start' | 'date_end' | 'date_text' | 'estimator' | 'fronts' | 'subject' | 'kind' | 'source' | 'excerpt'
> & { side: string } & Partial<Pick<Figure, 'places' | 'date_note' | 'note' | 'contradicted_by' | 'contradicts' | 'normalisation'>>;

export type UnitFields = Pick<UnitMovement, 'id' | 'unit' | 'side' | 'kind' | 'from' | 'to' | 'count' | 'count_metric' | 'date_start' | 'date_end' | 'date_text' | 'source' | 'excerpt'> &
	Partial<Pick<UnitMovement, 'short_name' | 'echelon' | 'date_note' | 'note' | 'contradicts' | 'normalisation'>>;

export type EventFields = Pick<CrisisEvent, 'id' | 'category' | 'type' | 'title' | 'date_start' | 'date_end' | 'date_text' | 'source' | 'excerpt'> &
	Partial<Pick<CrisisEvent, 'actors' | 'date_note' | 'place' | 'key' | 'same_as' | 'contradicts' | 'note' | 'normalisation'>>;

/** How ids are shown by name, and the data version every row carries. */
export interface RowContext {
	estimatorName?: (id: string) => string | undefined;
	place?: (id: string) => Pick<Place, 'lat' | 'lon'> | undefined;
	version?: string;
}

const joined = (list: readonly string[] | undefined) => (list === undefined ? null : list.join(' | '));

export function figureRow(f: FigureFields, context: RowContext = {}): CsvRow {
	return {
		id: f.id,
		metric: f.metric,
		value: f.value,
		low: f.low,
		high: f.high,
		qualifier: f.qualifier,
		date_start: f.date_start,
		date_end: f.date_end,
		date_text: f.date_text,
		estimator: f.estimator,
		side: f.side,
		front: f.fronts,
		subject: f.subject,
		kind: f.kind,
		source: f.source,
		excerpt: f.excerpt,
		places: f.places,
		estimator_name: context.estimatorName?.(f.estimator) ?? '',
		date_note: f.date_note,
		note: f.note,
		contradicted_by: f.contradicted_by,
		contradicts: f.contradicts,
		normalisation: joined(f.normalisation),
		data_version: context.version
	};
}

export function unitRow(u: UnitFields, context: RowContext = {}): CsvRow {
	const from = u.from === null ? undefined : context.place?.(u.from);
	const to = context.place?.(u.to);
	return {
		id: u.id,
		unit: u.unit,
		short_name: u.short_name,
		echelon: u.echelon,
		side: u.side,
		kind: u.kind,
		from: u.from,
		from_lat: from?.lat,
		from_lon: from?.lon,
		to: u.to,
		to_lat: to?.lat,
		to_lon: to?.lon,
		count: u.count,
		count_metric: u.count_metric,
		date_start: u.date_start,
		date_end: u.date_end,
		date_text: u.date_text,
		date_note: u.date_note,
		source: u.source,
		excerpt: u.excerpt,
		note: u.note,
		contradicts: u.contradicts,
		normalisation: joined(u.normalisation),
		data_version: context.version
	};
}

export function eventRow(e: EventFields, context: RowContext = {}): CsvRow {
	return {
		id: e.id,
		category: e.category,
		type: e.type,
		title: e.title,
		actors: e.actors,
		date_start: e.date_start,
		date_end: e.date_end,
		date_text: e.date_text,
		date_note: e.date_note,
		place: e.place,
		key: e.key,
		same_as: e.same_as,
		contradicts: e.contradicts,
		source: e.source,
		excerpt: e.excerpt,
		note: e.note,
		normalisation: joined(e.normalisation),
		data_version: context.version
	};
}

export function placeRow(p: Place, context: RowContext = {}): CsvRow {
	return { ...p, data_version: context.version };
}

/**
 * The columns of a download that mixes record kinds: `lead` (its own columns, e.g. `record_type`),
 * then each list's columns not already named, in order, then `tail`.
 */
export function mixedColumns(lead: readonly string[], lists: readonly (readonly string[])[], tail: readonly string[] = []): string[] {
	const out: string[] = [...lead];
	for (const list of lists) for (const c of list) if (!out.includes(c) && !tail.includes(c)) out.push(c);
	for (const c of tail) if (!out.includes(c)) out.push(c);
	return out;
}

/**
 * What each column means, once for every file (the Sources page and data/README.md show these;
 * a unit test checks that both name every column).
 */
export const columnMeanings: Record<string, string> = {
	id: 'the record’s stable id; /sources#<id> is its entry',
	metric: 'what is counted (troops, btgs, tanks, aid_usd, …)',
	value: 'the number as the source states it (empty for a range)',
	low: 'lower bound: the stated value for “over”/“at least”, the low end of a range',
	high: 'upper bound: the stated value for “up to”/“nearly”/“fewer than”, the high end of a range',
	qualifier: 'exact, about, over, at_least, up_to, nearly, fewer_than or range',
	date_start: 'first day the date words cover (ISO)',
	date_end: 'last day the date words cover (ISO)',
	date_text: 'the date words as the source writes them',
	estimator: 'the id of who made the estimate (estimators in dataset.json)',
	estimator_name: 'the estimator’s name',
	side: 'whose forces are counted, or whose unit moved',
	front: 'the fronts the figure covers, joined with “;” (around = all fronts together)',
	places: 'place ids the sentence names, joined with “;” (places.csv)',
	subject: 'what is counted, in our words',
	kind: 'figures: estimate, projection, plan, claim, announcement, exercise, report or strength; units: movement, deployment or naval',
	source: 'the source document’s id',
	excerpt: 'the verbatim sentence span that states the record',
	date_note: 'how the date interval was chosen, when the words do not say it alone',
	note: 'what a reader should know about the record',
	contradicted_by: 'ids of records that contradict this claim, joined with “;”',
	contradicts: 'ids of the records this one contradicts, joined with “;”',
	normalisation: 'how the words were read (dates, qualifiers), joined with “ | ”',
	data_version: 'the dataset version the row comes from',
	category: 'events: diplomacy, military, incident, sanctions, aid, recognition, invasion, statement or cyber',
	type: 'events: what happened (talks, call, drill, withdrawal, …)',
	title: 'events: what happened, in our words',
	actors: 'events: actor ids, joined with “;”',
	place: 'a place id (places.csv)',
	key: 'events: true for the events that mark the story on the charts',
	same_as: 'events: the id of the same event told by the other source',
	unit: 'the unit or group that moved, as the source names it',
	short_name: 'units: the formation’s short label on the map, e.g. “41 CAA” (ours, not the source’s)',
	echelon: 'units: army, corps, division, brigade, regiment, headquarters or other (sizes the map symbol)',
	from: 'place id of the origin (empty when the source does not say)',
	from_lat: 'latitude of the origin',
	from_lon: 'longitude of the origin',
	to: 'place id of the destination',
	to_lat: 'latitude of the destination',
	to_lon: 'longitude of the destination',
	count: 'how many moved, when the sentence says',
	count_metric: 'what `count` counts',
	name: 'places: the place’s name',
	lat: 'latitude (WGS84); in the map download, where the mark is drawn',
	lon: 'longitude (WGS84); in the map download, where the mark is drawn',
	country: 'places: the country it lies in (Crimea: Ukraine)',
	record_type: 'downloads that mix records: figure, unit or event (the map adds its own, e.g. formation)',
	value_text: 'the figure as the chart or map labels it, e.g. “over 175,000 troops”',
	map_date: 'the map’s date the download was made at',
	status: 'on the map at map_date: latest as of date, moving, at destination, recent event, …',
	age_days: 'days from the record’s first day to map_date'
};
