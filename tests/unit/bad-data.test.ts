/**
 * Every kind of bad input the data pipeline must refuse (issue 13 §2 and the cases the build has
 * always refused), one row each: break a copy of the valid fixture, build, and check that the build
 * fails with exactly the expected `file:line: field: message` errors and that the generated files
 * from the previous good build are byte-identical afterwards. Rows marked `cli` also run the real
 * command line (`tsx scripts/build-data.ts`) and check its exit code and output.
 */
import { describe, it, expect, beforeAll, afterAll } from 'vitest';
import { spawnSync } from 'node:child_process';
import { existsSync, mkdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { buildDataset, projectRoot } from '../../src/lib/server/build';
import { formatError } from '../../src/lib/server/yaml-lines';
import { sizeLimits } from '../../src/lib/server/schema';
import {
	all,
	buildFixture,
	copyBuilt as copyOf,
	exactly,
	expectErrors,
	fixture,
	outBytes,
	qualifierList,
	remove,
	removeRecord,
	rename,
	replace,
	write,
	type Break,
	type Expected
} from './build-data-fixture';

let built: string;
beforeAll(() => {
	built = buildFixture();
});
afterAll(() => rmSync(built, { recursive: true, force: true }));
const copyBuilt = () => copyOf(built);

interface BadCase {
	name: string;
	break: Break;
	/** Every error the build reports, in its order. */
	errors: Expected[];
	/** Also run the command line on it. */
	cli?: boolean;
}

/** The source file's record in the fixture's sources.yaml. */
const sourceRef = { file: 'sources.yaml', at: 'file: sample.txt', field: 'sources[0].file' };

const bigNote = 'x'.repeat(50 * 1024 * 1024);

const cases: BadCase[] = [
	// ——— issue 13 §2, the table ———
	{
		name: 'the sources folder missing',
		break: all(remove('sources/'), replace('figures/sample.yaml', 'about 41,000 Russian troops were', 'about 41,000 Russian soldiers were')),
		errors: [{ ...sourceRef, message: /^cannot read "sample\.txt": the sources folder .*\/sources does not exist \(it is the repository's sources\/ unless --sources-dir or \$SOURCES_DIR names another\)$/ }],
		cli: true
	},
	{
		name: 'a listed source file missing',
		break: remove('sources/sample.txt'),
		errors: [{ ...sourceRef, message: /^no file "sample\.txt" in the sources folder .*\/sources$/ }]
	},
	{
		name: 'a listed source file unreadable (a folder in its place)',
		break: all(remove('sources/sample.txt'), (c) => mkdirSync(join(c.sourcesDir, 'sample.txt'))),
		errors: [{ ...sourceRef, message: /^cannot read "sample\.txt" in .*\/sources: EISDIR/ }]
	},
	{
		name: 'a listed source file that is not UTF-8',
		break: (c) => writeFileSync(join(c.sourcesDir, 'sample.txt'), Buffer.concat([readFileSync(join(c.sourcesDir, 'sample.txt')), Buffer.from([0x0a, 0x41, 0xc3, 0x28])])),
		errors: [{ ...sourceRef, message: /^cannot read "sample\.txt" in .*: not valid UTF-8: byte 0xc3 at line 12, column 2 \(save the file as UTF-8\)$/ }]
	},
	{
		name: 'a listed source file emptied',
		break: write('sources/sample.txt', '\n'),
		errors: [{ ...sourceRef, message: /^"sample\.txt" in .* is empty$/ }]
	},
	{
		name: 'units.yaml emptied',
		break: write('units.yaml', ''),
		errors: [{ file: 'units.yaml', at: null, field: 'units', message: exactly('the file is empty: a data file holds at least one record (delete the file, or give it records)') }],
		cli: true
	},
	{
		name: 'units.yaml emptied to a comment',
		break: write('units.yaml', '# nothing here yet\n'),
		errors: [{ file: 'units.yaml', at: null, field: 'units', message: /^the file is empty/ }]
	},
	{
		name: 'units.yaml deleted',
		break: remove('units.yaml'),
		errors: [{ file: 'units.yaml', at: null, field: 'units', message: exactly('required file is missing') }]
	},
	{
		name: 'a figures file emptied',
		break: write('figures/sample.yaml', '\n'),
		errors: [{ file: 'figures/sample.yaml', at: null, field: 'figures', message: /^the file is empty/ }]
	},
	{
		name: 'a figures file holding an empty list',
		break: write('figures/sample.yaml', '# all gone\n[]\n'),
		errors: [{ file: 'figures/sample.yaml', at: '[]', field: 'figures', message: exactly('the list is empty: a data file holds at least one record (delete the file, or give it records)') }]
	},
	{
		name: 'every figures file deleted',
		break: remove('figures/sample.yaml'),
		errors: [{ file: 'figures', at: null, field: 'figures', message: exactly('required: figures/ holds no *.yaml file') }]
	},
	{
		name: 'a data file misnamed (unit.yaml)',
		break: rename('units.yaml', 'unit.yaml'),
		errors: [
			{ file: 'unit.yaml', at: null, field: 'data', message: /^not a file the pipeline reads \(did you mean "units\.yaml"\?\); data\/ holds sources\.yaml, estimators\.yaml, .*, README\.md, period\.yaml, published-ids\.txt, candidates$/ },
			{ file: 'units.yaml', at: null, field: 'units', message: exactly('required file is missing') }
		],
		cli: true
	},
	{
		name: 'a figures file misnamed (x.YAML)',
		break: rename('figures/sample.yaml', 'figures/x.YAML'),
		errors: [
			{ file: 'figures', at: null, field: 'figures', message: exactly('required: figures/ holds no *.yaml file') },
			{ file: 'figures/x.YAML', at: null, field: 'figures', message: exactly('not a file the pipeline reads: figures/ holds *.yaml files (lowercase ".yaml"), no folders') }
		]
	},
	{
		name: 'a stray file beside the data files (x.YAML)',
		break: write('x.YAML', '- id: x\n'),
		errors: [{ file: 'x.YAML', at: null, field: 'data', message: /^not a file the pipeline reads; data\/ holds / }]
	},
	{
		name: 'a folder where a data file belongs',
		break: all(remove('units.yaml'), (c) => mkdirSync(join(c.dataDir, 'units.yaml'))),
		errors: [
			{ file: 'units.yaml', at: null, field: 'data', message: exactly('must be a file, not a folder') },
			{ file: 'units.yaml', at: null, field: 'units', message: exactly('required file is missing') }
		]
	},
	{
		name: 'a date in 1900',
		break: all(replace('events/sample.yaml', 'date_text: "14 April 2021"', 'date_text: "14 April 1900"'), replace('events/sample.yaml', 'date_start: 2021-04-14\n  date_end: 2021-04-14', 'date_start: 1900-04-14\n  date_end: 1900-04-14')),
		errors: [
			{ file: 'events/sample.yaml', at: 'date_start: 1900-04-14', field: 'events[0].date_start', message: exactly("1900-04-14 is outside the dataset's period 2021-01-01 – 2022-12-31 (data/period.yaml): correct the date, or give out_of_period: saying why the record belongs in the dataset") },
			{ file: 'events/sample.yaml', at: 'date_end: 1900-04-14', field: 'events[0].date_end', message: /^1900-04-14 is outside the dataset's period/ }
		]
	},
	{
		name: 'a date in 2099',
		break: all(replace('units.yaml', 'date_text: "13 April 2021"', 'date_text: "13 April 2099"'), replace('units.yaml', 'date_start: 2021-04-13\n  date_end: 2021-04-13', 'date_start: 2099-04-13\n  date_end: 2099-04-13')),
		errors: [
			{ file: 'units.yaml', at: 'date_start: 2099', field: 'units[0].date_start', message: /^2099-04-13 is outside the dataset's period 2021-01-01 – 2022-12-31 / },
			{ file: 'units.yaml', at: 'date_end: 2099', field: 'units[0].date_end', message: /^2099-04-13 is outside the dataset's period/ }
		]
	},
	{
		name: 'a year typo (2022 for "by mid-April" in an April 2021 section)',
		break: replace('figures/sample.yaml', 'date_start: 2021-04-01\n  date_end: 2021-04-20', 'date_start: 2022-04-01\n  date_end: 2022-04-20'),
		errors: [
			{
				file: 'figures/sample.yaml',
				at: 'date_start: 2022-04-01',
				field: 'figures[2].date_start',
				message: exactly('year 2022 disagrees with the section the excerpt is in, "Initial tensions (April 2021)" (sample.txt line 4: 2021); date_text "by mid-April" has no year of its own')
			}
		]
	},
	{
		name: 'a year typo outside the period too (2012)',
		break: replace('figures/sample.yaml', 'date_start: 2021-04-01\n  date_end: 2021-04-20', 'date_start: 2012-04-01\n  date_end: 2012-04-20'),
		errors: [
			{ file: 'figures/sample.yaml', at: 'date_start: 2012-04-01', field: 'figures[2].date_start', message: /^2012-04-01 is outside the dataset's period/ },
			{ file: 'figures/sample.yaml', at: 'date_start: 2012-04-01', field: 'figures[2].date_start', message: /^year 2012 disagrees with the section the excerpt is in, "Initial tensions \(April 2021\)"/ },
			{ file: 'figures/sample.yaml', at: 'date_end: 2012-04-20', field: 'figures[2].date_end', message: /^2012-04-20 is outside the dataset's period/ }
		]
	},
	{
		name: 'value: 2021 "found" in the excerpt because it holds the year',
		break: replace('figures/sample.yaml', 'value: 41000', 'value: 2021'),
		errors: [{ file: 'figures/sample.yaml', at: 'value: 2021', field: 'figures[1].value', message: exactly('2,021 is in the excerpt only as a year ("2021"), not as a quantity') }]
	},
	{
		name: 'a count that is only the day of its date',
		break: all(replace('units.yaml', 'count: 2000', 'count: 13'), replace('units.yaml', 'excerpt: "the 41st Army', 'excerpt: "On 13 April 2021, the 41st Army')),
		errors: [{ file: 'units.yaml', at: 'count: 13', field: 'units[0].count', message: exactly('13 is in the excerpt only as a day of a month ("13"), not as a quantity') }]
	},
	{
		name: 'a count that is only part of a unit name (41st)',
		break: replace('units.yaml', 'count: 2000', 'count: 41'),
		errors: [{ file: 'units.yaml', at: 'count: 41', field: 'units[0].count', message: exactly('41 is in the excerpt only as an ordinal ("41"), not as a quantity') }]
	},
	{
		name: 'a range bound that is only a year',
		break: all(replace('figures/sample.yaml', 'low: 175000', 'low: 2021'), replace('figures/sample.yaml', 'excerpt: "A later U.S. projection gave 175,000 to 190,000 troops."', 'excerpt: "In April 2021 the U.S. approved $2.5 billion in aid to Ukraine."'), replace('figures/sample.yaml', 'high: 190000', 'high: 2500000000')),
		errors: [{ file: 'figures/sample.yaml', at: 'low: 2021', field: 'figures[3].low', message: exactly('2,021 is in the excerpt only as a year ("2021"), not as a quantity') }]
	},
	{
		name: 'invalid UTF-8 bytes in a field',
		break: (c) => {
			const file = join(c.dataDir, 'figures/sample.yaml');
			const text = readFileSync(file, 'utf8');
			const at = text.indexOf('Russian troops massed');
			writeFileSync(file, Buffer.concat([Buffer.from(text.slice(0, at)), Buffer.from([0xff, 0xfe]), Buffer.from(text.slice(at))]));
		},
		errors: [{ file: 'figures/sample.yaml', at: 'troops massed around', field: 'figures', message: /^cannot read the file: not valid UTF-8: byte 0xff at line \d+, column 13 \(save the file as UTF-8\)$/ }],
		cli: true
	},
	{
		name: 'a YAML alias bomb (billion laughs)',
		break: write(
			'actors.yaml',
			[
				'- id: us',
				'  name: "United States"',
				'  kind: country',
				'- id: russia',
				'  name: "Russia"',
				'  kind: country',
				'  note: &a ["lol", "lol", "lol", "lol", "lol", "lol", "lol", "lol", "lol"]',
				...Array.from({ length: 8 }, (_, i) => `- &${'b'.repeat(i + 1)} [${Array(9).fill(`*${i === 0 ? 'a' : 'b'.repeat(i)}`).join(', ')}]`),
				''
			].join('\n')
		),
		errors: [
			{ file: 'actors.yaml', at: 'note: &a', field: 'yaml', message: exactly('YAML anchor &a is not allowed in data files: write each value out (8 more anchors in this file)') },
			{ file: 'actors.yaml', at: '- &b ', field: 'yaml', message: exactly('YAML alias *a is not allowed in data files: write the value out (71 more aliases in this file)') }
		],
		cli: true
	},
	{
		name: 'a metric typo (trops) in a record that has a note',
		break: all(replace('figures/sample.yaml', '  metric: troops\n  value: 41000', '  metric: trops\n  value: 41000'), replace('figures/sample.yaml', '  estimator: hur\n', '  estimator: hur\n  note: "Ukraine\'s estimate."\n')),
		errors: [{ file: 'figures/sample.yaml', at: 'metric: trops', field: 'figures[1].metric', message: /^"trops" is not a standard metric \(did you mean "troops"\?\); use one of troops, btgs, .*, personnel, or give metric_reason: saying why none fits$/ }]
	},
	{
		name: 'a 50 MB note',
		break: replace('figures/sample.yaml', '  estimator: hur\n', `  estimator: hur\n  note: "${bigNote}"\n`),
		errors: [{ file: 'figures/sample.yaml', at: null, field: 'figures', message: exactly('cannot read the file: the file is 52 MB, over the limit of 20 MB for one file') }]
	},
	{
		name: 'a note over the size limit (a file under the file limit)',
		break: replace('figures/sample.yaml', '  estimator: hur\n', `  estimator: hur\n  note: "${'x'.repeat(200_000)}"\n`),
		errors: [{ file: 'figures/sample.yaml', at: 'note: "xxx', field: 'figures[1].note', message: exactly(`at most ${sizeLimits.note} characters (it has 200000)`) }]
	},
	{
		name: 'a subject over the size limit',
		break: replace('figures/sample.yaml', 'subject: "U.S. aid to Ukraine"', `subject: "${'U.S. aid '.repeat(30)}"`),
		errors: [{ file: 'figures/sample.yaml', at: 'subject: "U.S. aid U.S.', field: 'figures[4].subject', message: exactly(`at most ${sizeLimits.subject} characters (it has 270)`) }]
	},
	{
		name: 'an event title over the size limit',
		break: replace('events/sample.yaml', 'title: "Russia denies the buildup"', `title: "${'Russia denies '.repeat(20)}"`),
		errors: [{ file: 'events/sample.yaml', at: 'title: "Russia denies Russia', field: 'events[0].title', message: exactly(`at most ${sizeLimits.title} characters (it has 280)`) }]
	},
	{
		name: 'a place name over the size limit',
		break: replace('places.yaml', 'name: Geneva', `name: "${'Geneva '.repeat(20)}"`),
		errors: [{ file: 'places.yaml', at: 'name: "Geneva Geneva', field: 'places[3].name', message: exactly(`at most ${sizeLimits.name} characters (it has 140)`) }]
	},
	{
		name: 'an id over the size limit',
		break: replace('events/sample.yaml', '- id: geneva-talks-2022-01-10', `- id: geneva-talks-${'x'.repeat(80)}`),
		errors: [
			{ file: 'events/sample.yaml', at: 'geneva-talks-xxx', field: 'events[1].id', message: exactly(`an id is at most ${sizeLimits.id} characters (it has 93)`) },
			{ file: 'published-ids.txt', at: 'geneva-talks-2022-01-10', field: 'published-ids', message: /^"geneva-talks-2022-01-10" was published/ }
		]
	},
	{
		name: 'a custom YAML tag (!evil)',
		break: replace('places.yaml', 'name: Geneva', 'name: !evil Geneva'),
		errors: [{ file: 'places.yaml', at: '!evil', field: 'yaml', message: exactly('YAML tag !evil is not allowed in data files: write plain values (quote a string that starts with "!")') }]
	},
	{
		name: 'a standard YAML tag (!!str) too',
		break: replace('places.yaml', 'name: Geneva', 'name: !!str Geneva'),
		errors: [{ file: 'places.yaml', at: '!!str', field: 'yaml', message: /^YAML tag !!str is not allowed in data files/ }]
	},
	{
		name: 'the same place twice in one places list',
		break: replace('figures/sample.yaml', 'places: [ukraine]\n  kind: estimate', 'places: [ukraine, ukraine]\n  kind: estimate'),
		errors: [{ file: 'figures/sample.yaml', at: 'places: [ukraine, ukraine]', field: 'figures[2].places[1]', message: exactly('"ukraine" is listed twice (first at places[0])') }]
	},
	{
		name: 'the same front twice',
		break: replace('figures/sample.yaml', 'fronts: [east]', 'fronts: [east, east]'),
		errors: [{ file: 'figures/sample.yaml', at: 'fronts: [east, east]', field: 'figures[1].fronts[1]', message: exactly('"east" is listed twice (first at fronts[0])') }]
	},
	{
		name: 'the same actor twice',
		break: replace('events/sample.yaml', 'actors: [us, russia]', 'actors: [us, russia, us]'),
		errors: [{ file: 'events/sample.yaml', at: 'actors: [us, russia, us]', field: 'events[1].actors[2]', message: exactly('"us" is listed twice (first at actors[0])') }]
	},
	{
		name: 'a missing enum field',
		break: replace('figures/sample.yaml', '  qualifier: about\n', ''),
		errors: [{ file: 'figures/sample.yaml', at: '- id: hur-troops-east-2021-04', field: 'figures[1].qualifier', message: exactly(`missing (required field): one of ${qualifierList}`) }]
	},

	// ——— issue 13 §2, "what to do, at least" ———
	{
		name: 'a published record deleted',
		break: removeRecord('events/sample.yaml', '- id: geneva-talks-2022-01-10'),
		errors: [
			{
				file: 'published-ids.txt',
				at: 'geneva-talks-2022-01-10',
				field: 'published-ids',
				message: exactly('"geneva-talks-2022-01-10" was published (/sources#geneva-talks-2022-01-10) and no record has it now: restore the record, or retire the id in data/retired.yaml with a reason')
			}
		],
		cli: true
	},
	{
		name: 'a published id renamed',
		break: replace('units.yaml', '- id: 41st-army-to-yelnya-2021-04-13', '- id: 41st-army-moves-to-yelnya-2021-04-13'),
		errors: [{ file: 'published-ids.txt', at: '41st-army-to-yelnya-2021-04-13', field: 'published-ids', message: /^"41st-army-to-yelnya-2021-04-13" was published/ }]
	},
	{
		name: 'a retired id that a record still has',
		break: write('retired.yaml', '- id: us-aid-2021-04\n  reason: "Merged into another record."\n'),
		errors: [{ file: 'retired.yaml', at: '- id: us-aid', field: 'retired[0].id', message: /^"us-aid-2021-04" is retired, but a record has this id \(data\/figures\/sample\.yaml:\d+\): remove it from retired\.yaml, or give the record another id$/ }]
	},
	{
		name: 'a retired id that was never published',
		break: write('retired.yaml', '- id: never-seen\n  reason: "A typo."\n'),
		errors: [{ file: 'retired.yaml', at: '- id: never-seen', field: 'retired[0].id', message: exactly('"never-seen" was never published (data/published-ids.txt does not list it): only a published id can be retired') }]
	},
	{
		name: 'a retired id without its reason',
		break: all(removeRecord('events/sample.yaml', '- id: geneva-talks-2022-01-10'), write('retired.yaml', '- id: geneva-talks-2022-01-10\n')),
		errors: [{ file: 'retired.yaml', at: '- id: geneva', field: 'retired[0].reason', message: exactly('missing (required field)') }]
	},
	{
		name: 'an id retired twice',
		break: all(removeRecord('events/sample.yaml', '- id: geneva-talks-2022-01-10'), write('retired.yaml', '- id: geneva-talks-2022-01-10\n  reason: "a"\n- id: geneva-talks-2022-01-10\n  reason: "b"\n')),
		errors: [{ file: 'retired.yaml', at: 'reason: "b"', offset: -1, field: 'retired[1].id', message: exactly('duplicate retired id "geneva-talks-2022-01-10" (first at data/retired.yaml:1)') }]
	},
	{
		name: 'published-ids.txt deleted',
		break: remove('published-ids.txt'),
		errors: [{ file: 'published-ids.txt', at: null, field: 'published-ids', message: /^required file is missing: it lists every id that has had a permalink/ }]
	},
	{
		name: 'published-ids.txt with a line that is not an id',
		break: (c) => writeFileSync(join(c.dataDir, 'published-ids.txt'), readFileSync(join(c.dataDir, 'published-ids.txt'), 'utf8') + 'Not An Id\n'),
		errors: [{ file: 'published-ids.txt', at: 'Not An Id', field: 'published-ids', message: exactly('"Not An Id" is not an id (lowercase a-z, 0-9 and single hyphens, one a line)') }]
	},
	{
		name: 'published-ids.txt listing an id twice',
		break: (c) => writeFileSync(join(c.dataDir, 'published-ids.txt'), readFileSync(join(c.dataDir, 'published-ids.txt'), 'utf8') + 'us-aid-2021-04\n'),
		errors: [{ file: 'published-ids.txt', at: 'us-aid-2021-04', last: true, field: 'published-ids', message: /^"us-aid-2021-04" is listed twice \(first at line \d+\)$/ }]
	},
	{
		name: 'the period file deleted',
		break: remove('period.yaml'),
		errors: [{ file: 'period.yaml', at: null, field: 'period', message: exactly("required file is missing (it declares the dataset's period: start and end, YYYY-MM-DD)") }]
	},
	{
		name: 'the period with start after end',
		break: replace('period.yaml', 'start: 2021-01-01', 'start: 2023-01-01'),
		errors: [{ file: 'period.yaml', at: 'start: 2023', field: 'period.start', message: exactly('start 2023-01-01 is after end 2022-12-31') }]
	},
	{
		name: 'the period with a date that is not a calendar date',
		break: replace('period.yaml', 'end: 2022-12-31', 'end: 2022-12-32'),
		errors: [{ file: 'period.yaml', at: 'end: 2022-12-32', field: 'period.end', message: /not a calendar date/ }]
	},
	{
		name: 'the period written as a list',
		break: write('period.yaml', '- 2021-01-01\n- 2022-12-31\n'),
		errors: [{ file: 'period.yaml', at: '- 2021', field: 'period', message: exactly('the file must be a mapping: start: YYYY-MM-DD, end: YYYY-MM-DD') }]
	},
	{
		name: 'out_of_period on a record inside the period',
		break: replace('events/sample.yaml', '  date_end: 2021-04-14\n', '  date_end: 2021-04-14\n  out_of_period: "Background."\n'),
		errors: [{ file: 'events/sample.yaml', at: 'out_of_period', field: 'events[0].out_of_period', message: exactly("the record's dates 2021-04-14 – 2021-04-14 lie inside the dataset's period 2021-01-01 – 2022-12-31 (data/period.yaml): remove out_of_period") }]
	},
	{
		name: 'metric_reason on a standard metric',
		break: replace('figures/sample.yaml', 'metric: aid_usd', 'metric: aid_usd\n  metric_reason: "Because."'),
		errors: [{ file: 'figures/sample.yaml', at: 'metric_reason', field: 'figures[4].metric_reason', message: exactly('"aid_usd" is a standard metric: metric_reason is only for a metric outside the list') }]
	},
	{
		name: 'a YAML anchor and alias (no bomb)',
		break: all(replace('places.yaml', 'country: russia\n  front: elsewhere', 'country: &ru russia\n  front: elsewhere'), replace('places.yaml', 'country: russia\n  front: east', 'country: *ru\n  front: east')),
		errors: [
			{ file: 'places.yaml', at: '&ru', field: 'yaml', message: exactly('YAML anchor &ru is not allowed in data files: write each value out') },
			{ file: 'places.yaml', at: '*ru', field: 'yaml', message: exactly('YAML alias *ru is not allowed in data files: write the value out') }
		]
	},

	// ——— what the build has always refused (from build-data.test.ts) ———
	{
		name: 'a missing required field',
		break: replace('figures/sample.yaml', '  estimator: hur\n', ''),
		errors: [{ file: 'figures/sample.yaml', at: '- id: hur-troops-east-2021-04', field: 'figures[1].estimator', message: exactly('missing (required field)') }]
	},
	{
		name: 'an unknown estimator',
		break: replace('figures/sample.yaml', 'estimator: hur\n', 'estimator: hurr\n'),
		errors: [{ file: 'figures/sample.yaml', at: 'estimator: hurr', field: 'figures[1].estimator', message: exactly('unknown estimator "hurr" (did you mean "hur"?)') }]
	},
	{
		name: 'an unknown place',
		break: replace('figures/sample.yaml', 'places: [ukraine]\n  kind: estimate', 'places: [ukraine, crimea-x]\n  kind: estimate'),
		errors: [{ file: 'figures/sample.yaml', at: 'crimea-x', field: 'figures[2].places[1]', message: /^unknown place "crimea-x"/ }]
	},
	{
		name: 'a date that is not a calendar date',
		break: replace('figures/sample.yaml', 'date_end: 2021-04-10', 'date_end: 2021-04-31'),
		errors: [{ file: 'figures/sample.yaml', at: 'date_end: 2021-04-31', field: 'figures[1].date_end', message: /not a calendar date/ }]
	},
	{
		name: 'date_start after date_end',
		break: replace('units.yaml', 'date_start: 2021-04-13', 'date_start: 2021-04-14'),
		errors: [
			{ file: 'units.yaml', at: 'date_start: 2021-04-14', field: 'units[0].date_start', message: exactly('date_start 2021-04-14 is after date_end 2021-04-13') },
			{ file: 'units.yaml', at: 'date_start: 2021-04-14', field: 'units[0].date_start', message: exactly('2021-04-14 disagrees with date_text "13 April 2021", which means 2021-04-13 – 2021-04-13') }
		]
	},
	{
		name: 'date_text disagreeing with the interval',
		break: replace('figures/sample.yaml', 'date_text: "early April 2021"', 'date_text: "mid-April 2021"'),
		errors: [
			{ file: 'figures/sample.yaml', at: 'date_text: "mid-April 2021"', offset: 1, field: 'figures[1].date_start', message: exactly('2021-04-01 disagrees with date_text "mid-April 2021", which means 2021-04-11 – 2021-04-20') },
			{ file: 'figures/sample.yaml', at: 'date_text: "mid-April 2021"', offset: 2, field: 'figures[1].date_end', message: exactly('2021-04-10 disagrees with date_text "mid-April 2021", which means 2021-04-11 – 2021-04-20') }
		]
	},
	{
		name: 'date_text the rules cannot read, without a date_note',
		break: replace('events/sample.yaml', 'date_text: "14 April 2021"', 'date_text: "the day after"'),
		errors: [{ file: 'events/sample.yaml', at: 'the day after', field: 'events[0].date_text', message: /^cannot read "the day after" by the date rules .*give a date_note/ }]
	},
	{
		name: '"by X" without a date_note',
		break: replace('figures/sample.yaml', `  date_note: "'by mid-April' ends on 20 April 2021; the start is the start of the section 'Initial tensions (April 2021)'."\n`, ''),
		errors: [{ file: 'figures/sample.yaml', at: 'date_text: "by mid-April"', field: 'figures[2].date_text', message: /says when the interval ends, not when it starts: give a date_note/ }]
	},
	{
		name: 'an excerpt that is not in the source',
		break: replace('figures/sample.yaml', 'about 41,000 Russian troops were', 'about 41,000 Russian soldiers were'),
		errors: [{ file: 'figures/sample.yaml', at: 'Russian soldiers were', field: 'figures[1].excerpt', message: /^not found verbatim in source "sample" \(sample\.txt\): matches up to ".*41,000 Russian " .*then the source has "troops/ }]
	},
	{
		name: 'a number that is not in the excerpt',
		break: replace('figures/sample.yaml', 'value: 41000', 'value: 42000'),
		errors: [{ file: 'figures/sample.yaml', at: 'value: 42000', field: 'figures[1].value', message: exactly('42,000 does not appear in the excerpt (it states: 2021, 41,000)') }]
	},
	{
		name: 'one bound of a range not in the excerpt',
		break: replace('figures/sample.yaml', 'high: 190000', 'high: 195000'),
		errors: [{ file: 'figures/sample.yaml', at: 'high: 195000', field: 'figures[3].high', message: exactly('195,000 does not appear in the excerpt') }]
	},
	{
		name: 'a range without high',
		break: replace('figures/sample.yaml', '  high: 190000\n', ''),
		errors: [{ file: 'figures/sample.yaml', at: '- id: us-projection-2021-04', field: 'figures[3].high', message: exactly('missing: qualifier range needs low and high') }]
	},
	{
		name: 'a duplicate id',
		break: replace('events/sample.yaml', '- id: geneva-talks-2022-01-10', '- id: ru-denial-2021-04-14'),
		errors: [
			{ file: 'events/sample.yaml', at: 'category: diplomacy', offset: -1, field: 'events[1].id', message: exactly('duplicate events id "ru-denial-2021-04-14" (first at data/events/sample.yaml:1)') },
			{ file: 'published-ids.txt', at: 'geneva-talks-2022-01-10', field: 'published-ids', message: /^"geneva-talks-2022-01-10" was published/ }
		]
	},
	{
		name: 'an event id that a figure already uses (one permalink namespace)',
		break: replace('events/sample.yaml', '- id: geneva-talks-2022-01-10', '- id: hur-troops-east-2021-04'),
		errors: [
			{
				file: 'events/sample.yaml',
				at: 'category: diplomacy',
				offset: -1,
				field: 'events[1].id',
				message: /^id "hur-troops-east-2021-04" is already used by a record in figures \(data\/figures\/sample\.yaml:18\); figures, units and events share one set of ids/
			},
			{ file: 'published-ids.txt', at: 'geneva-talks-2022-01-10', field: 'published-ids', message: /^"geneva-talks-2022-01-10" was published/ }
		]
	},
	{
		name: 'a bad enum value',
		break: replace('figures/sample.yaml', 'qualifier: about', 'qualifier: approx'),
		errors: [{ file: 'figures/sample.yaml', at: 'qualifier: approx', field: 'figures[1].qualifier', message: exactly(`"approx" is not one of: ${qualifierList}`) }]
	},
	{
		name: 'a YAML syntax error',
		break: replace('units.yaml', '  kind: movement', '  kind: movement: fast'),
		errors: [{ file: 'units.yaml', at: 'kind: movement: fast', field: 'yaml', message: /^YAML syntax error: / }]
	},
	{
		name: 'contradicted_by naming a missing id',
		break: replace('figures/sample.yaml', 'contradicted_by: [ru-denial-2021-04-14]', 'contradicted_by: [ru-denial-2021-04-15]'),
		errors: [{ file: 'figures/sample.yaml', at: 'ru-denial-2021-04-15', field: 'figures[2].contradicted_by[0]', message: exactly('unknown figure, event or unit "ru-denial-2021-04-15" (did you mean "ru-denial-2021-04-14"?)') }]
	},
	{
		name: 'an excerpt over 300 characters',
		break: replace('events/sample.yaml', 'excerpt: "On 10 January 2022, the US and Russia held talks in Geneva."', `excerpt: "${'x'.repeat(301)}"`),
		errors: [{ file: 'events/sample.yaml', at: 'xxxxxxxx', field: 'events[1].excerpt', message: exactly('an excerpt is at most 300 characters (it has 301)') }]
	},
	{
		name: 'an estimator short_name too long for a map label',
		break: replace('estimators.yaml', '  name: "Ukrainian military intelligence (HUR)"\n', '  name: "Ukrainian military intelligence (HUR)"\n  short_name: "Ukrainian military intelligence"\n'),
		errors: [{ file: 'estimators.yaml', at: 'short_name:', field: 'estimators[1].short_name', message: /^at most 24 characters/ }]
	},
	{
		name: 'a unit count not in its excerpt',
		break: replace('units.yaml', 'count: 2000', 'count: 3000'),
		errors: [{ file: 'units.yaml', at: 'count: 3000', field: 'units[0].count', message: exactly('3,000 does not appear in the excerpt') }]
	},
	{
		name: 'an unknown actor',
		break: replace('events/sample.yaml', 'actors: [us, russia]', 'actors: [us, rusia]'),
		errors: [{ file: 'events/sample.yaml', at: 'actors: [us, rusia]', field: 'events[1].actors[1]', message: exactly('unknown actor "rusia" (did you mean "russia"?)') }]
	},
	{
		name: 'same_as naming a missing event',
		break: replace('events/sample.yaml', '  key: true\n', '  key: true\n  same_as: nowhere\n'),
		errors: [{ file: 'events/sample.yaml', at: 'same_as: nowhere', field: 'events[1].same_as', message: exactly('unknown event "nowhere"') }]
	},
	{
		name: 'an exclusion whose number is not in its excerpt',
		break: replace('excluded.yaml', 'number: "three"', 'number: "four"'),
		errors: [{ file: 'excluded.yaml', at: 'number: "four"', field: 'excluded[0].number', message: exactly('"four" does not appear in the excerpt') }]
	},
	{
		name: 'an unknown field (a typo)',
		break: replace('figures/sample.yaml', '  subject: "U.S. aid to Ukraine"\n', '  subject: "U.S. aid to Ukraine"\n  estimater: hur\n'),
		errors: [{ file: 'figures/sample.yaml', at: 'estimater: hur', field: 'figures[4].estimater', message: exactly('unknown field (did you mean "estimator"?)') }]
	},
	{
		name: 'an unknown source',
		break: replace('units.yaml', 'source: sample', 'source: sampel'),
		errors: [{ file: 'units.yaml', at: 'source: sampel', field: 'units[0].source', message: exactly('unknown source "sampel" (did you mean "sample"?)') }]
	},
	{
		name: 'a source file missing from the sources folder',
		break: replace('sources.yaml', 'file: sample.txt', 'file: other.txt'),
		errors: [{ file: 'sources.yaml', at: 'file: other.txt', field: 'sources[0].file', message: /^no file "other\.txt" in the sources folder / }]
	},
	{
		name: 'a file that is not a list',
		break: replace('actors.yaml', '- id: us\n  name: "United States"\n  kind: country\n- id: russia\n  name: "Russia"\n  kind: country\n', 'us: "United States"\nrussia: "Russia"\n'),
		errors: [{ file: 'actors.yaml', at: 'us: "United States"', field: 'actors', message: exactly('the file must be a YAML list of records (a top-level sequence)') }]
	},
	{
		name: 'a non-standard metric without metric_reason',
		break: replace('figures/sample.yaml', 'metric: aid_usd', 'metric: aid_dollars'),
		errors: [{ file: 'figures/sample.yaml', at: 'metric: aid_dollars', field: 'figures[4].metric', message: /^"aid_dollars" is not a standard metric; use one of troops, .*, or give metric_reason: saying why none fits$/ }]
	},
	{
		name: 'a number written with a comma in YAML',
		break: replace('figures/sample.yaml', 'value: 900000', 'value: 900,000'),
		errors: [{ file: 'figures/sample.yaml', at: 'value: 900,000', field: 'figures[0].value', message: exactly('expected number, got "900,000"') }]
	},
	{
		name: 'a required file missing',
		break: remove('sources.yaml'),
		errors: [{ file: 'sources.yaml', at: null, field: 'sources', message: exactly('required file is missing') }]
	}
];

describe('bad data is refused with its location, and nothing is written', () => {
	it.each(cases)('$name', ({ break: breakCopy, errors }) => {
		const copy = copyBuilt();
		try {
			const before = outBytes(copy.outDir);
			breakCopy(copy);
			const result = buildDataset(copy);
			expect(result.ok).toBe(false);
			expect(result.written).toEqual([]);
			expectErrors(copy, result.errors.map(formatError), errors);
			expect(outBytes(copy.outDir)).toEqual(before);
		} finally {
			rmSync(copy.root, { recursive: true, force: true });
		}
	});

	it.each(cases.filter((c) => c.cli))('the command line: $name → exit 1, the errors on stderr, nothing written', ({ break: breakCopy, errors }) => {
		const copy = copyBuilt();
		try {
			const before = outBytes(copy.outDir);
			breakCopy(copy);
			const run = spawnSync(
				join(projectRoot, 'node_modules', '.bin', 'tsx'),
				['scripts/build-data.ts', '--data-dir', copy.dataDir, '--sources-dir', copy.sourcesDir, `--out-dir=${copy.outDir}`],
				{ cwd: projectRoot, encoding: 'utf8' }
			);
			expect(run.status, run.stderr).toBe(1);
			expect(run.stdout).toBe('');
			const lines = run.stderr.split('\n');
			const summary = lines.findIndex((l) => /^\d+ errors? in .*; nothing was written\.$/.test(l));
			expect(summary, run.stderr).toBeGreaterThan(0);
			expectErrors(copy, lines.slice(0, summary - 1), errors);
			expect(run.stderr).not.toMatch(/\n\s+at /); // no stack trace
			expect(outBytes(copy.outDir)).toEqual(before);
		} finally {
			rmSync(copy.root, { recursive: true, force: true });
		}
	}, 30_000); // a process start is slow on a busy machine

	it('holds every case of the issue and the ones the build always refused', () => {
		expect(cases.length).toBeGreaterThanOrEqual(74);
		expect(new Set(cases.map((c) => c.name)).size).toBe(cases.length);
	});
});

describe('records that take the escape hatches build', () => {
	const build = (breakCopy: Break) => {
		const copy = copyBuilt();
		try {
			breakCopy(copy);
			const result = buildDataset(copy);
			expect(result.errors.map(formatError)).toEqual([]);
			return result.dataset!;
		} finally {
			rmSync(copy.root, { recursive: true, force: true });
		}
	};

	it('a retired id: in the dataset with its reason, and no longer a record', () => {
		const dataset = build(all(removeRecord('events/sample.yaml', '- id: geneva-talks-2022-01-10'), write('retired.yaml', '- id: geneva-talks-2022-01-10\n  reason: "Recorded twice; see ru-denial-2021-04-14."\n')));
		expect(dataset.retired).toEqual([{ id: 'geneva-talks-2022-01-10', reason: 'Recorded twice; see ru-denial-2021-04-14.' }]);
		expect(dataset.events.map((e) => e.id)).toEqual(['ru-denial-2021-04-14']);
	});

	it('a date outside the period with out_of_period: its reason is shown with the record', () => {
		const dataset = build(
			all(
				replace('events/sample.yaml', 'date_text: "14 April 2021"', 'date_text: "14 April 1900"'),
				replace('events/sample.yaml', 'date_start: 2021-04-14\n  date_end: 2021-04-14', 'date_start: 1900-04-14\n  date_end: 1900-04-14\n  out_of_period: "Background to the buildup."')
			)
		);
		expect(dataset.events[0].normalisation).toContain('dated outside the dataset’s period: Background to the buildup.');
	});

	it('a non-standard metric with metric_reason: its reason is shown with the record', () => {
		const dataset = build(replace('figures/sample.yaml', 'metric: aid_usd', 'metric: aid_dollars\n  metric_reason: "Testing."'));
		expect(dataset.figures[4].normalisation).toContain('metric “aid_dollars” is not one of the standard metrics: Testing.');
	});

	it('hostile text in our-words fields is kept as written (the CSV writers and Svelte escape it)', () => {
		const hostile = '=HYPERLINK("http://evil.example","x") =cmd|\' /C calc\'!A0 <script>alert(1)</script>';
		const dataset = build(replace('figures/sample.yaml', 'subject: "U.S. aid to Ukraine"', `subject: ${JSON.stringify(hostile)}`));
		expect(dataset.figures[4].subject).toBe(hostile);
	});
});

describe('npm run data -- --publish', () => {
	it('records every id in published-ids.txt, after which deleting a record fails the build', () => {
		const copy = copyBuilt();
		try {
			write('events/extra.yaml', readFileSync(join(fixture, 'data/events/sample.yaml'), 'utf8').replaceAll('- id: ', '- id: extra-').replace(/same_as: .*\n/, ''))(copy);
			const tsx = join(projectRoot, 'node_modules', '.bin', 'tsx');
			const args = ['scripts/build-data.ts', '--data-dir', copy.dataDir, '--sources-dir', copy.sourcesDir, '--out-dir', copy.outDir];
			const first = spawnSync(tsx, [...args, '--publish'], { cwd: projectRoot, encoding: 'utf8' });
			expect(first.status, first.stderr).toBe(0);
			expect(first.stdout).toMatch(/published: .*published-ids\.txt lists 10 ids \(2 new: extra-geneva-talks-2022-01-10, extra-ru-denial-2021-04-14\)/);
			const ids = readFileSync(join(copy.dataDir, 'published-ids.txt'), 'utf8');
			expect(ids.split('\n').filter((l) => l && !l.startsWith('#'))).toContain('extra-geneva-talks-2022-01-10');
			removeRecord('events/extra.yaml', '- id: extra-geneva-talks-2022-01-10')(copy);
			const second = buildDataset(copy);
			expect(second.errors.map(formatError)).toEqual([
				`data/published-ids.txt:${ids.split('\n').indexOf('extra-geneva-talks-2022-01-10') + 1}: published-ids: "extra-geneva-talks-2022-01-10" was published (/sources#extra-geneva-talks-2022-01-10) and no record has it now: restore the record, or retire the id in data/retired.yaml with a reason`
			]);
		} finally {
			rmSync(copy.root, { recursive: true, force: true });
		}
	}, 30_000);

	it('refuses an unknown flag instead of ignoring it', () => {
		const run = spawnSync(join(projectRoot, 'node_modules', '.bin', 'tsx'), ['scripts/build-data.ts', '--publsh', '--out-dir', join(tmpdir(), 'never-written')], { cwd: projectRoot, encoding: 'utf8' });
		expect(run.status).toBe(2);
		expect(run.stderr).toMatch(/^unknown argument --publsh\nusage: /);
		expect(existsSync(join(tmpdir(), 'never-written'))).toBe(false);
	}, 30_000);
});
