/** A copy of `record` with only `keys` (in that order). */
export function pick<T extends object, K extends keyof T>(record: T, keys: readonly K[]): Pick<T, K> {
	const out = {} as Pick<T, K>;
	for (const key of keys) out[key] = record[key];
	return out;
}
