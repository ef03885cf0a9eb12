/**
 * "Show results" for the live filter forms: filtering happens as the user types, so submitting
 * (Enter in the search box, or the button) moves focus to the first result that is shown, which
 * is where a keyboard or screen-reader user wants to go next.
 */
export function focusFirstResult(event: SubmitEvent, selector: string): void {
	event.preventDefault();
	const form = event.currentTarget as HTMLFormElement;
	const scope = form.closest('main') ?? document;
	const target = [...scope.querySelectorAll<HTMLElement>(selector)].find((el) => !el.closest('[hidden]'));
	if (!target) return;
	if (!target.hasAttribute('tabindex')) target.setAttribute('tabindex', '-1');
	target.focus();
}
