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

export const entryTypeLabels: Record<EntryType, { one: string; many: string }> = {
	figure: { one: 'Figure', many: 'Figures' },
	unit: { one: 'Unit movement', many: 'Unit movements' },
	event: { one: 'Event', many: 'Events' }
};
