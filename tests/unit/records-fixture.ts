import type { UnitMovement } from '../../src/lib/data/types';

/**
 * A unit record for unit tests: the 41st Combined Arms Army moving from Novosibirsk to Yelnya.
 * Each test gives the provenance and dates it checks; the rest is the movement itself.
 */
export function movement41CAA(
	fields: Pick<UnitMovement, 'source' | 'excerpt' | 'context_before' | 'context_after' | 'date_text' | 'date_start' | 'date_end' | 'date_note' | 'note'>
): UnitMovement {
	return {
		id: '41st-army',
		unit: '41st Combined Arms Army',
		short_name: '41 CAA',
		echelon: 'army',
		side: 'russia',
		kind: 'movement',
		from: 'novosibirsk',
		to: 'yelnya',
		count: null,
		count_metric: null,
		contradicts: [],
		normalisation: [],
		...fields
	};
}
