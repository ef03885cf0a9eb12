/**
 * Every rule the data must pass, in the order they run. Each is a small function of the rule
 * context (./context.ts) that pushes located errors; add a new rule as a new function here.
 * `statedOrigins` is not a candidate rule: a candidate's null `from` means "not filled in".
 */
import type { Rule } from './context';
import { datesAgree } from './dates';
import { verbatimExcerpts } from './excerpts';
import { permalinkIds, uniqueIds } from './ids';
import { knownMetrics } from './metrics';
import { exclusionNumbers, figureValues, unitCounts } from './numbers';
import { resolvedReferences } from './references';
import { distinctListItems } from './lists';
import { datesInPeriod } from './period';
import { publishedIdsKept, retiredIds } from './published';
import { sectionYears } from './sections';
import { statedOrigins } from './units';

/** The rules every record passes, candidates included (data/candidates/: see ../candidates.ts). */
export const recordRules: Rule[] = [
	uniqueIds,
	permalinkIds,
	resolvedReferences,
	distinctListItems,
	knownMetrics,
	datesAgree,
	datesInPeriod,
	verbatimExcerpts,
	sectionYears, // after verbatimExcerpts: it needs where each excerpt is
	figureValues,
	unitCounts
];

/** Every rule of the dataset: the record rules, and those of the published dataset as a whole. */
export const rules: Rule[] = [...recordRules, statedOrigins, exclusionNumbers, publishedIdsKept, retiredIds];
