/** The words of the map's one-line labels: short estimator names, short metric names, kinds. */

/** An estimator's name for a one-line label: its `short_name` (data/estimators.yaml), else its
 *  name up to the first comma, bracket or slash, cut at 22 characters. */
export function shortEstimator(name: string, shortName?: string): string {
	if (shortName) return shortName;
	const base = name.split(/[,(/]/)[0].trim() || name;
	return base.length > 22 ? base.slice(0, 21).trimEnd() + '…' : base;
}

const shortMetrics: Record<string, string> = {
	btgs: 'BTGs',
	exercise_troops: 'troops (exercise)',
	armoured_vehicles: 'armoured veh.',
	missile_systems: 'missile systems',
	landing_ships: 'landing ships'
};

/** A metric in a few words, for the map labels. */
export function shortMetric(metric: string, label: string): string {
	return shortMetrics[metric] ?? label;
}

/** Kinds that are not a plain estimate say so on the label. */
export const kindWords: Record<string, string> = { projection: 'projection', plan: 'plan', claim: 'claim', exercise: 'exercise', announcement: 'announced' };
