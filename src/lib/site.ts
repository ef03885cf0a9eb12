/** Site-wide facts used by the layout and pages. */
export const siteTitle = 'Buildup';
export const siteSubtitle = "Russia's forces around Ukraine, March 2021 – 24 February 2022";

export interface NavItem {
	href: string;
	label: string;
}

/** The pages that exist, in navigation order. A page is listed here when it is built. */
export const nav: NavItem[] = [{ href: '/', label: 'Overview' }, { href: '/map', label: 'Map' }, { href: '/charts', label: 'Charts' }, { href: '/timeline', label: 'Timeline' }, { href: '/sources', label: 'Sources' }, { href: '/about', label: 'About' }];

export const sourceCredits = [
	{
		title: 'Prelude to the 2022 Russian invasion of Ukraine',
		by: 'Wikipedia contributors',
		url: 'https://en.wikipedia.org/wiki/Prelude_to_the_2022_Russian_invasion_of_Ukraine'
	},
	{
		title: 'Question on negotiations with Russia before the 2022 invasion (July 2022)',
		by: 'Politics Stack Exchange',
		url: 'https://politics.stackexchange.com/'
	}
];

export const licence = {
	name: 'CC BY-SA 4.0',
	url: 'https://creativecommons.org/licenses/by-sa/4.0/'
};
