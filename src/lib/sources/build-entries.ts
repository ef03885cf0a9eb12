/**
 * Turns the dataset into the Sources page's entries (build time, from +page.server.ts). Pure:
 * every line of text is composed from the record's own fields and the shared formatters.
 */
import type { Dataset, Figure, UnitMovement, CrisisEvent, Place } from '$lib/data/types';
import { formatFigureValue, metricLabel } from '$lib/data/format';
import type { SourceEntry } from './entries';

type Related = SourceEntry['related'];

function placeName(places: Map<string, Place>, id: string | null): string {
	if (!id) return '';
	return places.get(id)?.name ?? id;
}

/** Fronts from place ids, without 'elsewhere' (it is not a front), deduplicated. */
function placeFronts(places: Map<string, Place>, ids: (string | null)[]): string[] {
	const out: string[] = [];
	for (const id of ids) {
		const front = id ? places.get(id)?.front : undefined;
		if (front && front !== 'elsewhere' && !out.includes(front)) out.push(front);
	}
	return out;
}

function figureEntry(f: Figure): SourceEntry {
	const count = f.qualifier !== 'range' && f.value === 1 ? 1 : 2;
	const related: Related = [
		...f.contradicted_by.map((id) => ({ id, relation: 'contradicted by' as const })),
		...f.contradicts.map((id) => ({ id, relation: 'contradicts' as const }))
	];
	return {
		...common(f),
		id: f.id,
		type: 'figure',
		heading: `${formatFigureValue(f)} ${metricLabel(f.metric, count)}`,
		subject: f.subject,
		kind: f.kind,
		metric: f.metric,
		estimator: f.estimator,
		fronts: [...f.fronts],
		normalisation: f.normalisation,
		related
	};
}

function unitEntry(u: UnitMovement, places: Map<string, Place>): SourceEntry {
	const route = u.from ? `${placeName(places, u.from)} → ${placeName(places, u.to)}` : `to ${placeName(places, u.to)}`;
	const count = u.count !== null && u.count_metric ? ` · ${formatFigureValue({ value: u.count, low: u.count, high: u.count, qualifier: 'exact', metric: u.count_metric })} ${metricLabel(u.count_metric, u.count)}` : '';
	return {
		...common(u),
		id: u.id,
		type: 'unit',
		heading: u.unit,
		subject: route + count,
		kind: u.kind,
		metric: '',
		estimator: '',
		fronts: placeFronts(places, [u.from, u.to]),
		normalisation: u.normalisation,
		related: u.contradicts.map((id) => ({ id, relation: 'contradicts' as const }))
	};
}

function eventEntry(e: CrisisEvent, places: Map<string, Place>): SourceEntry {
	const where = e.place ? ` · ${placeName(places, e.place)}` : '';
	return {
		...common(e),
		id: e.id,
		type: 'event',
		heading: e.title,
		subject: `${e.type}${where}`,
		kind: e.category,
		metric: '',
		estimator: '',
		fronts: placeFronts(places, [e.place]),
		normalisation: e.normalisation,
		related: [
			...(e.same_as ? [{ id: e.same_as, relation: 'same event as' as const }] : []),
			...e.contradicts.map((id) => ({ id, relation: 'contradicts' as const }))
		]
	};
}

function common(r: Figure | UnitMovement | CrisisEvent) {
	return {
		source: r.source,
		date_text: r.date_text,
		date_start: r.date_start,
		date_end: r.date_end,
		date_note: r.date_note,
		before: r.context_before,
		excerpt: r.excerpt,
		after: r.context_after,
		note: r.note
	};
}

function byDate(a: SourceEntry, b: SourceEntry): number {
	return a.date_start.localeCompare(b.date_start) || a.date_end.localeCompare(b.date_end) || a.id.localeCompare(b.id);
}

/** All entries: figures, then unit movements, then events, each oldest first. */
export function buildSourceEntries(dataset: Pick<Dataset, 'figures' | 'units' | 'events' | 'places'>): SourceEntry[] {
	const places = new Map(dataset.places.map((p) => [p.id, p]));
	return [
		...dataset.figures.map(figureEntry).sort(byDate),
		...dataset.units.map((u) => unitEntry(u, places)).sort(byDate),
		...dataset.events.map((e) => eventEntry(e, places)).sort(byDate)
	];
}
