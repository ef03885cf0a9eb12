/**
 * The extractor's parts, table-driven: date phrases → intervals (data/README.md rules on top of
 * chrono-node), attribution → estimator (name, alias, proposal), places (gazetteer, lists of
 * regions, aliases, proposals), and the candidates it emits for the repository's own sources
 * (valid, verbatim, never published fields missing from the format).
 */
import { describe, expect, it } from 'vitest';
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import fc from 'fast-check';
import { projectRoot, resolveBuildOptions } from '../../src/lib/server/build';
import { extract } from '../../src/lib/server/extract';
import { checkCandidates } from '../../src/lib/server/extract-candidates';
import { findDates, sectionPeriods } from '../../src/lib/server/extract-dates';
import { canonicalName, findAttributions, findPlaces, matchEstimator } from '../../src/lib/server/extract-names';
import { loadGazetteer, loadSourceRecords } from '../../src/lib/server/extract-source';
import { SourceText } from '../../src/lib/server/source-text';

const gazetteer = loadGazetteer(join(projectRoot, 'data'));

describe('findDates: date phrases against the document date (Friday 28 January 2022)', () => {
	const doc = { documentDate: '2022-01-28' };
	const table: [string, string, string | null, string | null][] = [
		['officials said on Tuesday', 'Tuesday', '2022-01-25', '2022-01-25'],
		['he said last week', 'last week', '2022-01-17', '2022-01-23'],
		['ships arrived this month', 'this month', '2022-01-01', '2022-01-31'],
		['in April last year', 'April last year', '2021-04-01', '2021-04-30'],
		['by mid-January', 'by mid-January', '2022-01-01', '2022-01-20'],
		['in mid-December', 'mid-December', '2021-12-11', '2021-12-20'],
		['ready by the end of the month', 'by the end of the month', '2022-01-28', '2022-01-31'],
		['as of March 30', 'as of March 30', '2022-03-30', '2022-03-30'],
		['talks on 26/1 ended', '26/1', '2022-01-26', '2022-01-26'],
		['due on Feb. 8, the drills', 'Feb. 8', '2022-02-08', '2022-02-08'],
		['On 8 February the', '8 February', '2022-02-08', '2022-02-08'],
		['Between late March and early April 2021, tanks', 'Between late March and early April 2021', '2021-03-21', '2021-04-10'],
		['from 13 to 19 February 2022 the', 'from 13 to 19 February 2022', '2022-02-13', '2022-02-19'],
		['earlier this month', 'earlier this month', '2022-01-01', '2022-01-28'],
		['killed since 2014,', 'since 2014', '2014-01-01', '2022-01-28'],
		['yesterday', 'yesterday', '2022-01-27', '2022-01-27']
	];
	it.each(table)('%s', (sentence, text, start, end) => {
		const found = findDates(sentence, doc);
		expect(found.map((d) => [d.text, d.date_start, d.date_end])).toEqual([[text, start, end]]);
	});
	it('finds the phrase but cannot resolve a weekday without a document date', () => {
		expect(findDates('said on Tuesday').map((d) => [d.text, d.date_start])).toEqual([['Tuesday', null]]);
	});
	it('takes a month without a year from the dated section around it', () => {
		const section = { start: '2021-10-01', end: '2022-02-28', label: 'October 2021–February 2022' };
		expect(findDates('in mid-November', { section }).map((d) => d.date_start)).toEqual(['2021-11-11']);
		expect(findDates('in mid-January', { section }).map((d) => d.date_start)).toEqual(['2022-01-11']);
	});
	it('reads dated headings as section periods; undated sub-headings keep their parent’s', () => {
		const text = '==Renewed tensions (October 2021–February 2022)==\ntext\n===Second buildup===\nmore\n====January2022====\nx';
		expect(sectionPeriods(text).map((s) => s.period && [s.period.start, s.period.end])).toEqual([
			['2021-10-01', '2022-02-28'],
			['2021-10-01', '2022-02-28'],
			['2022-01-01', '2022-01-31']
		]);
	});
	it('never throws, and each phrase found is the text at its offsets', () => {
		const pieces = fc.constantFrom('on Tuesday', '26/1', 'mid-January', 'by the end of the month', 'last week', 'Feb. 8', '2021', 'troops', ' ', ', ', 'in April last year', 'since', 'between 3 and', '8 February', 'as of');
		fc.assert(
			fc.property(fc.oneof(fc.string({ maxLength: 80 }), fc.array(pieces, { maxLength: 12 }).map((a) => a.join(' '))), (s) => {
				const found = findDates(s, doc);
				expect(found).toBeInstanceOf(Array);
				for (const d of found) expect(s.slice(d.start, d.end)).toBe(d.text);
			}),
			{ numRuns: 200 }
		);
	});
});

describe('estimators: attribution → estimators.yaml by name, title and alias', () => {
	const table: [string, string][] = [
		["according to Ukraine's defence intelligence", 'hur'],
		['Kyrylo Budanov', 'hur'],
		['NATO Secretary-General Jens Stoltenberg', 'nato'],
		['Pentagon spokesman John Kirby', 'pentagon'],
		['the Russian Ministry of Defense', 'ru-mod'],
		["Russia's defence ministry", 'ru-mod'],
		['senior U.S. officials', 'us-officials'],
		['the White House', 'us-government'],
		['Ukrainian Defence Minister Oleksii Reznikov', 'reznikov']
	];
	it.each(table)('%s → %s', (who, id) => {
		expect(matchEstimator(who, gazetteer.estimators)?.id).toBe(id);
	});
	it('folds spellings and possessives', () => {
		expect(canonicalName("Russia's Defense Ministry")).toBe(canonicalName('the Russian Ministry of Defence'));
	});
	it('finds who is cited, not the outlet', () => {
		const s = 'The Washington Post reported, citing U.S. officials, that 70,000 troops were near the border.';
		expect(findAttributions(s)[0]).toMatchObject({ who: 'U.S. officials', cue: 'citing' });
	});
	it('ignores passives and noun uses of reporting verbs', () => {
		expect(findAttributions('It was estimated that 60,000 troops were there.')).toEqual([]);
		expect(findAttributions('35,000 separatists were reported to be present.')).toEqual([]);
	});
});

describe('places: gazetteer, aliases, lists of regions, proposals', () => {
	const ids = (s: string) => findPlaces(s, gazetteer.places).map((p) => [p.id, p.proposed !== null]);
	it.each([
		['troops in the Bryansk, Voronezh and Rostov regions', [['bryansk-oblast', false], ['voronezh-oblast', false], ['rostov-oblast', false]]],
		['BTGs in the Bryansk, Kursk and Belgorod regions', [['bryansk-oblast', false], ['kursk-oblast', true], ['belgorod-oblast', false]]],
		['on the Crimean peninsula', [['crimea', false]]],
		['near Yelnya', [['yelnya', false]]],
		['troops in Belarus', [['belarus', false]]],
		['ships in the Sea of Azov near Mariupol', [['sea-of-azov', false], ['mariupol', false]]],
		['ships passed through the Bosphorus', [['bosphorus', true]]]
	] as [string, [string, boolean][]][])('%s', (s, expected) => {
		expect(ids(s)).toEqual(expected);
	});
	it('a proposed oblast takes the front of the city of the same name', () => {
		const kursk = findPlaces('in the Kursk region', gazetteer.places)[0];
		expect(kursk.proposed).toMatchObject({ id: 'kursk-oblast', name: 'Kursk Oblast', kind: 'oblast', front: 'east', country: 'russia' });
	});
});

describe('the repository’s own sources', () => {
	const { dataDir, sourcesDir } = resolveBuildOptions();
	const sources = loadSourceRecords(dataDir).filter((s) => existsSync(join(sourcesDir, String(s.file))));
	it('has source texts to run on', () => {
		expect(sources.length).toBeGreaterThan(0);
	});
	it.each(sources.map((s) => [String(s.id), String(s.file)]))('%s: every candidate is valid, verbatim and states its number', (id, file) => {
		const text = readFileSync(join(sourcesDir, file), 'utf8');
		const { records } = extract(text, { sourceId: id, gazetteer });
		expect(checkCandidates(JSON.parse(JSON.stringify(records)), new SourceText(id, file, text))).toEqual([]);
	}, 30_000); // about 1 s on an idle machine; the shared one can be ten times slower
});
