import { describe, it, expect } from 'vitest';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { projectRoot } from '../../src/lib/server/build';
import {
	computeCoverage,
	findCandidates,
	formatCandidate,
	formatCoverageReport,
	loadCoverageInput,
	splitSentences,
	type CoverageInput
} from '../../src/lib/server/coverage';
import { defaultSourcesDir } from '../../src/lib/server/source-text';

const fixture = join(projectRoot, 'tests/fixtures/valid');

describe('splitSentences', () => {
	it('splits at sentence ends and line breaks, not after abbreviations', () => {
		const text = 'By mid-April the U.S. said 100,000 troops. Russia, No. 1 in Europe, denied it! Was it? "Yes." (Maybe.)\nA new line at 4 a.m. Moscow time';
		expect(splitSentences(text).map((s) => s.text)).toEqual([
			'By mid-April the U.S. said 100,000 troops.',
			'Russia, No. 1 in Europe, denied it!',
			'Was it?',
			'"Yes."',
			'(Maybe.)',
			'A new line at 4 a.m. Moscow time'
		]);
	});
	it('gives offsets into the text', () => {
		const text = 'One.  Two.\n\nThree.';
		for (const s of splitSentences(text)) expect(text.slice(s.start, s.end)).toBe(s.text);
	});
});

describe('findCandidates: numbers next to force words', () => {
	const table: { text: string; expected: [string, string, string | null][] }[] = [
		{
			text: 'On 21 February 2021, the Russian Defence Ministry announced the deployment of 3,000 paratroopers to the border.',
			expected: [['3,000', 'paratroopers', null]]
		},
		{
			text: 'Ten days later, Russian troops fired mortars at Ukrainian positions, killing four Ukrainian servicemen.',
			expected: [['four', 'servicemen', null]]
		},
		{ text: 'The 41st Army moved; the Netherlands sent two F-35s to Bulgaria.', expected: [['two', 'F-35s', null]] },
		{
			text: 'Defender-Europe 2021 involved 28,000 troops from 27 nations.',
			expected: [
				['28,000', 'troops', null],
				['27', 'troops', null]
			]
		},
		{ text: 'Russia sent 2000 troops.', expected: [['2000', 'troops', 'possible year']] },
		{ text: 'In 2014 the troops stayed in Crimea until early 2015.', expected: [] },
		{ text: 'Russian and Ukrainian officials traded accusations between late-November and early-December 2021 of troop deployments.', expected: [] },
		{
			text: 'Zelenskyy said Russia had amassed 100,000 troops near the Russo-Ukrainian border, higher than an American assessment of approximately 70,000.',
			expected: [
				['100,000', 'troops', null],
				['70,000', 'troops', null]
			]
		},
		{
			text: 'Troops were seen, and much later, after a very long and winding sentence with many many words in it, 17 people arrived.',
			expected: []
		},
		{ text: 'Russia has 5 ships. The weather was 20 degrees.', expected: [['5', 'ships', null]] },
		{ text: 'The U.S. approved $2.5 billion in aid and a €22 million (US$24.8 million) package.', expected: [['$2.5 billion', 'aid', null], ['€22 million', 'package', null], ['US$24.8 million', 'package', null]] },
		{ text: 'Both exercises, with troops, were scheduled for 10 days from 13 to 19 February 2022 at 16:23.', expected: [] },
		{
			text: '- Strength1: :, 45,350 (Armed Forces), :, a, b, c, d, e, f, g, h, i, j, k, l, m, :, 260 (Operation Unifier)',
			expected: [
				['45,350', 'Forces', null],
				['260', 'Strength', null]
			]
		},
		{
			text: '- Strength2: :, 209,000 (Armed Forces), Lithuania:, 26 (JMTG-U), :, 4 (Operation Unifier) (until 13 February 2022)',
			expected: [
				['209,000', 'Forces', null],
				['26', 'Forces', null],
				['4', 'Forces', null]
			]
		}
	];
	it.each(table)('$text', ({ text, expected }) => {
		expect(findCandidates(text).map((c) => [c.raw, c.forceWord, c.flag])).toEqual(expected);
	});

	it('gives the line and the sentence of each number', () => {
		const [c] = findCandidates('Title\n\nIn April, 41,000 troops moved. Then nothing.');
		expect(c).toMatchObject({ line: 3, raw: '41,000', value: 41000, sentence: 'In April, 41,000 troops moved.' });
	});
});

function fixtureInput(): CoverageInput {
	return loadCoverageInput(join(fixture, 'data'), join(fixture, 'sources')).input;
}

describe('computeCoverage on the valid fixture', () => {
	it('finds every candidate covered by a figure, a unit or an exclusion', () => {
		const report = computeCoverage(fixtureInput());
		expect(report.uncovered.map(formatCandidate)).toEqual([]);
		expect(report.candidates.map((c) => [c.raw, c.usedBy.length > 0 ? 'used' : 'excluded'])).toEqual([
			['900,000', 'used'],
			['41,000', 'used'],
			['100,000', 'used'],
			['175,000', 'used'],
			['190,000', 'used'],
			['two thousand', 'used'],
			['$2.5 billion', 'used'],
			['three', 'excluded']
		]);
		expect(report.candidates.find((c) => c.raw === 'two thousand')!.usedBy).toEqual(['unit 41st-army-to-yelnya-2021-04-13']);
	});

	it('lists a number that nothing covers, with its file, line and sentence', () => {
		const input = fixtureInput();
		const report = computeCoverage({ ...input, exclusions: [] });
		expect(report.uncovered.map(formatCandidate)).toEqual([
			'sample.txt:10: three (next to "ships") — Ten days later, officials said three ships had left Sevastopol, "a sign of de‑escalation".'
		]);
		expect(formatCoverageReport(report)).toContain('1 uncovered');
	});

	it('matches by position and value: the same number elsewhere, or another number in the excerpt, does not cover', () => {
		const input = fixtureInput();
		// The figure's excerpt covers "100,000"'s position, but its value is another number.
		const uses = input.uses.map((u) => (u.label === 'figure us-troops-mid-april-2021' ? { ...u, values: [41000] } : u));
		// An exclusion of "three" in another sentence does not cover this "three".
		const exclusions = [{ label: 'excluded[0]', source: 'sample', excerpt: 'A later U.S. projection gave 175,000 to 190,000 troops.', number: 'three', reason: 'x' }];
		const report = computeCoverage({ ...input, uses, exclusions });
		expect(report.uncovered.map((c) => c.raw)).toEqual(['100,000', 'three']);
		expect(report.unusedExclusions.map((e) => e.label)).toEqual(['excluded[0]']);
	});

	it('reports a number both used and excluded', () => {
		const input = fixtureInput();
		const exclusions = [...input.exclusions, { label: 'excluded[1]', source: 'sample', excerpt: 'about 41,000 Russian troops', number: '41,000', reason: 'x' }];
		const report = computeCoverage({ ...input, exclusions });
		expect(report.conflicting.map((c) => c.raw)).toEqual(['41,000']);
	});
});

describe('the real data/ covers every number next to a force word', () => {
	it('has no uncovered number (else: add a figure or an entry in data/excluded.yaml)', () => {
		const sourcesDir = defaultSourcesDir(projectRoot);
		const { input, problems } = loadCoverageInput(join(projectRoot, 'data'), sourcesDir);
		expect(problems).toEqual([]);
		expect(input.sources.length).toBeGreaterThan(0);
		const report = computeCoverage(input);
		expect(report.candidates.length).toBeGreaterThan(0);
		expect(report.uncovered.map(formatCandidate)).toEqual([]);
		expect(report.conflicting.map(formatCandidate)).toEqual([]);
	});
});
