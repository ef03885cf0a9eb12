/** Short labels for the Sources page's filters and entries. */
import type { EntryType } from './entries';

const frontLabels: Record<string, string> = {
	north: 'North (Belarus)',
	east: 'East (Russian border oblasts)',
	donbas: 'Donbas (occupied)',
	south: 'South (Crimea)',
	sea: 'Black Sea and Azov',
	nato_east: 'NATO’s east',
	ukraine: 'Ukraine',
	around: 'Around Ukraine (all fronts)',
	total: 'Whole forces'
};

export function frontLabel(front: string): string {
	return frontLabels[front] ?? front;
}

/** Labels of each record type, and `slug`: how its pages are named (/sources/figures-2021-04). */
export const entryTypeLabels: Record<EntryType, { one: string; many: string; slug: string }> = {
	figure: { one: 'Figure', many: 'Figures', slug: 'figures' },
	unit: { one: 'Unit movement', many: 'Unit movements', slug: 'unit-movements' },
	event: { one: 'Event', many: 'Events', slug: 'events' }
};
