/**
 * The dataset builder: the Dataset of src/lib/data/types.ts from records that passed every rule —
 * bounds from qualifiers, "contradicts" from contradicted_by, each excerpt's context in its source,
 * each normalisation in words, and a content hash as the version. Build-time only.
 */
import { createHash } from 'node:crypto';
import type { Actor, CrisisEvent, Dataset, Estimator, Figure, Place, RetiredId, Source, UnitMovement } from '../data/types';
import { describeDate, parseDatePhrase, type DateParse } from '../data/normalise/dates';
import { formatNumber } from '../data/normalise/numbers';
import { deriveBounds, describeQualifier } from '../data/normalise/qualifiers';
import type { LoadedData, Located } from './load';
import type { ExcerptSpan } from './rules/context';
import { quantityMentions } from './rules/numbers';

function provenance(
	l: Located<{ source: string; excerpt: string; date_text: string; date_start: string; date_end: string; date_note?: string | null; note?: string | null }>,
	span: ExcerptSpan | undefined
) {
	const { rec } = l;
	const context = span?.text && span.spans.length ? span.text.context(span.spans[0]) : { before: '', after: '' };
	return {
		source: rec.source,
		excerpt: rec.excerpt,
		context_before: context.before,
		context_after: context.after,
		date_text: rec.date_text,
		date_start: rec.date_start,
		date_end: rec.date_end,
		date_note: rec.date_note ?? null,
		note: rec.note ?? null
	};
}

function dateNormalisation(l: Located<{ date_text: string; date_start: string; date_end: string; date_note?: string | null }>, parsed: DateParse | undefined): string {
	const parse = parsed ?? parseDatePhrase(l.rec.date_text, Number(l.rec.date_start.slice(0, 4)));
	return describeDate(l.rec.date_text, l.rec.date_start, l.rec.date_end, parse, Boolean(l.rec.date_note));
}

function contentHash(dataset: Omit<Dataset, 'version'>): string {
	return createHash('sha256').update(JSON.stringify(dataset)).digest('hex').slice(0, 12);
}

/** The curator's reasons for a record outside the usual rules, in words for the normalisation list. */
function reasons(rec: { metric?: string | null; count_metric?: string | null; metric_reason?: string | null; out_of_period?: string | null }): string[] {
	const out: string[] = [];
	const metric = rec.metric ?? rec.count_metric;
	if (rec.metric_reason) out.push(`metric “${metric}” is not one of the standard metrics: ${rec.metric_reason}`);
	if (rec.out_of_period) out.push(`dated outside the dataset’s period: ${rec.out_of_period}`);
	return out;
}

/** The published dataset from the valid records, with each excerpt's context and each normalisation in words. */
export function deriveDataset(data: LoadedData, spans: Map<Located<unknown>, ExcerptSpan>, dates: Map<Located<unknown>, DateParse>): Dataset {
	const contradicts = new Map<string, string[]>();
	for (const l of data.figures) {
		for (const c of l.rec.contradicted_by ?? []) contradicts.set(c, [...(contradicts.get(c) ?? []), l.rec.id]);
	}
	const sources: Source[] = data.sources.map(({ rec }) => ({
		id: rec.id,
		title: rec.title,
		publisher: rec.publisher,
		licence: rec.licence,
		licence_url: rec.licence_url,
		url: rec.url,
		file: rec.file,
		cite: rec.cite
	}));
	const estimators: Estimator[] = data.estimators.map(({ rec }) => ({ id: rec.id, name: rec.name, ...(rec.short_name ? { short_name: rec.short_name } : {}), side: rec.side, kind: rec.kind }));
	const actors: Actor[] = data.actors.map(({ rec }) => ({ id: rec.id, name: rec.name, kind: rec.kind }));
	const places: Place[] = data.places.map(({ rec }) => ({
		id: rec.id,
		name: rec.name,
		kind: rec.kind,
		lat: rec.lat,
		lon: rec.lon,
		country: rec.country,
		front: rec.front
	}));
	const figures: Figure[] = data.figures.map((l) => {
		const { rec } = l;
		const bounds = deriveBounds(rec.qualifier, rec.value ?? null, rec.low ?? null, rec.high ?? null);
		return {
			id: rec.id,
			metric: rec.metric,
			value: bounds.value,
			low: bounds.low,
			high: bounds.high,
			qualifier: rec.qualifier,
			estimator: rec.estimator,
			side: rec.side,
			fronts: rec.fronts,
			places: rec.places,
			kind: rec.kind,
			subject: rec.subject,
			contradicted_by: rec.contradicted_by ?? [],
			contradicts: contradicts.get(rec.id) ?? [],
			normalisation: [dateNormalisation(l, dates.get(l)), describeQualifier(rec.excerpt, rec.qualifier, bounds), ...reasons(rec)],
			...provenance(l, spans.get(l))
		};
	});
	const units: UnitMovement[] = data.units.map((l) => {
		const { rec } = l;
		const normalisation = [dateNormalisation(l, dates.get(l))];
		if (rec.count !== undefined && rec.count !== null) {
			const m = quantityMentions(rec.excerpt, rec.count)[0];
			normalisation.push(`“${m?.raw ?? formatNumber(rec.count)}” → ${formatNumber(rec.count)} ${rec.count_metric ?? ''}`.trimEnd());
		}
		normalisation.push(...reasons(rec));
		return {
			id: rec.id,
			unit: rec.unit,
			short_name: rec.short_name ?? null,
			echelon: rec.echelon ?? null,
			side: rec.side,
			kind: rec.kind,
			from: rec.from ?? null,
			to: rec.to,
			count: rec.count ?? null,
			count_metric: rec.count_metric ?? null,
			contradicts: contradicts.get(rec.id) ?? [],
			normalisation,
			...provenance(l, spans.get(l))
		};
	});
	const events: CrisisEvent[] = data.events.map((l) => {
		const { rec } = l;
		return {
			id: rec.id,
			category: rec.category,
			type: rec.type,
			title: rec.title,
			actors: rec.actors,
			place: rec.place ?? null,
			key: rec.key ?? false,
			same_as: rec.same_as ?? null,
			contradicts: contradicts.get(rec.id) ?? [],
			normalisation: [dateNormalisation(l, dates.get(l)), ...reasons(rec)],
			...provenance(l, spans.get(l))
		};
	});
	const retired: RetiredId[] = data.retired.map(({ rec }) => ({ id: rec.id, reason: rec.reason }));
	const content = { sources, estimators, actors, places, figures, units, events, retired };
	return { version: contentHash(content), ...content };
}
