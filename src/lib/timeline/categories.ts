/** Event categories: their order in the filter and their labels. */
const order = ['diplomacy', 'military', 'incident', 'statement', 'sanctions', 'aid', 'cyber', 'recognition', 'invasion'];

export function categoryOrder(category: string): number {
	const i = order.indexOf(category);
	return i === -1 ? order.length : i;
}

/** "diplomacy" → "Diplomacy". */
export function categoryLabel(category: string): string {
	const words = category.replaceAll('_', ' ');
	return words.charAt(0).toUpperCase() + words.slice(1);
}
