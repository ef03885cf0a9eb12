/**
 * A chart's choices in the URL, only where they differ from the defaults. Keys are prefixed with
 * the chart id, so several charts can share one page (`/charts`) and a share link carries them:
 *   `<id>-hide=a,b`  series switched off in the legend
 *   `<id>-events=off` key-event rules hidden
 *   `<id>-view=table` the table shown instead of the chart
 * Unknown series and values are ignored, with one notice each for the reader (a series named
 * twice is read once); the notice quotes at most `quoteMax` characters of what it ignored. Pure.
 */
import { quoteInput } from '$lib/filters/quote';

export type ChartView = 'chart' | 'table';

export interface ChartChoices {
	hidden: string[];
	events: boolean;
	view: ChartView;
}

export const defaultChoices: ChartChoices = { hidden: [], events: true, view: 'chart' };

export function choiceKeys(id: string) {
	return { hide: `${id}-hide`, events: `${id}-events`, view: `${id}-view` };
}

/** The most unknown series named one by one; the rest are counted in one more notice. */
export const unknownSeriesMax = 5;

export function readChoices(
	params: URLSearchParams,
	id: string,
	knownSeries: string[]
): { choices: ChartChoices; notices: string[] } {
	const keys = choiceKeys(id);
	const notices: string[] = [];
	const choices: ChartChoices = { ...defaultChoices, hidden: [] };
	const hide = params.get(keys.hide);
	if (hide !== null) {
		const unknown: string[] = [];
		for (const name of new Set(hide.split(',').filter(Boolean))) {
			if (knownSeries.includes(name)) choices.hidden.push(name);
			else unknown.push(name);
		}
		for (const name of unknown.slice(0, unknownSeriesMax)) {
			notices.push(`Ignored “${quoteInput(name)}” in the link: this chart has no such series.`);
		}
		const more = unknown.length - unknownSeriesMax;
		if (more > 0) notices.push(`Ignored ${more} more name${more === 1 ? '' : 's'} in the link that this chart has no series for.`);
	}
	const events = params.get(keys.events);
	if (events !== null) {
		if (events === 'off') choices.events = false;
		else if (events !== 'on') notices.push(`Ignored “${keys.events}=${quoteInput(events)}” in the link (expected “off”).`);
	}
	const view = params.get(keys.view);
	if (view !== null) {
		if (view === 'table' || view === 'chart') choices.view = view;
		else notices.push(`Ignored “${keys.view}=${quoteInput(view)}” in the link (expected “table”).`);
	}
	// Two long names cut to the same quote say the same thing once.
	return { choices, notices: [...new Set(notices)] };
}

/** Writes a chart's choices into `params` (a copy), removing keys that hold the default. */
export function writeChoices(params: URLSearchParams, id: string, choices: ChartChoices): URLSearchParams {
	const keys = choiceKeys(id);
	const out = new URLSearchParams(params);
	if (choices.hidden.length) out.set(keys.hide, [...choices.hidden].sort().join(','));
	else out.delete(keys.hide);
	if (!choices.events) out.set(keys.events, 'off');
	else out.delete(keys.events);
	if (choices.view !== 'chart') out.set(keys.view, choices.view);
	else out.delete(keys.view);
	return out;
}

/** Only this chart's keys, as a query string ('' or '?…') for its share link. */
export function shareQuery(id: string, choices: ChartChoices): string {
	const query = writeChoices(new URLSearchParams(), id, choices).toString();
	return query ? `?${query}` : '';
}
