/**
 * When a prerendered chart comes to life (./LazyChart.svelte), and how what the reader did to
 * the prerendered one carries over to the live one. Browser-side helpers; the URL test is pure.
 */
import { choiceKeys } from '../urlState';

/** Whether the link sets choices of chart `id` (then it comes to life at once, notices and all). */
export function linkSetsChoices(params: URLSearchParams, id: string): boolean {
	return Object.values(choiceKeys(id)).some((key) => params.has(key));
}

/** The same control in another copy of the chart: a selector, and its text when that tells it apart. */
export interface ControlKey {
	selector: string;
	text?: string;
}

/** Data attributes that name what a control is about (a series, a mark, a table row …). */
const naming = ['data-series', 'data-toggle', 'data-mark', 'data-event', 'data-row'];

/** What counts as a control, for finding the one an event target belongs to. */
export const controls = 'a[href], button, input, label, [tabindex]';

/** The key of a control (a legend button, a mark, a toolbar button, a table row's link …). */
export function controlKey(control: Element): ControlKey {
	for (const attribute of naming) {
		const named = (holder: Element) => `[${attribute}="${CSS.escape(holder.getAttribute(attribute) ?? '')}"]`;
		// The control is the named element (a mark, a legend button) …
		if (control.hasAttribute(attribute)) return { selector: named(control) };
		// … or holds it (the label around the key-event switch) …
		const inner = control.querySelector(`[${attribute}]`);
		if (inner) return { selector: named(inner) };
		// … or sits in it (the "Source entry" link of a table row).
		const outer = control.closest(`[${attribute}]`);
		if (outer) return { selector: `${named(outer)} ${control.localName}` };
	}
	return { selector: control.localName, text: control.textContent?.trim() ?? '' };
}

/** Finds the control with `key` under `root`. */
export function findControl(root: ParentNode, key: ControlKey): HTMLElement | null {
	const candidates = [...root.querySelectorAll<HTMLElement>(key.selector)];
	return candidates.find((c) => key.text === undefined || c.textContent?.trim() === key.text) ?? null;
}
