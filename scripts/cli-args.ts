/** Flags shared by the data scripts: --data-dir, --sources-dir, --out-dir (each also as --flag=value). */
export interface CliArgs {
	dataDir?: string;
	sourcesDir?: string;
	outDir?: string;
	flags: Set<string>;
	positional: string[];
}

const valued: Record<string, 'dataDir' | 'sourcesDir' | 'outDir'> = {
	'--data-dir': 'dataDir',
	'--sources-dir': 'sourcesDir',
	'--out-dir': 'outDir'
};

export function parseArgs(argv: string[]): CliArgs {
	const args: CliArgs = { flags: new Set(), positional: [] };
	for (let i = 0; i < argv.length; i++) {
		const arg = argv[i];
		const [name, inline] = arg.split(/=(.*)/s, 2);
		if (name in valued) {
			const value = inline ?? argv[++i];
			if (value === undefined) throw new Error(`${name} needs a value`);
			args[valued[name]] = value;
		} else if (arg.startsWith('--')) args.flags.add(arg);
		else args.positional.push(arg);
	}
	return args;
}
