/**
 * The YAML schema of data/ (data/README.md) as zod schemas: one per record kind. Build-time only.
 * Records are strict: an unknown field is an error (it is usually a typo of a known one).
 */
import { z } from 'zod';
import { echelons, figureKinds, forceSides, fronts, qualifiers } from '../data/types';

export const estimatorSides = ['ukraine', 'russia', 'us', 'nato', 'uk', 'eu', 'belarus', 'separatist', 'other', 'unattributed'] as const;
export const estimatorKinds = ['intelligence', 'military', 'government', 'official', 'media', 'organisation', 'unattributed'] as const;
export const actorKinds = ['country', 'organisation', 'person', 'group'] as const;
export const placeKinds = ['city', 'town', 'oblast', 'region', 'range', 'base', 'sea', 'strait', 'country', 'area'] as const;
export const placeFronts = ['north', 'east', 'donbas', 'south', 'sea', 'nato_east', 'ukraine', 'elsewhere'] as const;
/** The standard metrics (data/README.md). Another metric is allowed when none fits, with a note saying so. */
export const metrics = [
	'troops',
	'btgs',
	'battalions',
	'tanks',
	'armoured_vehicles',
	'artillery',
	'missile_systems',
	'ships',
	'landing_ships',
	'submarines',
	'aircraft',
	'helicopters',
	'aid_usd',
	'aid_eur',
	'aid_gbp',
	'weapons',
	'ammunition_tonnes',
	'casualties',
	'trainers',
	'reservists',
	'paramilitary',
	'exercise_troops',
	'personnel'
] as const;
export const unitKinds = ['movement', 'deployment', 'naval'] as const;
export const eventCategories = ['diplomacy', 'military', 'incident', 'sanctions', 'aid', 'recognition', 'invasion', 'statement', 'cyber'] as const;

export const excerptLimit = 300;

/** The longest a field may be, in characters (the longest today is about a third of each). */
export const sizeLimits = {
	id: 80,
	date_text: 80,
	name: 120,
	unit: 160,
	title: 200,
	subject: 200,
	text: 500,
	note: 1000
} as const;

/** A text field of at most `limit` characters (the zod message; the loader adds "(it has N)"). */
const nonEmpty = z.string().trim().min(1, 'must not be empty');
const capped = (limit: number) => nonEmpty.max(limit, `at most ${limit} characters`);
export const idPattern = /^[a-z0-9]+(?:-[a-z0-9]+)*$/;
const id = z.string().max(sizeLimits.id, `an id is at most ${sizeLimits.id} characters`).regex(idPattern, 'an id is lowercase a-z, 0-9 and single hyphens');
const text = capped(sizeLimits.text);
const isoDate = z
	.string()
	.regex(/^\d{4}-\d{2}-\d{2}$/, 'a date is written YYYY-MM-DD')
	.refine((s) => {
		const [y, m, d] = s.split('-').map(Number);
		return m >= 1 && m <= 12 && d >= 1 && d <= new Date(Date.UTC(y, m, 0)).getUTCDate();
	}, 'not a calendar date');
const optionalText = z
	.string()
	.trim()
	.min(1, 'must not be empty (leave the field out instead)')
	.max(sizeLimits.note, `at most ${sizeLimits.note} characters`)
	.nullish();
const metric = z.string().max(sizeLimits.id, `a metric is at most ${sizeLimits.id} characters`).regex(/^[a-z][a-z0-9_]*$/, 'a metric is lowercase a-z, 0-9 and _');
const amount = z.number().finite().nonnegative();

const provenance = {
	source: id,
	excerpt: nonEmpty.max(excerptLimit, `an excerpt is at most ${excerptLimit} characters`),
	date_text: capped(sizeLimits.date_text),
	date_start: isoDate,
	date_end: isoDate,
	date_note: optionalText,
	/** Why a record dated outside the dataset's period (data/period.yaml) belongs in it. */
	out_of_period: optionalText,
	note: optionalText
};

export const sourceSchema = z.strictObject({
	id,
	title: capped(sizeLimits.title),
	publisher: capped(sizeLimits.name),
	licence: text,
	licence_url: text,
	url: text,
	file: text,
	cite: text,
	/** The document's own date (npm run add-source --date): the extractor resolves relative dates from it. */
	date: isoDate.optional(),
	note: optionalText
});

export const estimatorSchema = z.strictObject({
	id,
	name: capped(sizeLimits.name),
	/** The name in a few words for the map's one-line labels (e.g. "Pentagon"). */
	short_name: nonEmpty.max(24, 'at most 24 characters (it goes on a one-line map label)').optional(),
	/** Other names the extractor matches in attributions ("Stoltenberg" → nato); not published. */
	aliases: z.array(capped(sizeLimits.name)).optional(),
	side: z.enum(estimatorSides),
	kind: z.enum(estimatorKinds),
	note: optionalText
});

export const actorSchema = z.strictObject({ id, name: capped(sizeLimits.name), kind: z.enum(actorKinds), note: optionalText });

export const placeSchema = z.strictObject({
	id,
	name: capped(sizeLimits.name),
	kind: z.enum(placeKinds),
	lat: z.number().min(-90).max(90),
	lon: z.number().min(-180).max(180),
	country: text,
	front: z.enum(placeFronts),
	/** Other names the extractor matches ("Crimean peninsula", "Kiev"); not published. */
	aliases: z.array(capped(sizeLimits.name)).optional(),
	note: optionalText
});

export const figureSchema = z.strictObject({
	id,
	metric,
	/** Why none of the standard metrics fits (required for a metric outside the list). */
	metric_reason: optionalText,
	value: amount.nullish(),
	low: amount.nullish(),
	high: amount.nullish(),
	qualifier: z.enum(qualifiers),
	estimator: id,
	side: z.enum(forceSides),
	fronts: z.array(z.enum(fronts)).min(1, 'give at least one front'),
	places: z.array(id).default([]),
	kind: z.enum(figureKinds),
	subject: capped(sizeLimits.subject),
	contradicted_by: z.array(id).nullish(),
	...provenance
});

export const unitSchema = z.strictObject({
	id,
	unit: capped(sizeLimits.unit),
	short_name: nonEmpty.max(12, 'at most 12 characters (it labels the formation on the map)').optional(),
	echelon: z.enum(echelons).optional(),
	side: z.enum(forceSides),
	kind: z.enum(unitKinds),
	from: id.nullable(),
	to: id,
	count: amount.nullish(),
	count_metric: metric.nullish(),
	/** Why none of the standard metrics fits count_metric (required for a metric outside the list). */
	metric_reason: optionalText,
	...provenance
});

export const eventSchema = z.strictObject({
	id,
	category: z.enum(eventCategories),
	type: id,
	title: capped(sizeLimits.title),
	actors: z.array(id).default([]),
	place: id.nullish(),
	key: z.boolean().nullish(),
	same_as: id.nullish(),
	...provenance
});

export const exclusionSchema = z.strictObject({
	source: id,
	excerpt: nonEmpty.max(excerptLimit, `an excerpt is at most ${excerptLimit} characters`),
	number: z.union([capped(sizeLimits.date_text), z.number()]).transform((n) => String(n)),
	reason: capped(sizeLimits.note),
	note: optionalText
});

/** data/period.yaml: the dataset's period, declared once. */
export const periodSchema = z.strictObject({ start: isoDate, end: isoDate, note: optionalText });

/** data/retired.yaml: published ids (figures, units, events) that no record has any more, and why. */
export const retiredSchema = z.strictObject({ id, reason: capped(sizeLimits.note), note: optionalText });

export type SourceRecord = z.infer<typeof sourceSchema>;
export type EstimatorRecord = z.infer<typeof estimatorSchema>;
export type ActorRecord = z.infer<typeof actorSchema>;
export type PlaceRecord = z.infer<typeof placeSchema>;
export type FigureRecord = z.infer<typeof figureSchema>;
export type UnitRecord = z.infer<typeof unitSchema>;
export type EventRecord = z.infer<typeof eventSchema>;
export type ExclusionRecord = z.infer<typeof exclusionSchema>;
export type PeriodRecord = z.infer<typeof periodSchema>;
export type RetiredRecord = z.infer<typeof retiredSchema>;

// ——— candidates (data/candidates/*.yaml): proposed records, validated but never published ———

export const candidateTypes = ['figure', 'unit', 'estimator', 'place'] as const;
export const reviewStates = ['pending', 'accepted', 'rejected'] as const;

/** What a candidate adds to its record: whether a person has reviewed it, and why each field says what it says. */
const candidateFields = {
	review: z.enum(reviewStates),
	confidence: z.number().min(0, 'confidence is between 0 and 1').max(1, 'confidence is between 0 and 1'),
	why: z.record(z.string(), capped(sizeLimits.text)).nullish()
};

/**
 * The fields a candidate may leave null (the extractor could not fill them). Everything else its
 * record requires must be given; a candidate with a null here is valid but cannot be accepted.
 */
export const candidateNullable = {
	figure: ['metric', 'qualifier', 'estimator', 'side', 'fronts', 'places', 'kind', 'subject', 'date_text', 'date_start', 'date_end'],
	unit: ['side', 'kind', 'to', 'date_text', 'date_start', 'date_end'],
	estimator: ['side', 'kind'],
	place: ['kind', 'lat', 'lon', 'country', 'front']
} as const;

function candidateSchema<T extends z.ZodRawShape, K extends CandidateType>(type: K, base: z.ZodObject<T>) {
	const nullable = Object.fromEntries(candidateNullable[type].map((field) => [field, (base.shape[field] as z.ZodType).nullable()]));
	return base.extend({ type: z.literal(type), ...nullable, ...candidateFields });
}

export type CandidateType = (typeof candidateTypes)[number];
export const candidateSchemas = {
	figure: candidateSchema('figure', figureSchema),
	unit: candidateSchema('unit', unitSchema),
	estimator: candidateSchema('estimator', estimatorSchema),
	place: candidateSchema('place', placeSchema)
};
/** The record schema a candidate becomes when it is accepted and moved into data/. */
export const acceptedSchemas = { figure: figureSchema, unit: unitSchema, estimator: estimatorSchema, place: placeSchema };
