/**
 * The YAML schema of data/ (data/README.md) as zod schemas: one per record kind. Build-time only.
 * Records are strict: an unknown field is an error (it is usually a typo of a known one).
 */
import { z } from 'zod';
import { figureKinds, forceSides, fronts, qualifiers } from '../data/types';

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

const id = z.string().regex(/^[a-z0-9]+(?:-[a-z0-9]+)*$/, 'an id is lowercase a-z, 0-9 and single hyphens');
const text = z.string().trim().min(1, 'must not be empty');
const isoDate = z
	.string()
	.regex(/^\d{4}-\d{2}-\d{2}$/, 'a date is written YYYY-MM-DD')
	.refine((s) => {
		const [y, m, d] = s.split('-').map(Number);
		return m >= 1 && m <= 12 && d >= 1 && d <= new Date(Date.UTC(y, m, 0)).getUTCDate();
	}, 'not a calendar date');
const optionalText = z.string().trim().min(1, 'must not be empty (leave the field out instead)').nullish();
const amount = z.number().finite().nonnegative();

const provenance = {
	source: id,
	excerpt: text.max(excerptLimit, `an excerpt is at most ${excerptLimit} characters`),
	date_text: text,
	date_start: isoDate,
	date_end: isoDate,
	date_note: optionalText,
	note: optionalText
};

export const sourceSchema = z.strictObject({
	id,
	title: text,
	publisher: text,
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
	name: text,
	/** The name in a few words for the map's one-line labels (e.g. "Pentagon"). */
	short_name: text.max(24, 'at most 24 characters (it goes on a one-line map label)').optional(),
	/** Other names the extractor matches in attributions ("Stoltenberg" → nato); not published. */
	aliases: z.array(text).optional(),
	side: z.enum(estimatorSides),
	kind: z.enum(estimatorKinds),
	note: optionalText
});

export const actorSchema = z.strictObject({ id, name: text, kind: z.enum(actorKinds), note: optionalText });

export const placeSchema = z.strictObject({
	id,
	name: text,
	kind: z.enum(placeKinds),
	lat: z.number().min(-90).max(90),
	lon: z.number().min(-180).max(180),
	country: text,
	front: z.enum(placeFronts),
	/** Other names the extractor matches ("Crimean peninsula", "Kiev"); not published. */
	aliases: z.array(text).optional(),
	note: optionalText
});

export const figureSchema = z.strictObject({
	id,
	metric: z.string().regex(/^[a-z][a-z0-9_]*$/, 'a metric is lowercase a-z, 0-9 and _'),
	value: amount.nullish(),
	low: amount.nullish(),
	high: amount.nullish(),
	qualifier: z.enum(qualifiers),
	estimator: id,
	side: z.enum(forceSides),
	fronts: z.array(z.enum(fronts)).min(1, 'give at least one front'),
	places: z.array(id).default([]),
	kind: z.enum(figureKinds),
	subject: text,
	contradicted_by: z.array(id).nullish(),
	...provenance
});

export const unitSchema = z.strictObject({
	id,
	unit: text,
	side: z.enum(forceSides),
	kind: z.enum(unitKinds),
	from: id.nullable(),
	to: id,
	count: amount.nullish(),
	count_metric: z.string().regex(/^[a-z][a-z0-9_]*$/, 'a metric is lowercase a-z, 0-9 and _').nullish(),
	...provenance
});

export const eventSchema = z.strictObject({
	id,
	category: z.enum(eventCategories),
	type: id,
	title: text,
	actors: z.array(id).default([]),
	place: id.nullish(),
	key: z.boolean().nullish(),
	same_as: id.nullish(),
	...provenance
});

export const exclusionSchema = z.strictObject({
	source: id,
	excerpt: text.max(excerptLimit, `an excerpt is at most ${excerptLimit} characters`),
	number: z.union([z.string().trim().min(1), z.number()]).transform((n) => String(n)),
	reason: text,
	note: optionalText
});

export type SourceRecord = z.infer<typeof sourceSchema>;
export type EstimatorRecord = z.infer<typeof estimatorSchema>;
export type ActorRecord = z.infer<typeof actorSchema>;
export type PlaceRecord = z.infer<typeof placeSchema>;
export type FigureRecord = z.infer<typeof figureSchema>;
export type UnitRecord = z.infer<typeof unitSchema>;
export type EventRecord = z.infer<typeof eventSchema>;
export type ExclusionRecord = z.infer<typeof exclusionSchema>;
