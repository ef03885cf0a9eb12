/**
 * The overview's headline figures, chosen from the dataset by stated rules. Each headline is one
 * record of the dataset, quoted as it is; which record is shown is a selection (labelled
 * "selected" on the page), and the only computed number, a count of days between two dates, is
 * labelled "derived". Pure; runs at build time.
 */
import type { CrisisEvent, Dataset, Figure, IsoDate } from '$lib/data/types';
import { daysBetween } from '$lib/data/days';

export const INVASION_DATE: IsoDate = '2022-02-24';

export interface FigureHeadline {
	kind: 'figure';
	label: string;
	/** How the record was picked, in words shown to the reader. */
	rule: string;
	figure: Pick<Figure, 'id' | 'metric' | 'value' | 'low' | 'high' | 'qualifier' | 'date_start' | 'date_end' | 'date_text' | 'excerpt' | 'kind'> & {
		estimatorName: string;
	};
}

export interface DerivedHeadline {
	kind: 'derived';
	label: string;
	value: number;
	unit: string;
	rule: string;
	/** The events whose dates the value is computed from. */
	from: Pick<CrisisEvent, 'id' | 'title' | 'date_start' | 'date_end' | 'date_text'>;
	to: Pick<CrisisEvent, 'id' | 'title' | 'date_start' | 'date_end' | 'date_text'>;
}

export type Headline = FigureHeadline | DerivedHeadline;

/** The number a figure stands for when ranking: the stated value, or the top of a range. */
function rankValue(f: Figure): number {
	return f.value ?? f.high ?? f.low ?? 0;
}

function before(f: Figure, date: IsoDate): boolean {
	return f.date_start < date;
}

function byLargest(a: Figure, b: Figure): number {
	return rankValue(b) - rankValue(a) || (a.date_start < b.date_start ? -1 : 1);
}

function byLatest(a: Figure, b: Figure): number {
	return a.date_start < b.date_start ? 1 : a.date_start > b.date_start ? -1 : 0;
}

function figureHeadline(dataset: Dataset, figure: Figure, label: string, rule: string): FigureHeadline {
	const estimatorName = dataset.estimators.find((e) => e.id === figure.estimator)?.name ?? figure.estimator;
	const { id, metric, value, low, high, qualifier, date_start, date_end, date_text, excerpt, kind } = figure;
	return {
		kind: 'figure',
		label,
		rule,
		figure: { id, metric, value, low, high, qualifier, date_start, date_end, date_text, excerpt, kind, estimatorName }
	};
}

const isRussianTroopsAround = (f: Figure) =>
	f.side === 'russia' && f.metric === 'troops' && f.fronts.includes('around');

/** The headlines, in display order; a rule that finds nothing is left out rather than faked. */
export function selectHeadlines(dataset: Dataset): Headline[] {
	const headlines: Headline[] = [];

	const largestEstimate = dataset.figures
		.filter((f) => isRussianTroopsAround(f) && f.kind === 'estimate' && before(f, INVASION_DATE))
		.sort(byLargest)[0];
	if (largestEstimate) {
		headlines.push(
			figureHeadline(
				dataset,
				largestEstimate,
				'Largest dated estimate of Russian troops around Ukraine',
				'selected: the largest estimate (not projection) of Russian troops around Ukraine dated before 24 Feb 2022'
			)
		);
	}

	const largestProjection = dataset.figures
		.filter((f) => isRussianTroopsAround(f) && f.kind === 'projection' && before(f, INVASION_DATE))
		.sort(byLargest)[0];
	if (largestProjection) {
		headlines.push(
			figureHeadline(
				dataset,
				largestProjection,
				'What the US said Russia could assemble',
				'selected: the largest projection of Russian troops around Ukraine before 24 Feb 2022'
			)
		);
	}

	const latestBtgs = dataset.figures
		.filter((f) => f.side === 'russia' && f.metric === 'btgs' && f.kind === 'estimate' && before(f, INVASION_DATE))
		.sort(byLatest)[0];
	if (latestBtgs) {
		headlines.push(
			figureHeadline(
				dataset,
				latestBtgs,
				'Battalion tactical groups, last count before the invasion',
				'selected: the latest estimate of Russian battalion tactical groups before 24 Feb 2022'
			)
		);
	}

	const firstBuildup = dataset.events
		.filter((e) => e.key && e.category === 'military' && /first buildup/i.test(e.title))
		.sort((a, b) => (a.date_start < b.date_start ? -1 : 1))[0];
	const invasion = dataset.events.find((e) => e.category === 'invasion' && e.date_start === INVASION_DATE);
	if (firstBuildup && invasion) {
		const pick = ({ id, title, date_start, date_end, date_text }: CrisisEvent) => ({ id, title, date_start, date_end, date_text });
		headlines.push({
			kind: 'derived',
			label: 'Days from the first massing to the invasion',
			value: daysBetween(firstBuildup.date_start, invasion.date_start),
			unit: 'days',
			rule: `derived: from the start of “${firstBuildup.date_text}” (the first buildup) to ${invasion.date_text} (the invasion)`,
			from: pick(firstBuildup),
			to: pick(invasion)
		});
	}
	return headlines;
}
