/** Site-wide facts used by the layout and pages. */
export const siteTitle = 'Buildup';
export const siteSubtitle = "Russia's forces around Ukraine, March 2021 – 24 February 2022";

export interface NavItem {
	href: string;
	label: string;
}

/** The pages that exist, in navigation order. A page is listed here when it is built. */
export const nav: NavItem[] = [{ href: '/', label: 'Overview' }, { href: '/map', label: 'Map' }, { href: '/charts', label: 'Charts' }, { href: '/timeline', label: 'Timeline' }, { href: '/sources', label: 'Sources' }, { href: '/about', label: 'About' }];

export interface SourceCredit {
	title: string;
	/** Who to credit: the first part of the source's citation ("Wikipedia contributors"). */
	by: string;
	url: string;
}

/** The credits of the dataset's sources, in their order (every source, however many). */
export function sourceCredits(sources: readonly { title: string; publisher: string; url: string; cite: string }[]): SourceCredit[] {
	return sources.map((s) => ({ title: s.title, by: s.cite.split(',')[0].trim() || s.publisher, url: s.url }));
}

export const licence = {
	name: 'CC BY-SA 4.0',
	url: 'https://creativecommons.org/licenses/by-sa/4.0/'
};
