/**
 * Candidates (data/candidates/*.yaml, issue 14): validated with the dataset's schema and rules,
 * verbatim excerpts included, and never published. Also the function the extractor calls.
 */
import { describe, it, expect, beforeAll, afterAll } from 'vitest';
import { readFileSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { buildDataset } from '../../src/lib/server/build';
import { validateCandidatesFile } from '../../src/lib/server/validate';
import { formatError } from '../../src/lib/server/yaml-lines';
import { all, buildFixture, copyBuilt, exactly, expectErrors, outBytes, replace, write, type Break, type Copy, type Expected } from './build-data-fixture';

/** One candidate of each type, as add-source writes them: pending with nulls, and a rejected one. */
const candidates = `# Candidates of sample.txt
- type: estimator
  id: ua-general-staff
  name: "General Staff of Ukraine"
  side: ukraine
  kind: null
  review: pending
  confidence: 0.4
  why:
    name: '"Ukrainian intelligence estimated" (same sentence)'
- type: place
  id: sevastopol
  name: Sevastopol
  kind: city
  lat: 44.6
  lon: 33.5
  country: ukraine
  front: south
  review: pending
  confidence: 0.9
  why: {}
- type: figure
  id: sample-ships-left-2022-01-20
  metric: ships
  value: 3
  qualifier: exact
  date_text: "Ten days later"
  date_start: 2022-01-20
  date_end: 2022-01-20
  date_note: "Ten days after the talks of 10 January 2022 (the sentence before)."
  estimator: null
  side: russia
  fronts: [sea]
  places: [sevastopol]
  kind: null
  subject: null
  source: sample
  excerpt: "officials said three ships had left Sevastopol"
  review: pending
  confidence: 0.55
  why:
    value: '"three ships"'
    places: '"left Sevastopol"'
- type: unit
  id: sample-41st-army-candidate
  unit: "41st Army"
  side: russia
  kind: movement
  from: novosibirsk
  to: yelnya
  date_text: "13 April 2021"
  date_start: 2021-04-13
  date_end: 2021-04-13
  count: 3000
  count_metric: troops
  source: sample
  excerpt: "the 41st Army moved two thousand soldiers from Novosibirsk to Yelnya."
  review: rejected
  confidence: 0.3
  why:
    count: "misread"
`;
const file = 'candidates/sample.yaml';
const withCandidates = write(file, candidates);

let built: string;
beforeAll(() => {
	built = buildFixture();
});
afterAll(() => rmSync(built, { recursive: true, force: true }));

function withCopy<T>(f: (c: Copy) => T): T {
	const copy = copyBuilt(built);
	try {
		return f(copy);
	} finally {
		rmSync(copy.root, { recursive: true, force: true });
	}
}

describe('candidates in data/candidates/', () => {
	it('are validated but never published', () =>
		withCopy((c) => {
			withCandidates(c);
			const result = buildDataset(c);
			expect(result.errors.map(formatError)).toEqual([]);
			const json = readFileSync(join(c.outDir, 'dataset.json'), 'utf8');
			for (const id of ['ua-general-staff', 'sevastopol', 'sample-ships-left-2022-01-20', 'sample-41st-army-candidate']) expect(json).not.toContain(id);
			expect(result.dataset!.figures).toHaveLength(5);
			expect(result.validation.candidates.map((x) => [x.type, x.review])).toEqual([
				['estimator', 'pending'],
				['place', 'pending'],
				['figure', 'pending'],
				['unit', 'rejected']
			]);
		}));

	const bad: { name: string; break: Break; errors: Expected[] }[] = [
		{
			name: 'an accepted candidate with fields still null',
			break: replace(file, '  review: pending\n  confidence: 0.55', '  review: accepted\n  confidence: 0.55'),
			errors: ['estimator', 'kind', 'subject'].map((field) => ({ file, at: `  ${field}: null\n`.trim(), last: true, field: `candidates[2].${field}`, message: exactly('is null in an accepted candidate: fill it in, or keep review: pending') }))
		},
		{
			name: 'an excerpt that is not verbatim',
			break: replace(file, 'officials said three ships had left', 'officials said 3 ships had left'),
			errors: [{ file, at: 'officials said 3 ships', field: 'candidates[2].excerpt', message: /^not found verbatim in source "sample" \(sample\.txt\): matches up to / }]
		},
		{
			name: 'a rejected candidate keeps its excerpt verbatim too',
			break: replace(file, 'the 41st Army moved two thousand', 'the 41st Army moved 2,000'),
			errors: [{ file, at: 'moved 2,000', field: 'candidates[3].excerpt', message: /^not found verbatim/ }]
		},
		{
			name: 'an unknown type',
			break: replace(file, '- type: place', '- type: plaec'),
			errors: [{ file, at: 'type: plaec', field: 'candidates[1].type', message: exactly('"plaec" is not one of: figure, unit, estimator, place (did you mean "place"?)') }]
		},
		{
			name: 'a missing type',
			break: replace(file, '- type: place\n  id: sevastopol', '- id: sevastopol'),
			errors: [{ file, at: 'id: sevastopol', field: 'candidates[1].type', message: exactly('missing (required field): one of figure, unit, estimator, place') }]
		},
		{
			name: 'a reference to a place neither the gazetteer nor the candidates have',
			break: replace(file, 'places: [sevastopol]', 'places: [sevastopl]'),
			errors: [{ file, at: 'places: [sevastopl]', field: 'candidates[2].places[0]', message: exactly('unknown place "sevastopl" (did you mean "sevastopol"?)') }]
		},
		{
			name: 'a candidate id the dataset already has',
			break: replace(file, 'id: sample-ships-left-2022-01-20', 'id: us-aid-2021-04'),
			errors: [{ file, at: 'id: us-aid-2021-04', field: 'candidates[2].id', message: /^duplicate figures id "us-aid-2021-04" \(first at data\/figures\/sample\.yaml:\d+\)$/ }]
		},
		{
			name: 'a candidate estimator the dataset already has',
			break: replace(file, 'id: ua-general-staff', 'id: hur'),
			errors: [{ file, at: 'id: hur', field: 'candidates[0].id', message: /^duplicate estimators id "hur" \(first at data\/estimators\.yaml:\d+\)$/ }]
		},
		{
			name: 'a figure candidate without its number or qualifier',
			break: all(replace(file, '  value: 3\n', ''), replace(file, '  qualifier: exact\n  date_text: "Ten days later"', '  qualifier: null\n  date_text: "Ten days later"')),
			errors: [{ file, at: '- type: figure', field: 'candidates[2].value', message: exactly('a figure candidate needs its number: value, or low and high') }]
		},
		{
			name: 'a figure candidate with a qualifier but no number',
			break: replace(file, '  value: 3\n', ''),
			errors: [{ file, at: '- type: figure', field: 'candidates[2].value', message: exactly('missing (required unless qualifier is range)') }]
		},
		{
			name: 'a value the excerpt does not state',
			break: replace(file, '  value: 3\n', '  value: 4\n'),
			errors: [{ file, at: 'value: 4', field: 'candidates[2].value', message: exactly('4 does not appear in the excerpt (it states: three)') }]
		},
		{
			name: 'a confidence outside 0–1',
			break: replace(file, 'confidence: 0.9', 'confidence: 1.5'),
			errors: [{ file, at: 'confidence: 1.5', field: 'candidates[1].confidence', message: /^confidence is between 0 and 1/ }]
		},
		{
			name: 'a review state that does not exist',
			break: replace(file, '  review: pending\n  confidence: 0.9', '  review: done\n  confidence: 0.9'),
			errors: [{ file, at: 'review: done', field: 'candidates[1].review', message: exactly('"done" is not one of: pending, accepted, rejected') }]
		},
		{
			name: 'a why: naming a field the record does not have',
			break: replace(file, "    places: '\"left Sevastopol\"'", "    place: '\"left Sevastopol\"'"),
			errors: [{ file, at: '    place: ', field: 'candidates[2].why.place', message: exactly('not a field of a figure (did you mean "places"?)') }]
		},
		{
			name: 'a null in a field a candidate must fill (the excerpt)',
			break: replace(file, 'excerpt: "officials said three ships had left Sevastopol"', 'excerpt: null'),
			errors: [
				{ file, at: 'excerpt: null', field: 'candidates[2].excerpt', message: exactly('expected string, got null') }
			]
		},
		{
			name: 'a date outside the period',
			break: all(replace(file, 'date_start: 2022-01-20\n  date_end: 2022-01-20', 'date_start: 2023-01-20\n  date_end: 2023-01-20')),
			errors: [
				{ file, at: 'date_start: 2023', field: 'candidates[2].date_start', message: /^2023-01-20 is outside the dataset's period/ },
				{ file, at: 'date_start: 2023', field: 'candidates[2].date_start', message: /^year 2023 disagrees with the section the excerpt is in, "Talks \(January 2022\)"/ },
				{ file, at: 'date_end: 2023', field: 'candidates[2].date_end', message: /^2023-01-20 is outside the dataset's period/ }
			]
		},
		{
			name: 'a candidates file misnamed',
			break: (c) => writeFileSync(join(c.dataDir, 'candidates', 'sample.yml'), candidates),
			errors: [{ file: 'candidates/sample.yml', at: null, field: 'candidates', message: exactly('not a file the pipeline reads: candidates/ holds *.yaml files (lowercase ".yaml"), no folders') }]
		}
	];

	it.each(bad)('refuse $name, writing nothing', ({ break: breakCopy, errors }) =>
		withCopy((c) => {
			withCandidates(c);
			const before = outBytes(c.outDir);
			breakCopy(c);
			const result = buildDataset(c);
			expect(result.ok).toBe(false);
			expectErrors(c, result.errors.map(formatError), errors);
			expect(outBytes(c.outDir)).toEqual(before);
		})
	);
});

describe('validateCandidatesFile (for the extractor)', () => {
	it('checks a file outside data/ against data/ and the sources, including a source not listed yet', () =>
		withCopy((c) => {
			const path = join(c.root, 'proposed.yaml');
			const text = 'On 2 February 2022, about 8,500 troops were sent to the border, officials said.';
			writeFileSync(
				path,
				candidates.replace(/- type: unit[\s\S]*$/, '') +
					[
						'- type: figure',
						'  id: new-doc-troops-2022-02-02',
						'  metric: troops',
						'  value: 8500',
						'  qualifier: about',
						'  date_text: "2 February 2022"',
						'  date_start: 2022-02-02',
						'  date_end: 2022-02-02',
						'  estimator: null',
						'  side: russia',
						'  fronts: null',
						'  places: []',
						'  kind: null',
						'  subject: null',
						'  source: new-doc',
						'  excerpt: "about 8,500 troops were sent to the border"',
						'  review: pending',
						'  confidence: 0.7',
						'  why: {}',
						''
					].join('\n')
			);
			const options = { dataDir: c.dataDir, sourcesDir: c.sourcesDir };
			const withSource = validateCandidatesFile(path, { ...options, sources: [{ id: 'new-doc', file: 'new-doc.txt', text }] });
			expect(withSource.errors.map(formatError)).toEqual([]);
			expect(withSource).toMatchObject({ ok: true, dataErrors: [] });
			expect(withSource.candidates.map((x) => x.id)).toEqual(['ua-general-staff', 'sevastopol', 'sample-ships-left-2022-01-20', 'new-doc-troops-2022-02-02']);

			const without = validateCandidatesFile(path, options);
			expect(without.ok).toBe(false);
			const line = readFileSync(path, 'utf8').split('\n').indexOf('  source: new-doc') + 1;
			expect(without.errors.map(formatError)).toEqual([`${path}:${line}: candidates[3].source: unknown source "new-doc"`]);
		}));
});
