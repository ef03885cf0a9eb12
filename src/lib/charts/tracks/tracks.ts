/**
 * Chart 5, two tracks: the buildup (troop estimates) above, the diplomacy below, on one time
 * axis. Diplomacy events are laid out in rows by type.
 */
import type { ChartEvent } from '../types';

export const diplomacyTypes = [
	{ id: 'talks', label: 'Talks', short: 'Talks' },
	{ id: 'call', label: 'Calls', short: 'Calls' },
	{ id: 'meeting', label: 'Meetings and summits', short: 'Meetings' },
	{ id: 'visit', label: 'Visits', short: 'Visits' },
	{ id: 'letter', label: 'Letters and treaties', short: 'Letters' },
	{ id: 'response', label: 'Responses', short: 'Responses' },
	{ id: 'other', label: 'Requests, offers, other', short: 'Other' }
] as const;
export type DiplomacyRow = (typeof diplomacyTypes)[number]['id'];

export function isDiplomacyEvent(e: Pick<ChartEvent, 'category'>): boolean {
	return e.category === 'diplomacy';
}

/** Which row a diplomacy event sits in. */
export function diplomacyRow(e: Pick<ChartEvent, 'type'>): DiplomacyRow {
	switch (e.type) {
		case 'talks':
			return 'talks';
		case 'call':
			return 'call';
		case 'meeting':
		case 'summit':
			return 'meeting';
		case 'visit':
			return 'visit';
		case 'letter':
		case 'treaty':
		case 'note':
			return 'letter';
		case 'response':
			return 'response';
		default:
			return 'other';
	}
}

/** The rows that hold at least one event, in the fixed order above. */
export function usedRows(events: Pick<ChartEvent, 'type'>[]) {
	const used = new Set(events.map(diplomacyRow));
	return diplomacyTypes.filter((t) => used.has(t.id));
}
