/** Valued flags of the extractor's commands (`--date 2022-01-28`, `--id=x`), taken out of argv before `parseArgs`. */
import { parseArgs, type CliArgs } from './cli-args';

export function takeValues(argv: string[], names: readonly string[]): { values: Record<string, string | undefined>; args: CliArgs } {
	const values: Record<string, string | undefined> = {};
	const rest: string[] = [];
	for (let i = 0; i < argv.length; i++) {
		const [name, inline] = argv[i].split(/=(.*)/s, 2);
		if (names.includes(name)) {
			const value = inline ?? argv[++i];
			if (value === undefined) throw new Error(`${name} needs a value`);
			values[name] = value;
		} else rest.push(argv[i]);
	}
	return { values, args: parseArgs(rest) };
}
