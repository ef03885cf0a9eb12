/**
 * The live state of one chart's choices (legend, event rules, chart/table view). Starts at the
 * defaults — what the prerendered HTML shows — and reads the URL once the app has hydrated
 * (the query string is not known while prerendering). Every change is written back with a
 * shallow `replaceState`, keeping other charts' keys.
 */
import { onMount } from 'svelte';
import { replaceState } from '$app/navigation';
import { defaultChoices, readChoices, shareQuery, writeChoices, type ChartChoices, type ChartView } from './urlState';

export class ChartChoicesState {
	hidden = $state<string[]>([]);
	events = $state(defaultChoices.events);
	view = $state<ChartView>(defaultChoices.view);
	notices = $state<string[]>([]);
	hydrated = $state(false);
	/** The table has been shown (a table not prerendered is built then, and kept). */
	tableOpened = $state(false);

	constructor(
		private idOf: () => string,
		private knownSeries: () => string[]
	) {}

	/** The chart's id: its keys in the URL are `<id>-hide`, `<id>-events`, `<id>-view`. */
	get id(): string {
		return this.idOf();
	}

	get choices(): ChartChoices {
		return { hidden: this.hidden, events: this.events, view: this.view };
	}

	get share(): string {
		return shareQuery(this.id, this.choices);
	}

	isVisible = (seriesId: string) => !this.hidden.includes(seriesId);

	/** Call once in onMount (`chartChoices` does). */
	hydrate(): void {
		const { choices, notices } = readChoices(new URLSearchParams(location.search), this.id, this.knownSeries());
		this.hidden = choices.hidden;
		this.events = choices.events;
		this.view = choices.view;
		this.tableOpened = choices.view === 'table';
		this.notices = notices;
		this.hydrated = true;
		// For the benchmark (scripts/bench/charts.mjs): when each chart took over from the HTML.
		performance.mark('charts:hydrated', { detail: this.id });
	}

	toggle(seriesId: string): void {
		this.hidden = this.hidden.includes(seriesId)
			? this.hidden.filter((s) => s !== seriesId)
			: [...this.hidden, seriesId];
		this.save();
	}

	setEvents(on: boolean): void {
		this.events = on;
		this.save();
	}

	setView(view: ChartView): void {
		this.view = view;
		if (view === 'table') this.tableOpened = true;
		this.save();
	}

	private save(): void {
		if (!this.hydrated) return;
		const params = writeChoices(new URLSearchParams(location.search), this.id, this.choices);
		const query = params.toString();
		const url = location.pathname + (query ? `?${query}` : '') + location.hash;
		try {
			replaceState(url, {});
		} catch {
			history.replaceState(history.state, '', url);
		}
	}
}

/**
 * The choices of the chart being initialised: at the defaults while prerendering, read from the
 * URL once the chart is mounted in the browser. Call it while a chart component initialises.
 */
export function chartChoices(id: () => string, knownSeries: () => string[]): ChartChoicesState {
	const choices = new ChartChoicesState(id, knownSeries);
	onMount(() => choices.hydrate());
	return choices;
}
